#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace cd {

class CreatorsPage;
class Workspace;

// The main window: menus, the creators roster, and a status bar with the workspace and counts.
// Owns the open workspace; switching workspaces replaces the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace.get(); }
    CreatorsPage *creatorsPage() const { return m_creators; }

    // Opens `path` in this window, asking (with `parent` dialogs) what to do when it is locked.
    // Returns false and keeps the current workspace when the user cancels or it cannot be opened.
    bool openWorkspace(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void createMenus();
    void chooseWorkspace();
    void showAbout();
    void updateTitle();

    std::unique_ptr<Workspace> m_workspace;
    CreatorsPage *m_creators = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};

// Opens a workspace for the GUI: for writing, else (when another process has it and the user
// agrees) read-only. Shows errors in message boxes. Returns null when nothing was opened.
std::unique_ptr<Workspace> openWorkspaceInteractively(QWidget *parent, const QString &path);

} // namespace cd

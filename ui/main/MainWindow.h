#pragma once

#include <QHash>
#include <QMainWindow>

#include <array>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QUndoGroup;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace cd {

class CreatorsPage;
class EditHistory;
class EmptyState;
class MyCreators;
class RecordActions;
class Workspace;

// The main window: a sidebar of pages (Today, Dashboard, Creators, Brands, Campaigns, Pipeline,
// Contracts, Payments), menus with the standard shortcuts, and a status bar with the workspace and counts.
// Owns the open workspace; switching workspaces replaces the pages that show it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Today,
        Dashboard,
        Creators,
        Brands,
        Campaigns,
        Pipeline,
        Contracts,
        Payments,
        PageCount
    };

    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace.get(); }
    EditHistory *history() const { return m_history; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // A page, built when first shown or asked for, or out of sight once the reads of the page in
    // view have arrived: the window's start builds and reads its first page alone. `P` is its class
    // (page<CampaignsPage>(MainWindow::Campaigns)).
    QWidget *page(Page which);
    template <typename P> P *page(Page which) { return qobject_cast<P *>(page(which)); }
    // Whether the page has been built (shown, or built out of sight), without building it.
    bool isBuilt(Page which) const { return m_built.at(which); }
    CreatorsPage *creatorsPage();
    MyCreators *myCreators() const { return m_myCreators; }
    // Edit > New… for the page shown (a new creator, brand, campaign…).
    QAction *newRecordAction() const { return m_newRecord; }
    QAction *archiveRecordAction() const { return m_archiveRecord; }
    QAction *deleteRecordAction() const { return m_deleteRecord; }
    Page currentPage() const;
    void showPage(Page page);

    // Opens (or creates) `path` in this window, asking what to do when it is locked. Returns false
    // and keeps the current workspace when the user cancels or it cannot be opened.
    bool openWorkspace(const QString &path);
    // Replaces the open workspace with the checked copy `backupFile` (the replaced one is kept
    // beside it) and reopens it. On failure the window keeps (or reopens) the workspace it had.
    bool restoreFrom(const QString &backupFile, QString *keptAt = nullptr);
    // Most recent first, at most eight.
    static QStringList recentWorkspaces();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void createPages();
    void replacePage(Page page, QWidget *widget);
    void buildPage(Page which);
    void buildPagesOutOfSight(int generation);
    void readOutOfSight(Page which);
    void addRecordActions(QTableView *table, EmptyState *empty, bool records);
    void openRecord(Page target, qint64 id);
    void updateCounts();
    void applySidebarPalette();
    void createMenus();
    void createRecordActions(QMenu *edit);
    void createToolBar();
    void applyToolbarStyle();
    RecordActions *recordPage() const;
    void updateActions();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void newWorkspace();
    void chooseWorkspace();
    void connectToServer();
    void importCsv();
    void exportCsv();
    void exportCalendar();
    void applyMyCreators();
    void applyMyCreatorsTo(Page page);
    void backUp();
    void restore();
    void showShortcuts();
    void showAbout();
    void updateTitle();

    static constexpr int OutOfSightPause = 500; // ms without a read before a page out of sight is built
    std::unique_ptr<Workspace> m_workspace;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    CreatorsPage *m_creators = nullptr; // once built
    std::array<bool, PageCount> m_built{};
    bool m_pagesReady = false; // pages are built on the workspace, once setWorkspace() has it
    int m_pagesGeneration = 0; // one per workspace shown: a build out of sight for an older one stops
    EditHistory *m_history = nullptr;
    MyCreators *m_myCreators = nullptr;
    int m_mineGeneration = 0;
    QHash<int, int> m_mineApplied; // page -> the generation of "My creators" it shows
    QUndoGroup *m_undoGroup = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_undo = nullptr, *m_redo = nullptr, *m_newRecord = nullptr, *m_editRecord = nullptr,
            *m_duplicateRecord = nullptr, *m_archiveRecord = nullptr, *m_deleteRecord = nullptr, *m_import = nullptr,
            *m_export = nullptr, *m_mine = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};

// Opens a workspace for the GUI: for writing, else (when another process has it and the user
// agrees) read-only. Shows errors in message boxes. Returns null when nothing was opened.
std::unique_ptr<Workspace> openWorkspaceInteractively(QWidget *parent, const QString &path);

} // namespace cd

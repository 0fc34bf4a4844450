#pragma once

#include <QDialog>

class QCommandLinkButton;

namespace cd {

// Shown when CollabDesk starts with no workspace yet: create one, open a file, or explore the
// demo (kept in its own file, never mixed into the user's).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        None,
        Create,
        Open,
        Demo
    };
    explicit FirstRunDialog(const QString &defaultPath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QCommandLinkButton *button(Choice choice) const;

private:
    Choice m_choice = None;
    QCommandLinkButton *m_create = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_demo = nullptr;
};

// The workspace to open at start: --db or $COLLABDESK_DB, else the last one used, else the default
// one if it exists. Empty on a first run (then ask with FirstRunDialog).
QString startupWorkspace(const QString &explicitPath);

} // namespace cd

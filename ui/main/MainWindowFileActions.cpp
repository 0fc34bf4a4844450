// The File menu's workspace actions (open, recent, new, import, export, back up, restore), apart from the window.
#include "MainWindow.h"
#include "common/LocalSettings.h"

#include "Ask.h"
#include "WorkspaceOpening.h"
#include "commands/EditHistory.h"
#include "desk/Calendar.h"
#include "desk/MyCreators.h"
#include "interchange/ImportWizard.h"
#include "interchange/Importer.h"
#include "records/RecordKind.h"
#include "storage/Backup.h"
#include "storage/Restore.h"
#include "storage/ServerConnection.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace cd {
namespace {
constexpr int MaxRecent = 8;
const char *const RecentKey = "workspace/recent";
const char *const LastServerKey = "workspace/lastServer";

// Asks for the password a server wants (again after a refused one, at most three times), and opens
// with it; the password stays with the open workspace only. When the person cancels, a failure
// with `*cancelled` set.
Result<std::unique_ptr<Workspace>> openWithPassword(QWidget *parent, const QString &address, Workspace::Options options,
                                                    bool *cancelled)
{
    const auto parsed = ServerAddress::parse(address);
    const QString shown = parsed ? parsed->display() : address;
    Result<std::unique_ptr<Workspace>> ws = fail(QString());
    for (int tries = 0; tries < 3; ++tries) {
        bool given = false;
        const QString question =
            tries == 0
                ? QCoreApplication::translate("MainWindow", "The server asks for a password.\n\nPassword for %1:")
                : QCoreApplication::translate("MainWindow",
                                              "The server did not accept that password.\n\nPassword for %1:");
        options.password = QInputDialog::getText(parent, QCoreApplication::translate("MainWindow", "Sign In"),
                                                 question.arg(shown), QLineEdit::Password, QString(), &given);
        if (!given) {
            *cancelled = true;
            return fail(QString());
        }
        ws = openWithProgress(parent, address, options, cancelled);
        if (ws || *cancelled || !server::needsPassword(ws.error()))
            return ws;
    }
    return ws;
}
} // namespace

std::unique_ptr<Workspace> openWorkspaceInteractively(QWidget *parent, const QString &path)
{
    Workspace::Options options;
    options.create = true;
    bool cancelled = false;
    auto ws = openWithProgress(parent, path, options, &cancelled);
    if (!ws && !cancelled && ServerAddress::looksLike(path) && server::needsPassword(ws.error()))
        ws = openWithPassword(parent, path, options, &cancelled);
    if (!ws && !Workspace::lockHolder(path).isEmpty()) {
        const auto answer = QMessageBox::question(
            parent, QCoreApplication::translate("MainWindow", "Workspace in use"),
            QCoreApplication::translate("MainWindow", "%1\n\nOpen it read-only to look without changing anything?")
                .arg(ws.error()),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return nullptr;
        Workspace::Options readOnly;
        readOnly.access = Workspace::Access::ReadOnly;
        ws = openWithProgress(parent, path, readOnly, &cancelled);
    }
    if (!ws && cancelled) // asked for: nothing to explain
        return nullptr;
    if (!ws) {
        QMessageBox::critical(parent, QCoreApplication::translate("MainWindow", "Cannot open workspace"), ws.error());
        return nullptr;
    }
    return std::move(ws).value();
}

bool MainWindow::openWorkspace(const QString &path)
{
    const bool server = ServerAddress::looksLike(path);
    if (m_workspace && (server ? path : QFileInfo(path).absoluteFilePath()) == m_workspace->path())
        return true;
    // The new workspace is open before the old one closes, so a failure leaves the window as it was.
    auto ws = openWorkspaceInteractively(this, path);
    if (!ws)
        return false;
    setWorkspace(std::move(ws));
    LocalSettings::set(QStringLiteral("workspace/last"), m_workspace->path());
    return true;
}

QStringList MainWindow::recentWorkspaces()
{
    return LocalSettings::value(QLatin1String(RecentKey)).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    LocalSettings::set(QLatin1String(RecentKey), recent.mid(0, MaxRecent));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : recentWorkspaces()) {
        QAction *a =
            m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
        a->setEnabled(ServerAddress::looksLike(path) || QFileInfo::exists(path));
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { LocalSettings::remove(QLatin1String(RecentKey)); });
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(),
                                                tr("CollabDesk workspaces (*.collabdesk)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".collabdesk");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New Workspace"),
            tr("%1 already exists. Open it with File > Open Workspace, or choose a new name.").arg(path));
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), start, tr("CollabDesk workspaces (*.collabdesk *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::connectToServer()
{
    QString address = LocalSettings::value(QLatin1String(LastServerKey)).toString();
    for (;;) {
        bool given = false;
        address = QInputDialog::getText(this, tr("Connect to Server"),
                                        tr("The address of the team's workspace on a PostgreSQL server, for example\n"
                                           "postgresql://ana@db.agency.local/agency\n\n"
                                           "A password is asked for when the server wants one, and never stored."),
                                        QLineEdit::Normal, address, &given)
                      .trimmed();
        if (!given || address.isEmpty())
            return;
        auto parsed = ServerAddress::parse(address);
        if (!parsed) {
            ask::warn(this, tr("Connect to Server"), parsed.error());
            continue;
        }
        if (openWorkspace(parsed->display()))
            LocalSettings::set(QLatin1String(LastServerKey), parsed->display());
        return;
    }
}

void MainWindow::importCsv()
{
    if (!m_workspace)
        return;
    ImportWizard wizard(*m_workspace, this);
    wizard.exec();
    // An import changes records outside the edit history, so earlier steps can no longer be undone.
    if (wizard.imported() && m_history)
        m_history->clear();
}

void MainWindow::exportCsv()
{
    if (!m_workspace)
        return;
    bool ok = false;
    // Offered by their file names (formats.md): the kinds are the files other tools read.
    QStringList files;
    for (const QString &kind : recordKindNames())
        files << kind + QStringLiteral(".csv");
    QString kind = QInputDialog::getItem(this, tr("Export CSV"), tr("Records to export:"), files, 1, false, &ok);
    if (!ok)
        return;
    kind.chop(4);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QDir::home().filePath(kind + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto rows = cd::exportCsv(*m_workspace, kind, path);
    if (!rows)
        QMessageBox::critical(this, tr("Export CSV"), rows.error());
    else
        statusBar()->showMessage(tr("Exported %1 rows to %2").arg(rows.value()).arg(QDir::toNativeSeparators(path)),
                                 10'000);
}

void MainWindow::exportCalendar()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"),
                                                      QDir::home().filePath(QStringLiteral("collabdesk.ics")),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    // Refuses the workspace and its companion files, writes through QSaveFile.
    auto events = writeCalendarFile(*m_workspace, m_myCreators ? m_myCreators->managerId() : 0, path);
    if (!events)
        return ask::warn(this, tr("Export Calendar"), events.error());
    statusBar()->showMessage(tr("%n event(s) written to %1: due dates, posting days, payments and open follow-ups. "
                                "Import the file again after changes; events update in place.",
                                nullptr, events.value())
                                 .arg(QDir::toNativeSeparators(path)),
                             10'000);
}

void MainWindow::backUp()
{
    if (!m_workspace)
        return;
    const QString suggested = m_workspace->path() + QStringLiteral(".bak");
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Workspace"), suggested,
                                                      tr("Backups (*.bak *.collabdesk);;All files (*)"));
    if (path.isEmpty())
        return;
    QSqlDatabase db = m_workspace->db();
    // The file dialog already asked before replacing an existing file.
    if (Status s = backup::writeCopy(db, path, true); !s)
        QMessageBox::critical(this, tr("Back Up Workspace"), s.error());
    else
        statusBar()->showMessage(tr("Backed up to %1 (checked)").arg(QDir::toNativeSeparators(path)), 10'000);
}

void MainWindow::restore()
{
    if (!m_workspace)
        return;
    const QString backupFile =
        QFileDialog::getOpenFileName(this, tr("Restore from Backup"), QFileInfo(m_workspace->path()).absolutePath(),
                                     tr("Backups (*.bak *.collabdesk *.sqlite);;All files (*)"));
    if (backupFile.isEmpty())
        return;
    if (auto checked = backup::verify(backupFile); !checked) {
        QMessageBox::critical(this, tr("Restore from Backup"), checked.error());
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace the workspace %1 with the backup %2?\n\nThe current workspace is kept beside it as a backup.")
            .arg(QDir::toNativeSeparators(m_workspace->path()), QDir::toNativeSeparators(backupFile)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString kept;
    if (restoreFrom(backupFile, &kept))
        statusBar()->showMessage(tr("Restored from %1; the replaced workspace is kept at %2")
                                     .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(kept)),
                                 15'000);
}

bool MainWindow::restoreFrom(const QString &backupFile, QString *keptAt)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return false;
    const QString path = m_workspace->path();
    // The workspace is closed (and unlocked) for the restore, then opened again.
    setWorkspace(nullptr);
    const Status restored = backup::restore(path, backupFile, keptAt);
    if (!restored)
        QMessageBox::critical(this, tr("Restore from Backup"), restored.error());
    if (auto ws = openWorkspaceInteractively(this, path))
        setWorkspace(std::move(ws));
    return restored.ok() && m_workspace;
}

} // namespace cd

#include "MainWindow.h"

#include "creators/CreatorsPage.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace cd {

std::unique_ptr<Workspace> openWorkspaceInteractively(QWidget *parent, const QString &path)
{
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    if (!ws && !Workspace::lockHolder(path).isEmpty()) {
        const auto answer = QMessageBox::question(
            parent, QCoreApplication::translate("MainWindow", "Workspace in use"),
            QCoreApplication::translate("MainWindow", "%1\n\nOpen it read-only to look without changing anything?")
                .arg(ws.error()),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return nullptr;
        ws = Workspace::open(path, Workspace::Access::ReadOnly);
    }
    if (!ws) {
        QMessageBox::critical(parent, QCoreApplication::translate("MainWindow", "Cannot open workspace"), ws.error());
        return nullptr;
    }
    return std::move(ws).value();
}

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_workspaceLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    createMenus();
    setWorkspace(std::move(workspace));
    resize(1180, 720);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find Creator"), this, [this] {
        if (m_creators) {
            m_creators->searchField()->setFocus();
            m_creators->searchField()->selectAll();
        }
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CollabDesk"), this, &MainWindow::showAbout);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    if (m_creators) {
        m_creators->deleteLater();
        m_creators = nullptr;
    }
    m_workspace = std::move(workspace);
    m_creators = new CreatorsPage(m_workspace.get(), this);
    setCentralWidget(m_creators);
    connect(m_creators, &CreatorsPage::summaryChanged, m_countsLabel, &QLabel::setText);
    m_countsLabel->setText(m_creators->summary());
    updateTitle();
    // Things worth knowing about the open (an update, a check after a crash) but not worth a dialog.
    if (m_workspace && !m_workspace->notices().isEmpty())
        statusBar()->showMessage(m_workspace->notices().join(QLatin1Char(' ')), 15'000);
}

bool MainWindow::openWorkspace(const QString &path)
{
    auto ws = openWorkspaceInteractively(this, path);
    if (!ws)
        return false;
    // The new workspace is open before the old one closes, so a failure leaves the window as it was.
    setWorkspace(std::move(ws));
    QSettings().setValue(QStringLiteral("workspace/last"), m_workspace->path());
    return true;
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), start, tr("CollabDesk workspaces (*.collabdesk *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace ? m_workspace->displayName() : tr("No workspace");
    const bool readOnly = m_workspace && m_workspace->isReadOnly();
    setWindowTitle(readOnly ? tr("%1 [read-only] — CollabDesk").arg(name) : tr("%1 — CollabDesk").arg(name));
    m_workspaceLabel->setText(
        m_workspace ? (readOnly ? tr("%1 (read-only)").arg(m_workspace->path()) : m_workspace->path()) : QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CollabDesk"),
                       tr("<h3>CollabDesk %1</h3><p>Influencer campaigns for brand marketers and talent managers: "
                          "creators, campaigns, contracts and results, on your own computer and fully offline.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace cd

#include "MainWindow.h"

#include "AppStyle.h"
#include "Ask.h"
#include "BackgroundRead.h"
#include "ColumnChooser.h"
#include "EmptyState.h"
#include "FieldMessage.h"
#include "Icons.h"
#include "RecordActions.h"
#include "brands/BrandsPage.h"
#include "campaigns/CampaignsPage.h"
#include "commands/EditHistory.h"
#include "common/LocalSettings.h"
#include "contracts/ContractsPage.h"
#include "creators/CreatorFilterProxy.h"
#include "creators/CreatorsPage.h"
#include "dashboard/DashboardPage.h"
#include "desk/MyCreators.h"
#include "desk/PipelinePage.h"
#include "desk/TodayPage.h"
#include "models/CampaignListModel.h"
#include "models/ContractListModel.h"
#include "money/MoneySettings.h"
#include "payments/PaymentsPage.h"
#include "settings/SettingsDialog.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace cd {
namespace {
// The platform's shortcut for a standard action, or the usual one where the platform has none
// (the offscreen and minimal platforms define no Quit, for example).
void setStandardShortcut(QAction *action, QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    action->setShortcuts(bindings.isEmpty() ? QList<QKeySequence>{fallback} : bindings);
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_workspaceLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    // Both on the right, where messages (a backup made, an export written) never draw over them.
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_undoGroup = new QUndoGroup(this);
    createPages();
    createMenus();
    createToolBar();
    setWorkspace(std::move(workspace));
    resize(1280, 760);
    restoreGeometry(LocalSettings::value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_splitter->restoreState(LocalSettings::value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

MainWindow::~MainWindow()
{
    // The pages (those replaced and not yet deleted too) go after this object's members and the
    // status bar: their last signals find nobody.
    for (QObject *page : m_pages->children())
        page->disconnect(this);
    m_pages->disconnect(this);
    m_sidebar->disconnect(this);
}

void MainWindow::createPages()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebarListWidget"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setMinimumWidth(140);
    m_sidebar->setMaximumWidth(240);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    // Roomy entries, colours left to the palette so light and dark themes both work.
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget::item { padding: 7px 14px; }"));
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    applySidebarPalette();
    m_pages = new QStackedWidget(this);
    const QString names[PageCount] = {tr("Today"),     tr("Dashboard"), tr("Creators"),  tr("Brands"),
                                      tr("Campaigns"), tr("Pipeline"),  tr("Contracts"), tr("Payments")};
    // Breeze names (design.md): what each page is about, the same in light and dark.
    const char *icons[PageCount] = {"view-calendar-day", "view-statistics", "system-users", "view-pim-contacts", "flag",
                                    "object-columns",    "document-sign",   "wallet-open"};
    useAppStyle();
    useIconTheme();
    m_sidebar->setIconSize(QSize(22, 22));
    for (int p = 0; p < PageCount; ++p) {
        m_sidebar->addItem(new QListWidgetItem(themeIcon(icons[p]), names[p]));
        // A place for each page, built on the workspace by page() (setWorkspace()).
        m_pages->addWidget(new QWidget(this));
    }
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1110});
    setCentralWidget(m_splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (m_pagesReady)
            page(Page(row)); // built when first shown
        m_pages->setCurrentIndex(row);
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int page) {
        if (page >= 0)
            applyMyCreatorsTo(Page(page));
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateCounts);
    m_sidebar->setCurrentRow(Creators);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    setStandardShortcut(create, QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    setStandardShortcut(open, QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open Recen&t"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Connect to &Server…"), this, &MainWindow::connectToServer);
    file->addSeparator();
    m_import = file->addAction(themeIcon("document-import", ":/icons/actions/import.svg"), tr("&Import CSV…"), this,
                               &MainWindow::importCsv);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_export = file->addAction(themeIcon("document-export", ":/icons/actions/export.svg"), tr("&Export CSV…"), this,
                               &MainWindow::exportCsv);
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Export C&alendar…"), this, &MainWindow::exportCalendar);
    file->addAction(tr("&Back Up Workspace…"), this, &MainWindow::backUp);
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    setStandardShortcut(quit, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    createRecordActions(edit);
    QAction *find = edit->addAction(tr("&Find Creator"), this, [this] {
        showPage(Creators);
        creatorsPage()->searchField()->setFocus();
        creatorsPage()->searchField()->selectAll();
    });
    setStandardShortcut(find, QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Settings…"), this, [this] {
        if (m_workspace)
            SettingsDialog(*m_workspace, this, m_myCreators).exec();
        applyToolbarStyle();
    });
    setStandardShortcut(preferences, QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[PageCount] = {tr("&Today"),     tr("&Dashboard"), tr("&Creators"),  tr("&Brands"),
                                      tr("C&ampaigns"), tr("Pipe&line"),  tr("Co&ntracts"), tr("&Payments")};
    for (int p = 0; p < PageCount; ++p) {
        QAction *go = view->addAction(names[p], this, [this, p] { showPage(Page(p)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + p)));
    }
    view->addSeparator();
    m_mine = view->addAction(themeIcon("im-user", ":/icons/actions/my-creators.svg"), tr("&My Creators"));
    m_mine->setObjectName(QStringLiteral("myCreatorsAction"));
    m_mine->setCheckable(true);
    m_mine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mine->setToolTip(tr("Show only the creators you manage, with their deals, contracts and payments "
                          "(choose who you are in Settings > Managers)"));
    connect(m_mine, &QAction::toggled, this, [this](bool on) {
        if (m_myCreators)
            m_myCreators->setOn(on);
    });
    view->addSeparator();
    // The current list's columns, as a right-click on its column titles offers them.
    QMenu *columns = view->addMenu(tr("C&olumns"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        if (!addColumnChoices(tableWithColumnChoice(m_pages->currentWidget()), columns))
            columns->addAction(tr("This page has no columns to choose"))->setEnabled(false);
    });
    QAction *sidebar = view->addAction(tr("Show &Sidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addAction(tr("&About CollabDesk"), this, &MainWindow::showAbout);
}

void MainWindow::createRecordActions(QMenu *edit)
{
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(themeIcon("edit-undo", ":/icons/actions/undo.svg"));
    setStandardShortcut(m_undo, QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(themeIcon("edit-redo", ":/icons/actions/redo.svg"));
    setStandardShortcut(m_redo, QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    // These act on the current page's records; their texts name the record ("New Creator…").
    m_newRecord = edit->addAction(themeIcon("list-add", ":/icons/actions/add-creator.svg"), tr("&New…"), this, [this] {
        if (RecordActions *page = recordPage())
            page->addRecord();
    });
    m_newRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editRecord = edit->addAction(themeIcon("document-edit", ":/icons/actions/edit.svg"), tr("&Edit…"), this, [this] {
        if (RecordActions *page = recordPage())
            page->editSelected();
    });
    m_editRecord->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicateRecord =
        edit->addAction(themeIcon("edit-copy", ":/icons/actions/duplicate.svg"), tr("Du&plicate…"), this, [this] {
            if (RecordActions *page = recordPage())
                page->duplicateSelected();
        });
    m_duplicateRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_archiveRecord =
        edit->addAction(themeIcon("archive-insert", ":/icons/actions/archive.svg"), tr("&Archive"), this, [this] {
            if (RecordActions *page = recordPage())
                page->toggleArchiveSelected();
        });
    m_archiveRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_deleteRecord =
        edit->addAction(themeIcon("edit-delete", ":/icons/actions/delete.svg"), tr("&Delete…"), this, [this] {
            if (RecordActions *page = recordPage())
                page->deleteSelected();
        });
    setStandardShortcut(m_deleteRecord, QKeySequence::Delete, QKeySequence(Qt::Key_Delete));
    edit->addSeparator();
}

void MainWindow::applyToolbarStyle()
{
    const int style = preferences::toolbarStyle();
    m_toolBar->setVisible(style >= 0);
    if (style >= 0)
        m_toolBar->setToolButtonStyle(Qt::ToolButtonStyle(style));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    // Shown, styled or hidden from Settings (a right-click on it would hide it for good).
    bar->toggleViewAction()->setEnabled(false);
    bar->setIconSize(QSize(20, 20));
    for (QAction *a : {m_newRecord, m_editRecord, m_archiveRecord, m_deleteRecord})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction *a : {m_undo, m_redo})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction *a : {m_import, m_export})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(m_mine);
    applyToolbarStyle();
}

RecordActions *MainWindow::recordPage() const
{
    return dynamic_cast<RecordActions *>(m_pages->currentWidget());
}

void MainWindow::updateActions()
{
    if (!m_newRecord)
        return; // pages are made before the menus
    RecordActions *page = recordPage();
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    const qsizetype selected = page ? page->selectedIds().size() : 0;
    const QString name = page ? page->recordName() : QString();
    m_newRecord->setEnabled(page && writable);
    m_newRecord->setText(page ? tr("&New %1…").arg(name) : tr("&New…"));
    m_newRecord->setIconText(tr("New"));
    m_editRecord->setEnabled(selected > 0);
    m_editRecord->setText(page ? tr("&Edit %1…").arg(name) : tr("&Edit…"));
    m_editRecord->setIconText(tr("Edit"));
    m_duplicateRecord->setEnabled(selected == 1 && writable);
    const bool archived = page && page->selectionArchived();
    // Another manager's creator on a server: greyed, saying why, rather than refused at the click.
    const QString refusal = page && selected > 0 ? page->whyNotChangeable() : QString();
    m_archiveRecord->setEnabled(page && page->canArchive() && selected > 0 && writable && refusal.isEmpty());
    m_archiveRecord->setText(archived ? tr("Un&archive") : tr("&Archive"));
    m_deleteRecord->setEnabled(selected > 0 && writable && refusal.isEmpty());
    for (QAction *a : {m_archiveRecord, m_deleteRecord}) {
        a->setToolTip(asSentence(refusal)); // empty: the action's own text, as before
        a->setStatusTip(asSentence(refusal));
    }
    m_deleteRecord->setIconText(tr("Delete"));
    m_import->setEnabled(writable);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    EditHistory *oldHistory = m_history;
    m_history = workspace ? new EditHistory(*workspace, this) : nullptr;
    if (m_history)
        m_undoGroup->addStack(m_history->stack());
    m_undoGroup->setActiveStack(m_history ? m_history->stack() : nullptr);
    if (m_history)
        connect(m_history, &EditHistory::failed, this,
                [this](const QString &message) { ask::warn(this, tr("Undo"), message); });
    MyCreators *oldMine = m_myCreators;
    m_myCreators = new MyCreators(workspace.get(), this);
    // The old workspace's pages go. Of the new one's, the page shown is built first and reads alone;
    // the others follow out of sight once its reads are in (buildPagesOutOfSight), or when shown.
    m_pagesReady = false;
    m_built.fill(false);
    m_creators = nullptr;
    for (int p = 0; p < PageCount; ++p)
        replacePage(Page(p), new QWidget(this));
    // "My creators" narrows every list of records at once.
    connect(m_myCreators, &MyCreators::changed, this, &MainWindow::applyMyCreators);
    if (oldHistory)
        oldHistory->deleteLater();
    if (oldMine)
        oldMine->deleteLater();
    m_workspace = std::move(workspace);
    m_mineApplied.clear();
    m_pagesReady = true;
    // An agency starts its day on Today; a brand on its roster (or the page shown before).
    Page start = currentPage();
    if (m_workspace) {
        rememberRecent(m_workspace->path());
        QSqlDatabase db = m_workspace->db();
        if (MoneySettings::read(db).perspective == Perspective::Agency)
            start = Today;
    }
    page(start);
    showPage(start);
    m_pages->setCurrentIndex(start);
    buildPagesOutOfSight(++m_pagesGeneration);
    applyMyCreators();
    updateCounts();
    updateTitle();
    updateActions();
    // Things worth knowing about the open (an update, a check after a crash) but not worth a dialog.
    if (m_workspace && !m_workspace->notices().isEmpty())
        statusBar()->showMessage(m_workspace->notices().join(QLatin1Char(' ')), 15'000);
}

QWidget *MainWindow::page(Page which)
{
    if (m_pagesReady && !m_built.at(which)) {
        m_built.at(which) = true;
        buildPage(which);
    }
    return m_pages->widget(which);
}

void MainWindow::buildPagesOutOfSight(int generation)
{
    // One page at a time, each once no read has run for half a second: the page in view reads
    // first and alone, what a person does next goes before these, and a page shown later is there,
    // read, as before.
    BackgroundRead::whenIdle(this, [this, generation] {
        QTimer::singleShot(OutOfSightPause, this, [this, generation] {
            if (generation != m_pagesGeneration)
                return; // another workspace opened meanwhile
            const auto next = std::find(m_built.cbegin(), m_built.cend(), false);
            if (next == m_built.cend())
                return;
            if (BackgroundRead::quietFor() >= OutOfSightPause) {
                const auto which = Page(next - m_built.cbegin());
                page(which);
                readOutOfSight(which);
            }
            buildPagesOutOfSight(generation);
        });
    });
}

void MainWindow::readOutOfSight(Page which)
{
    // The lists read as they are built. These pages read only when shown (a write while they are
    // hidden only marks them stale); built out of sight they read once now too, so that the first
    // look at them is there at once rather than "reading…" for a moment (the large demo's board
    // and ledger take 0.2-0.4 s). My Creators first: applied at the first show, it would read again.
    applyMyCreatorsTo(which);
    switch (which) {
    case Today:
        page<TodayPage>(Today)->reload();
        break;
    case Dashboard:
        page<DashboardPage>(Dashboard)->reload();
        break;
    case Pipeline:
        page<PipelinePage>(Pipeline)->reload();
        break;
    case Payments:
        page<PaymentsPage>(Payments)->reload();
        break;
    default:
        break;
    }
}

CreatorsPage *MainWindow::creatorsPage()
{
    return page<CreatorsPage>(Creators);
}

void MainWindow::buildPage(Page which)
{
    Workspace *workspace = m_workspace.get();
    QWidget *built = nullptr;
    // Pages open what their items are about.
    const auto opener = [this](Page target) { return [this, target](qint64 id) { openRecord(target, id); }; };
    switch (which) {
    case Today: {
        auto *today = new TodayPage(workspace, m_history, m_myCreators, this);
        connect(today, &TodayPage::openCampaign, this, opener(Campaigns));
        connect(today, &TodayPage::openCreator, this, opener(Creators));
        connect(today, &TodayPage::openBrand, this, opener(Brands));
        connect(today, &TodayPage::openContract, this, opener(Contracts));
        connect(today, &TodayPage::openPayment, this, opener(Payments));
        connect(today, &TodayPage::summaryChanged, this, &MainWindow::updateCounts);
        built = today;
        break;
    }
    case Dashboard: {
        auto *dashboard = new DashboardPage(workspace, this);
        connect(dashboard, &DashboardPage::openCampaign, this, opener(Campaigns));
        connect(dashboard, &DashboardPage::openCreator, this, opener(Creators));
        built = dashboard;
        break;
    }
    case Creators:
        m_creators = new CreatorsPage(workspace, m_history, this);
        connect(m_creators, &CreatorsPage::selectionChanged, this, &MainWindow::updateActions);
        connect(m_creators, &CreatorsPage::summaryChanged, this, &MainWindow::updateCounts);
        addRecordActions(m_creators->table(), m_creators->emptyState(), true);
        built = m_creators;
        break;
    case Brands:
    case Campaigns:
    case Contracts: {
        TablePage *table = nullptr;
        if (which == Brands)
            table = new BrandsPage(workspace, m_history, this);
        else if (which == Campaigns)
            table = new CampaignsPage(workspace, m_history, this);
        else
            table = new ContractsPage(workspace, m_history, this);
        connect(table, &TablePage::selectionChanged, this, &MainWindow::updateActions);
        connect(table, &TablePage::summaryChanged, this, &MainWindow::updateCounts);
        // A contract is drafted from its campaign: its list offers Import only.
        addRecordActions(table->table(), table->emptyState(), which != Contracts);
        built = table;
        break;
    }
    case Pipeline: {
        auto *pipeline = new PipelinePage(workspace, m_history, m_myCreators, this);
        connect(pipeline, &PipelinePage::openCampaign, this, opener(Campaigns));
        connect(pipeline, &PipelinePage::openCreator, this, opener(Creators));
        connect(pipeline, &PipelinePage::summaryChanged, this, &MainWindow::updateCounts);
        built = pipeline;
        break;
    }
    case Payments: {
        auto *payments = new PaymentsPage(workspace, m_history, this);
        connect(payments, &PaymentsPage::selectionChanged, this, &MainWindow::updateActions);
        connect(payments, &PaymentsPage::summaryChanged, this, &MainWindow::updateCounts);
        built = payments;
        break;
    }
    case PageCount:
        return;
    }
    replacePage(which, built);
}

void MainWindow::openRecord(Page target, qint64 id)
{
    showPage(target); // built if need be: the record is selected once its list is read
    QWidget *shown = page(target);
    if (auto *table = qobject_cast<TablePage *>(shown))
        table->select(id);
    else if (auto *creators = qobject_cast<CreatorsPage *>(shown))
        creators->select(id);
    else if (auto *payments = qobject_cast<PaymentsPage *>(shown))
        payments->select(id);
}

void MainWindow::addRecordActions(QTableView *table, EmptyState *empty, bool records)
{
    // An empty list offers its first action; the table the record actions on a right-click.
    if (records) {
        empty->addAction(m_newRecord);
        table->addActions({m_editRecord, m_duplicateRecord, m_archiveRecord, m_deleteRecord});
    }
    empty->addAction(m_import);
}

void MainWindow::updateCounts()
{
    // The status bar counts what the page shown lists; the dashboard lists no records.
    QWidget *shown = m_pages->currentWidget();
    QString text;
    if (auto *today = qobject_cast<TodayPage *>(shown))
        text = today->summary();
    else if (auto *pipeline = qobject_cast<PipelinePage *>(shown))
        text = pipeline->summary();
    else if (auto *table = qobject_cast<TablePage *>(shown))
        text = table->summary();
    else if (auto *payments = qobject_cast<PaymentsPage *>(shown))
        text = payments->summary();
    else if (auto *creators = qobject_cast<CreatorsPage *>(shown))
        text = creators->summary();
    m_countsLabel->setText(text);
}

void MainWindow::applyMyCreators()
{
    const bool canFilter = m_myCreators && m_myCreators->me() != 0;
    {
        const QSignalBlocker quiet(m_mine);
        m_mine->setChecked(m_myCreators && m_myCreators->isOn());
    }
    m_mine->setEnabled(canFilter);
    m_mine->setToolTip(canFilter ? tr("Show only the creators you manage, with their deals, contracts and payments "
                                      "(Ctrl+Shift+M)")
                                 : tr("Choose who you are in Settings > Managers to show only your creators"));
    // The page in view narrows now; the others when next shown (at agency scale each list costs
    // tens of milliseconds to filter again, which the switch should not pay for all of them).
    ++m_mineGeneration;
    applyMyCreatorsTo(currentPage());
}

void MainWindow::applyMyCreatorsTo(Page page)
{
    if (page >= PageCount || !m_built.at(page) || m_mineApplied.value(page, -1) == m_mineGeneration)
        return;
    m_mineApplied.insert(page, m_mineGeneration);
    const std::optional<ManagedIds> ids = m_myCreators ? m_myCreators->managed() : std::nullopt;
    const auto only = [&](int role, const QSet<qint64> ManagedIds::*set) {
        if (auto *table = qobject_cast<TablePage *>(m_pages->widget(page)))
            table->showOnly(role, ids ? std::optional<QSet<qint64>>((*ids).*set) : std::nullopt);
    };
    switch (page) {
    case Creators:
        m_creators->proxy()->setManagerId(m_myCreators ? m_myCreators->managerId() : 0);
        break;
    case Campaigns:
        only(CampaignListModel::IdRole, &ManagedIds::campaigns);
        break;
    case Contracts:
        only(ContractListModel::IdRole, &ManagedIds::contracts);
        break;
    case Dashboard:
        if (auto *dashboard = qobject_cast<DashboardPage *>(m_pages->widget(Dashboard)))
            dashboard->setMine(ids);
        break;
    case Payments:
        if (auto *payments = qobject_cast<PaymentsPage *>(m_pages->widget(Payments)))
            payments->showOnlyParticipants(ids ? std::optional<QSet<qint64>>(ids->participants) : std::nullopt);
        break;
    case Today: // both follow MyCreators themselves
    case Pipeline:
    case Brands: // a brand is nobody's own
    case PageCount:
        break;
    }
}

void MainWindow::replacePage(Page page, QWidget *widget)
{
    QWidget *old = m_pages->widget(page);
    m_pages->insertWidget(page, widget);
    // Removing the page shown would show its neighbour for a moment (and start its reads).
    if (m_pages->currentWidget() == old)
        m_pages->setCurrentWidget(widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_sidebar->currentRow());
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (QAction *menu : menuBar()->actions())
        for (QAction *a : menu->menu()->actions())
            if (!a->shortcut().isEmpty())
                rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                            .arg(QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                 a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    QMessageBox::information(this, tr("Keyboard Shortcuts"), QStringLiteral("<table>%1</table>").arg(rows));
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace ? m_workspace->displayName() : tr("No workspace");
    const bool readOnly = m_workspace && m_workspace->isReadOnly();
    setWindowTitle(readOnly ? tr("%1 [read-only] — CollabDesk").arg(name) : tr("%1 — CollabDesk").arg(name));
    m_workspaceLabel->setText(m_workspace ? (readOnly ? tr("%1 (read-only)").arg(m_workspace->path())
                                                      : QDir::toNativeSeparators(m_workspace->path()))
                                          : QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CollabDesk"),
                       tr("<h3>CollabDesk %1</h3><p>Influencer campaigns for brand marketers and talent managers: "
                          "creators, campaigns, contracts and results, on your own computer and fully offline.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::applySidebarPalette()
{
    // The sidebar sits on the window's colour, whichever palette (light or dark) is in use.
    QPalette palette = QApplication::palette(m_sidebar);
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_sidebar->setPalette(palette);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Qt 6.4 has no colour-scheme API: a switch to dark mode arrives as a palette change.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        if (m_sidebar) {
            applySidebarPalette();
            useIconTheme(); // Breeze Dark on a dark window
        }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    LocalSettings::set(QStringLiteral("mainWindow/geometry"), saveGeometry());
    LocalSettings::set(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace cd

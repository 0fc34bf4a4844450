#include "PaymentsPage.h"

#include "PaymentFilterProxy.h"
#include "PaymentTiles.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "main/BackgroundRead.h"
#include "main/ColumnChooser.h"
#include "main/ColumnFit.h"
#include "main/FieldMessage.h"
#include "main/NameChoices.h"
#include "main/PageParts.h"
#include "main/StatusChip.h"
#include "main/WrappingLabel.h"
#include "models/PaymentListModel.h"
#include "storage/Workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <thread>
#include <utility>

namespace cd {
namespace {

// Invoice numbers differ at their end ("INV/2026/0012"): a narrow column keeps both ends.
class InvoiceNumberDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

// What the worker hands over: the rows and everything else that grows with them, so the GUI
// thread only shows it.
struct PaymentsPage::Read
{
    PaymentTable table;
    bool agency = false;
    PaymentTiles::Figures figures;           // of every row
    QStringList brands, creators, campaigns; // each name once, sorted for the filter boxes
};

PaymentsPage::PaymentsPage(Workspace *workspace, EditHistory *history, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_history(history), m_read(new BackgroundRead(workspace, this)),
      m_firstRows(new BackgroundRead(workspace, this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    // Fed by the worker's reads (reload()): the model reads nothing on the GUI thread.
    m_model = new PaymentListModel(nullptr, this);
    auto *proxy = new PaymentFilterProxy(this, this);
    m_proxy = proxy;
    proxy->setSourceModel(m_model);
    proxy->setSortRole(PaymentListModel::SortRole);
    proxy->setSortLocaleAware(true);
    m_runDialog = [](QDialog &d) { return d.exec(); };

    // The heading and the answer.
    QLabel *heading = makePageTitle(tr("Payments"), this);
    m_asOf = new QLabel(this);
    m_message = new WrappingLabel(this);
    m_message->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(16);
    top->addWidget(m_asOf);
    top->addStretch();
    m_tiles = new PaymentTiles(this);

    // Actions.
    m_markPaid = new QAction(tr("&Mark Paid…"), this);
    m_markPaid->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_markPaid->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markPaid->setToolTip(tr("Record that the chosen payment was paid, whole or in part (Ctrl+Shift+P)"));
    m_new = new QAction(tr("&New Payment…"), this);
    m_new->setToolTip(tr("Add a payment by hand (Ctrl+Shift+N)"));
    m_edit = new QAction(tr("&Edit Payment…"), this);
    m_delete = new QAction(tr("&Delete Payment…"), this);
    m_draft = new QAction(tr("D&raft Schedule…"), this);
    m_draft->setToolTip(tr("Draft a campaign's deposits, fees, commissions and points from its creators' terms"));
    m_invoice = new QAction(tr("Create &Invoice…"), this);
    m_invoice->setToolTip(tr("Put the chosen receivables of one brand on a new invoice"));
    m_invoices = new QAction(tr("In&voices…"), this);
    m_invoices->setToolTip(tr("Issued invoices: void one or export it as a PDF"));
    addAction(m_markPaid);
    connect(m_markPaid, &QAction::triggered, this, &PaymentsPage::markPaidSelected);
    connect(m_new, &QAction::triggered, this, &PaymentsPage::addRecord);
    connect(m_edit, &QAction::triggered, this, &PaymentsPage::editSelected);
    connect(m_delete, &QAction::triggered, this, &PaymentsPage::deleteSelected);
    connect(m_draft, &QAction::triggered, this, &PaymentsPage::draftSchedule);
    connect(m_invoice, &QAction::triggered, this, &PaymentsPage::createInvoiceFromSelected);
    connect(m_invoices, &QAction::triggered, this, &PaymentsPage::showInvoices);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_markPaid, m_new, m_draft, m_invoice, m_invoices}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        buttons->addWidget(b);
        m_buttons.insert(a, b);
    }
    buttons->addStretch();

    // Filters.
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Open (due, overdue, awaiting)"), Open);
    m_status->addItem(tr("Overdue"), Overdue);
    m_status->addItem(tr("Due"), Due);
    m_status->addItem(tr("Paid"), Paid);
    m_status->addItem(tr("All"), All);
    m_direction = new QComboBox(this);
    m_direction->setAccessibleName(tr("Filter by direction"));
    m_direction->addItem(tr("Receivables and payables"), -1);
    m_direction->addItem(tr("Receivables (brands owe you)"), int(PaymentDirection::Receivable));
    m_direction->addItem(tr("Payables (you owe creators)"), int(PaymentDirection::Payable));
    m_brand = new QComboBox(this);
    m_brand->setAccessibleName(tr("Filter by brand"));
    m_creator = new QComboBox(this);
    m_creator->setAccessibleName(tr("Filter by creator"));
    m_campaign = new QComboBox(this);
    m_campaign->setAccessibleName(tr("Filter by campaign"));
    // The names' filters take a dozen letters each; their lists open as wide as the names
    // (fillColumnBox). Sized to their longest names, an agency's filters pushed the page past
    // 1366 px in Indonesian and cut off the ageing bars and the search.
    for (QComboBox *box : {m_brand, m_creator, m_campaign}) {
        box->setModel(new NameChoices(box));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        box->setMaximumWidth(240);
    }
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search creators, campaigns, invoices, references…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search payments"));
    m_search->setMinimumWidth(160);
    m_filterBar = new QWidget(this);
    auto *filters = new QHBoxLayout(m_filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_direction, m_brand, m_creator, m_campaign})
        filters->addWidget(w);
    filters->addWidget(m_search, 1);

    // The list.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("paymentsTableView"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table, tr("Payments"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[PaymentListModel::ColumnCount] = {80, 95, 60, 85, 110, 150, 120, 80, 110, 95, 110, 95, 110, 140};
    for (int c = 0; c < PaymentListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    rememberHeaderState(m_table, QStringLiteral("payments/header"));
    // Fourteen columns left each name five letters at 1366 px: what was withheld shows when asked
    // for (the header's menu; the net is what moves either way), and the date paid where payments
    // can have one (below).
    offerColumnChoice(m_table, QStringLiteral("payments/hiddenColumns"), {PaymentListModel::Withheld});
    m_table->setItemDelegateForColumn(PaymentListModel::Status,
                                      new StatusChipDelegate(PaymentListModel::StateWordRole, m_table));
    m_table->setItemDelegateForColumn(PaymentListModel::Invoice, new InvoiceNumberDelegate(m_table));
    // "Awaiting brand" only in an agency's workspace (see showAgencyParts): sized for it there only.
    fitColumnTo(m_table, PaymentListModel::Status,
                {PaymentListModel::stateName(PaymentState::Paid), PaymentListModel::stateName(PaymentState::Due),
                 PaymentListModel::stateName(PaymentState::Overdue)},
                StatusChipDelegate::ExtraWidth);
    // Days late are a few digits under a title that is longer in Indonesian ("Terlambat").
    fitColumnTo(m_table, PaymentListModel::DaysOverdue,
                {m_proxy->headerData(PaymentListModel::DaysOverdue, Qt::Horizontal).toString(), QStringLiteral("999")});
    // The kinds an agency's list is full of read whole ("Commission", "Uang muka"), the rare
    // "Reimbursement" may be cut.
    fitColumnTo(m_table, PaymentListModel::Kind,
                {PaymentListModel::kindName(PaymentKind::Deposit), PaymentListModel::kindName(PaymentKind::Fee),
                 PaymentListModel::kindName(PaymentKind::Commission), PaymentListModel::kindName(PaymentKind::Points),
                 PaymentListModel::kindName(PaymentKind::KillFee)});
    // The words give up width before the money and dates do (an agency's 14 columns fit 1366 px).
    fitColumnsToWidth(m_table,
                      {PaymentListModel::Brand, PaymentListModel::Campaign, PaymentListModel::Creator,
                       PaymentListModel::Kind, PaymentListModel::Invoice, PaymentListModel::MethodReference},
                      60);
    m_table->sortByColumn(PaymentListModel::Due, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(m_markPaid);
        menu.addAction(m_edit);
        menu.addAction(m_delete);
        if (m_agency) {
            menu.addSeparator();
            menu.addAction(m_invoice);
        }
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table, &QTableView::activated, this, &PaymentsPage::editSelected);
    m_empty = new WrappingLabel(this);
    m_empty->setObjectName(QStringLiteral("paymentsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    auto *content = new QWidget(this);
    m_stack = new QStackedLayout(content);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tiles);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_filterBar);
    layout->addWidget(content, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &PaymentsPage::refilter);
    const auto rowsChanged = [this] { m_unpaidMethodsKnown = false; };
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, rowsChanged);
    offerPaidColumns();
    connect(m_direction, &QComboBox::currentIndexChanged, this, &PaymentsPage::refilter);
    for (auto [box, column] :
         {std::pair{m_brand, int(PaymentListModel::Brand)}, std::pair{m_creator, int(PaymentListModel::Creator)},
          std::pair{m_campaign, int(PaymentListModel::Campaign)}})
        connect(box, &QComboBox::currentIndexChanged, this, [this, box = box, column = column] {
            static_cast<RecordFilterProxy *>(m_proxy)->setColumnValue(column, box->currentData().toString());
            refilter();
        });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<PaymentFilterProxy *>(m_proxy)->setSearch(text);
        refilter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit selectionChanged();
    });
    keepSelectionByIds(m_table, m_model, PaymentListModel::IdRole, this, [this] {
        updateActions();
        emit selectionChanged();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { emit summaryChanged(summary()); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { emit summaryChanged(summary()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { emit summaryChanged(summary()); });
    // Read when the page is first shown (or by the window out of sight) and after each change that
    // touches what a row says; while hidden a change is only kept (PaymentsPageChanges.cpp).
    if (workspace)
        connect(workspace, &Workspace::recordsChanged, this, &PaymentsPage::changedInWorkspace);
    for (BackgroundRead *read : {m_read, m_firstRows})
        connect(read, &BackgroundRead::busyChanged, this, &PaymentsPage::updateHeading);
    if (workspace) {
        QSqlDatabase db = workspace->db(); // one settings row: how the page looks before the first read
        m_agency = MoneySettings::read(db).isAgency();
    }
    applyPerspective();
    updateHeading();
    setStatusFilter(Open);
}

void PaymentsPage::setStatusFilter(StatusFilter filter)
{
    m_status->setCurrentIndex(m_status->findData(filter));
    refilter();
}

void PaymentsPage::fillColumnBox(QComboBox *box, int column, const QStringList &values, const QString &allText)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    // The name chosen stays a choice when its last payment goes (deleted, or moved by an edit): the
    // list then says that nothing matches, and an undo brings the rows back under the same filter.
    QStringList offered = values;
    if (!current.isEmpty() && !values.contains(current)) {
        const auto at =
            std::lower_bound(offered.begin(), offered.end(), current,
                             [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        offered.insert(at, current);
    }
    static_cast<NameChoices *>(box->model())->setNames(allText, offered);
    // The box keeps its dozen letters (see the constructor); its list opens as wide as the widest
    // names. Measuring every name took ~40 ms for 5,000 creators: with many, only the longest few
    // (in characters) are measured.
    QList<const QString *> longest;
    longest.reserve(offered.size() + 1);
    longest << &allText;
    for (const QString &value : std::as_const(offered))
        longest << &value;
    const qsizetype measured = std::min<qsizetype>(20, longest.size());
    std::nth_element(longest.begin(), longest.begin() + (measured - 1), longest.end(),
                     [](const QString *a, const QString *b) { return a->size() > b->size(); });
    const QFontMetrics metrics = box->view()->fontMetrics();
    int widest = 0;
    for (qsizetype i = 0; i < measured; ++i)
        widest = std::max(widest, metrics.horizontalAdvance(*longest.at(i)));
    box->view()->setMinimumWidth(widest + 2 * metrics.averageCharWidth() +
                                 box->view()->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    box->setCurrentIndex(std::max(0, box->findData(current)));
    // Only when the value is gone from the list: each change filters every row again.
    if (box->currentData().toString() != current)
        static_cast<RecordFilterProxy *>(m_proxy)->setColumnValue(column, box->currentData().toString());
}

void PaymentsPage::offerNames(const std::array<QStringList, 3> &names)
{
    // After most edits the names are the same: the lists (thousands of creators) stay as they are.
    const std::pair<QComboBox *, int> boxes[] = {{m_brand, PaymentListModel::Brand},
                                                 {m_creator, PaymentListModel::Creator},
                                                 {m_campaign, PaymentListModel::Campaign}};
    const QString all[] = {tr("All brands"), tr("All creators"), tr("All campaigns")};
    for (int i = 0; i < 3; ++i)
        if (!m_loaded || names[i] != m_names[i]) {
            m_names[i] = names[i];
            fillColumnBox(boxes[i].first, boxes[i].second, m_names[i], all[i]);
        }
}

void PaymentsPage::reload()
{
    m_stale = false;
    m_unread = {};
    if (!m_workspace)
        return;
    const QDate day = Clock::today();
    // On the first read, as the page opens (open rows by due date), the first screen is read on
    // its own too: at 127,328 payments it arrives in tens of milliseconds, every row in half a
    // second or more. Later reads keep the rows shown until the new ones arrive, and a read out of
    // sight (MainWindow reads the page before it is first shown) has no screen to fill.
    if (!m_loaded && isVisible() && StatusFilter(m_status->currentData().toInt()) == Open &&
        m_proxy->sortColumn() == PaymentListModel::Due && m_proxy->sortOrder() == Qt::AscendingOrder)
        m_firstRows->run<QList<PaymentRow>>(
            [day](QSqlDatabase &db) {
                return readFirstOpenPayments(db, MoneySettings::read(db), day, FirstScreenRows);
            },
            [this, day](const Result<QList<PaymentRow>> &rows) {
                // Too late (every row is here), or failed: the whole read says what went wrong.
                if (m_loaded || !rows)
                    return;
                m_firstShown = true;
                m_model->setRows(rows.value(), day);
                refilter();
            });
    // Every payment, its tiles and the names for the filters are read on a worker (about half a
    // second at 127,328 payments); the rows shown stay until then.
    m_read->run<Read>(
        [day, beside = m_workspace->readerOpener()](QSqlDatabase &db) -> Result<Read> {
            const MoneySettings settings = MoneySettings::read(db);
            auto table = readPaymentTable(db, settings, {}, beside); // half on the other core
            if (!table)
                return fail(table.error());
            Read read;
            read.table = std::move(table).value();
            // The id index the page's look-ups need (after an edit, a selection), made beside the
            // rest: it touches only the index, the rest only the entries and names.
            std::jthread indexing([&table = read.table] { table.makeIndex(); });
            read.agency = settings.isAgency();
            read.figures = PaymentTiles::figures(read.table, day);
            read.brands = read.table.namesUsed(PaymentTable::Names::Brand);
            read.creators = read.table.namesUsed(PaymentTable::Names::Creator);
            read.campaigns = read.table.namesUsed(PaymentTable::Names::Campaign);
            indexing.join();
            return read;
        },
        [this, day](const Result<Read> &read) { showRead(read, day); });
    updateHeading();
    if (!m_loaded)
        refilter(); // "reading…" where the rows will be
}

bool PaymentsPage::isReading() const
{
    return m_read->isBusy() || m_firstRows->isBusy();
}

void PaymentsPage::showRead(const Result<Read> &read, const QDate &day)
{
    if (!read) {
        // What was shown stays; showing the page again tries again.
        m_stale = true;
        m_readError = read.error();
        showMessage(asSentence(tr("The payments could not be read: %1").arg(read.error())));
        updateHeading();
        refilter();
        return;
    }
    if (!m_readError.isEmpty())
        showMessage({});
    m_readError.clear();
    m_agency = read->agency;
    applyPerspective();
    offerNames({read->brands, read->creators, read->campaigns});
    m_figures = read->figures;
    m_loaded = true;
    // Shared with the read, not copied; the proxy filters and sorts them, the selection follows.
    m_model->setTable(read->table, day);
    updateHeading();
    refilter();
    if (const qint64 id = std::exchange(m_pendingSelect, 0))
        select(id);
}

void PaymentsPage::updateHeading()
{
    const QString text = tr("as of %1").arg(displayDate(m_loaded ? m_model->asOf() : Clock::today()));
    m_asOf->setText(isReading() ? tr("%1 · reading…").arg(text) : text);
}

void PaymentsPage::applyPerspective()
{
    // A brand workspace has payables only: no direction to choose or show, and no invoices.
    m_direction->setVisible(m_agency);
    if (!m_agency)
        m_direction->setCurrentIndex(0);
    setColumnApplies(m_table, PaymentListModel::Direction, m_agency);
    setColumnApplies(m_table, PaymentListModel::Invoice, m_agency);
    m_invoice->setVisible(m_agency);
    m_invoices->setVisible(m_agency);
    for (QAction *a : {m_invoice, m_invoices})
        m_buttons.value(a)->setVisible(m_agency);
    if (m_agency)
        fitColumnTo(m_table, PaymentListModel::Status, {PaymentListModel::stateName(PaymentState::AwaitingBrand)},
                    StatusChipDelegate::ExtraWidth);
    refitColumns(m_table);
}

void PaymentsPage::offerPaidColumns()
{
    // Only paid payments have a date paid: under Open, Overdue and Due its column would be empty.
    // So would the method and reference, most of the time: there they show only when an open
    // payment has one, and give their width to the names otherwise (an agency's thirteen columns
    // cut every name at 1366 px).
    const auto status = StatusFilter(m_status->currentData().toInt());
    const bool paidShown = status == Paid || status == All;
    setColumnApplies(m_table, PaymentListModel::Paid, paidShown);
    // Looked for once the rows change, not at each key typed in the search (a pass over every entry).
    if (!m_unpaidMethodsKnown) {
        m_unpaidHaveMethods = m_model->table().unpaidHaveMethodOrReference();
        m_unpaidMethodsKnown = true;
    }
    setColumnApplies(m_table, PaymentListModel::MethodReference, paidShown || m_unpaidHaveMethods);
}

void PaymentsPage::refilter()
{
    offerPaidColumns();
    const auto status = StatusFilter(m_status->currentData().toInt());
    QList<PaymentState> states;
    switch (status) {
    case Open:
        states = {PaymentState::Due, PaymentState::Overdue, PaymentState::AwaitingBrand};
        break;
    case Overdue:
        states = {PaymentState::Overdue};
        break;
    case Due:
        states = {PaymentState::Due};
        break;
    case Paid:
        states = {PaymentState::Paid};
        break;
    case All:
        break;
    }
    const int direction = m_direction->currentData().toInt();
    static_cast<PaymentFilterProxy *>(m_proxy)->setConditions(
        states, direction < 0 ? std::nullopt : std::optional(PaymentDirection(direction)));
    rebuildTiles();
    // Empty is a state: say what goes here, or why nothing shows.
    m_filterBar->setVisible(m_model->rowCount() > 0); // nothing to filter yet
    if (showsFirstRowsOnly() && m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table); // the tiles and the other rows follow
    } else if (!m_loaded) {
        m_empty->setText(
            m_readError.isEmpty()
                ? tr("<h3>Reading payments…</h3>")
                : tr("<h3>The payments could not be read</h3><p>%1</p>").arg(asSentence(m_readError).toHtmlEscaped()));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(tr("<h3>No payments yet</h3><p>Payments are the deposits, fees, commissions and points owed "
                            "for creators' work. Draft them from a campaign's creators and their terms with "
                            "<i>Draft Schedule…</i>, or add one with <i>New Payment</i> (Ctrl+Shift+N). Payments "
                            "kept elsewhere come in with <i>File &gt; Import CSV</i> (payments.csv).</p>"));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(status == Open && m_search->text().isEmpty() && m_brand->currentIndex() == 0 &&
                                 m_creator->currentIndex() == 0 && m_campaign->currentIndex() == 0
                             ? tr("<h3>Nothing is open</h3><p>Every payment here is paid. Choose <i>All</i> or "
                                  "<i>Paid</i> to see them.</p>")
                             : tr("<h3>No payments match</h3><p>Nothing matches these filters and search; choose "
                                  "<i>All</i> and clear the search to see every payment.</p>"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    updateActions();
    emit summaryChanged(summary());
}

void PaymentsPage::rebuildTiles()
{
    // Nothing but the status chosen (the tiles show every status): the figures the worker computed
    // with the rows, without a look at each of them here. (None yet while only the first screen is
    // shown: its rows are not every row, so their sums would be wrong.)
    if (showsFirstRowsOnly() ||
        (m_direction->currentIndex() <= 0 && m_search->text().trimmed().isEmpty() && m_brand->currentIndex() <= 0 &&
         m_creator->currentIndex() <= 0 && m_campaign->currentIndex() <= 0 && !m_onlyParticipants)) {
        m_tiles->showFigures(m_figures, m_model->asOf(), m_agency);
        return;
    }
    auto *proxy = static_cast<PaymentFilterProxy *>(m_proxy);
    const PaymentTable &table = m_model->table();
    QList<qsizetype> matching;
    for (int r = 0; r < table.size(); ++r)
        if (proxy->matchesExceptState(r))
            matching << r;
    if (matching.size() == table.size()) { // nothing filtered out: the figures the worker computed
        m_tiles->showFigures(m_figures, m_model->asOf(), m_agency);
        return;
    }
    m_tiles->showFigures(PaymentTiles::figures(table, m_model->asOf(), &matching), m_model->asOf(), m_agency);
}

QString PaymentsPage::tileText(const QString &currency, PaymentDirection direction, PaymentState state) const
{
    return m_tiles->tileText(currency, direction, state);
}

QString PaymentsPage::summary() const
{
    if (showsFirstRowsOnly())
        return tr("The first %n open payment(s) by due date; reading the rest…", nullptr, m_model->rowCount());
    if (!m_loaded)
        return isReading() ? tr("Reading payments…") : QString();
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // %Ln and QLocale: 50,000 rather than 50000.
    const QString noun = tr("%Ln payment(s)", nullptr, all);
    return shown == all ? noun : tr("%1 of %2").arg(QLocale().toString(shown), noun);
}

void PaymentsPage::showOnlyParticipants(const std::optional<QSet<qint64>> &participants)
{
    m_onlyParticipants = participants.has_value();
    static_cast<PaymentFilterProxy *>(m_proxy)->setOnlyIds(PaymentListModel::ParticipantIdRole, participants);
    rebuildTiles();
    emit summaryChanged(summary());
}

void PaymentsPage::select(qint64 id)
{
    if (isReading() || !m_loaded) {
        m_pendingSelect = id; // chosen when the rows arrive (showRead)
        return;
    }
    if (!selectRecord(m_table, PaymentListModel::IdRole, id)) {
        // Shown whatever its status, so "open this payment" always lands on it.
        setStatusFilter(All);
        selectRecord(m_table, PaymentListModel::IdRole, id);
    }
}

QList<qint64> PaymentsPage::selectedIds() const
{
    return selectedRecordIds(m_table, PaymentListModel::IdRole);
}

QList<PaymentRow> PaymentsPage::selectedRows() const
{
    QList<PaymentRow> rows;
    for (qint64 id : selectedIds())
        if (auto r = m_model->rowById(id))
            rows << *r;
    return rows;
}

void PaymentsPage::updateActions()
{
    const bool writable = m_history && m_workspace && !m_workspace->isReadOnly();
    const QList<PaymentRow> rows = selectedRows();
    const bool one = rows.size() == 1;
    m_markPaid->setEnabled(writable && one && !rows.first().isPaid());
    m_new->setEnabled(writable);
    m_draft->setEnabled(writable);
    m_edit->setEnabled(writable && one);
    m_delete->setEnabled(writable && !rows.isEmpty());
    bool invoiceable = !rows.isEmpty();
    for (const PaymentRow &r : rows)
        invoiceable = invoiceable && r.direction == PaymentDirection::Receivable && !r.isPaid() && !r.invoiceId;
    m_invoice->setEnabled(writable && m_agency && invoiceable);
    m_invoices->setEnabled(m_history && m_agency);
}

void PaymentsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PaymentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

} // namespace cd

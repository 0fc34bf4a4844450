#include "PaymentsPage.h"

#include "InvoicesDialog.h"
#include "MarkPaidDialog.h"
#include "PaymentActions.h"
#include "PaymentDialog.h"
#include "commands/EditHistory.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "main/PageParts.h"
#include "main/RecordFilterProxy.h"
#include "models/CampaignListModel.h"
#include "models/PaymentListModel.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {
namespace {
// The palette's roles (design.md), lifted for contrast on a dark window.
enum class Role
{
    Good,
    Attention,
    Bad,
    Info,
    Muted
};
QColor roleColor(Role role, const QWidget *widget)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    switch (role) {
    case Role::Good:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case Role::Attention:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case Role::Bad:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case Role::Info:
        return dark ? QColor(0x4c, 0x8d, 0xff) : QColor(0x09, 0x69, 0xda);
    case Role::Muted:
        break;
    }
    return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81);
}

// The page's filters on top of the search and the brand/creator/campaign columns: which states
// and which direction. The tiles use matchesExceptState(), so they follow every filter but status.
class PaymentFilterProxy : public RecordFilterProxy
{
public:
    PaymentFilterProxy(QWidget *view, QObject *parent) : RecordFilterProxy(parent), m_view(view) {}

    // Both at once, so the rows are filtered once.
    void setConditions(QList<PaymentState> states, std::optional<PaymentDirection> direction)
    {
        if (states == m_states && direction == m_direction)
            return; // a reload filters anyway: 50,000 rows are not filtered twice
        m_states = std::move(states);
        m_direction = direction;
        invalidateFilter();
    }
    // Searches the words people look for (names, invoice, method, reference, notes) in the rows
    // as read, not every formatted column: a keystroke over 50,000 payments stays quick.
    void setSearch(const QString &text)
    {
        m_search = text.trimmed();
        invalidateFilter();
    }
    bool matchesExceptState(int sourceRow) const
    {
        const PaymentRow &r = static_cast<const PaymentListModel *>(sourceModel())->rows().at(sourceRow);
        if (m_direction && r.direction != *m_direction)
            return false;
        if (!m_search.isEmpty()) {
            bool found = false;
            for (const QString *text :
                 {&r.creator, &r.campaign, &r.brand, &r.invoiceNumber, &r.method, &r.reference, &r.notes})
                if (text->contains(m_search, Qt::CaseInsensitive)) {
                    found = true;
                    break;
                }
            if (!found && !PaymentListModel::kindName(r.kind).contains(m_search, Qt::CaseInsensitive))
                return false;
        }
        return RecordFilterProxy::filterAcceptsRow(sourceRow, {});
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            // Overdue rows in the "bad" colour; the status cell says "overdue" too (never colour alone).
            const auto state = PaymentState(index.data(PaymentListModel::StateRole).toInt());
            if (state == PaymentState::Overdue)
                return roleColor(Role::Bad, m_view);
            if (index.column() == PaymentListModel::Status)
                return roleColor(state == PaymentState::Paid            ? Role::Good
                                 : state == PaymentState::AwaitingBrand ? Role::Muted
                                                                        : Role::Attention,
                                 m_view);
        }
        if (role == Qt::FontRole && index.column() == PaymentListModel::Status &&
            PaymentState(index.data(PaymentListModel::StateRole).toInt()) == PaymentState::Overdue) {
            QFont bold = m_view->font();
            bold.setBold(true);
            return bold;
        }
        return RecordFilterProxy::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_states.isEmpty() &&
            !m_states.contains(PaymentState(
                sourceModel()->index(sourceRow, 0, sourceParent).data(PaymentListModel::StateRole).toInt())))
            return false;
        return matchesExceptState(sourceRow);
    }

private:
    QWidget *m_view;
    QList<PaymentState> m_states;
    std::optional<PaymentDirection> m_direction;
    QString m_search;
};

QString tileKey(const QString &currency, PaymentDirection direction, PaymentState state)
{
    return QStringLiteral("%1/%2/%3").arg(currency, wordOf(direction), stateWord(state));
}

// Tiles abbreviate (design.md): "Rp98,5 jt" in Indonesian, "Rp98.5M" in English, the full figure
// on hover. One decimal at most; the symbol is the one Money::format() writes.
QString abbreviated(qint64 minor, const QString &currency)
{
    const int digits = currencyDigits(currency);
    double major = double(minor);
    for (int i = 0; i < digits; ++i)
        major /= 10;
    QString symbol = Money(0, currency).format();
    while (!symbol.isEmpty() &&
           (symbol.back().isDigit() || symbol.back() == QLatin1Char('.') || symbol.back() == QLatin1Char(',')))
        symbol.chop(1);
    const QLocale locale;
    const bool indonesian = locale.language() == QLocale::Indonesian;
    struct Step
    {
        double size;
        const char *english, *indonesian;
    };
    static const Step steps[] = {{1e12, "T", " T"}, {1e9, "B", " M"}, {1e6, "M", " jt"}, {1e3, "K", " rb"}};
    for (const Step &step : steps)
        if (std::abs(major) >= step.size) {
            QString number = locale.toString(major / step.size, 'f', 1);
            const QString zero = QString(locale.decimalPoint()) + QLatin1Char('0');
            if (number.endsWith(zero))
                number.chop(zero.size());
            return symbol + number + QLatin1String(indonesian ? step.indonesian : step.english);
        }
    return Money(minor, currency).format();
}

// A figure (abbreviated, in full on hover) and a line under it, on the raised surface.
QFrame *makeTile(QWidget *parent, qint64 amount, const QString &currency, const QString &detail,
                 const QColor &valueColour, const QString &tip)
{
    auto *tile = new QFrame(parent);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setBackgroundRole(QPalette::AlternateBase);
    tile->setAutoFillBackground(true);
    tile->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(Money(amount, currency).format(), tip.toHtmlEscaped()));
    tile->setMinimumWidth(130);
    auto *valueLabel = new QLabel(abbreviated(amount, currency), tile);
    valueLabel->setObjectName(QStringLiteral("tileValue"));
    QFont big = valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    valueLabel->setFont(big);
    if (valueColour.isValid()) {
        QPalette p = valueLabel->palette();
        p.setColor(QPalette::WindowText, valueColour);
        valueLabel->setPalette(p);
    }
    auto *detailLabel = new QLabel(detail, tile);
    QPalette secondary = detailLabel->palette();
    secondary.setColor(QPalette::WindowText, roleColor(Role::Muted, parent));
    detailLabel->setPalette(secondary);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(0);
    layout->addWidget(valueLabel);
    layout->addWidget(detailLabel);
    return tile;
}

QLabel *makeCaption(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, roleColor(Role::Muted, parent));
    label->setPalette(p);
    return label;
}
} // namespace

PaymentsPage::PaymentsPage(Workspace *workspace, EditHistory *history, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_history(history)
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_model = new PaymentListModel(workspace, this);
    auto *proxy = new PaymentFilterProxy(this, this);
    m_proxy = proxy;
    proxy->setSourceModel(m_model);
    proxy->setSortRole(PaymentListModel::SortRole);
    proxy->setSortLocaleAware(true);
    m_runDialog = [](QDialog &d) { return d.exec(); };

    // The heading and the answer.
    QLabel *heading = makePageTitle(tr("Payments"), this);
    m_asOf = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(16);
    top->addWidget(m_asOf);
    top->addStretch();
    m_tiles = new QWidget(this);
    m_tiles->setObjectName(QStringLiteral("paymentTiles"));
    m_tilesLayout = new QGridLayout(m_tiles);
    m_tilesLayout->setContentsMargins(0, 0, 0, 0);
    m_tilesLayout->setHorizontalSpacing(8);
    m_tilesLayout->setColumnStretch(5, 1); // the ageing bar takes the rest

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
    for (QComboBox *box : {m_brand, m_creator, m_campaign}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(240);
    }
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search creators, campaigns, invoices, references…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search payments"));
    m_search->setMinimumWidth(220);
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
    const int widths[PaymentListModel::ColumnCount] = {80, 95, 95, 85, 110, 150, 120, 80, 110, 95, 110, 95, 110, 140};
    for (int c = 0; c < PaymentListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    rememberHeaderState(m_table, QStringLiteral("payments/header"));
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
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("paymentsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentsPage::reloaded);
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
    setStatusFilter(Open);
    reloaded();
}

void PaymentsPage::setStatusFilter(StatusFilter filter)
{
    m_status->setCurrentIndex(m_status->findData(filter));
    refilter();
}

void PaymentsPage::fillColumnBox(QComboBox *box, int column, const QString &allText)
{
    const QString current = box->currentData().toString();
    QStringList values;
    QSet<QString> seen;
    for (const PaymentRow &r : m_model->rows()) {
        const QString &value = column == PaymentListModel::Brand     ? r.brand
                               : column == PaymentListModel::Creator ? r.creator
                                                                     : r.campaign;
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values << value;
        }
    }
    values.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString &value : std::as_const(values))
        box->addItem(value, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    // Only when the value is gone from the list: each change filters every row again.
    if (box->currentData().toString() != current)
        static_cast<RecordFilterProxy *>(m_proxy)->setColumnValue(column, box->currentData().toString());
}

void PaymentsPage::reloaded()
{
    if (m_workspace) {
        QSqlDatabase db = m_workspace->db();
        m_agency = MoneySettings::read(db).isAgency();
    }
    // A brand workspace has payables only: no direction to choose or show, and no invoices.
    m_direction->setVisible(m_agency);
    if (!m_agency)
        m_direction->setCurrentIndex(0);
    m_table->setColumnHidden(PaymentListModel::Direction, !m_agency);
    m_table->setColumnHidden(PaymentListModel::Invoice, !m_agency);
    m_invoice->setVisible(m_agency);
    m_invoices->setVisible(m_agency);
    for (QAction *a : {m_invoice, m_invoices})
        m_buttons.value(a)->setVisible(m_agency);
    fillColumnBox(m_brand, PaymentListModel::Brand, tr("All brands"));
    fillColumnBox(m_creator, PaymentListModel::Creator, tr("All creators"));
    fillColumnBox(m_campaign, PaymentListModel::Campaign, tr("All campaigns"));
    m_asOf->setText(tr("as of %1").arg(PaymentListModel::displayDate(m_model->asOf())));
    if (!m_model->error().isEmpty())
        showMessage(asSentence(m_model->error()));
    refilter();
}

void PaymentsPage::refilter()
{
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
    if (m_model->rowCount() == 0) {
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
    // Rebuilt whole: a handful of widgets per currency, far cheaper than the table beside it.
    while (QLayoutItem *item = m_tilesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_tileTexts.clear();
    auto *proxy = static_cast<PaymentFilterProxy *>(m_proxy);
    QList<PaymentRow> shown[2]; // by direction: payables, receivables
    const QList<PaymentRow> &rows = m_model->rows();
    for (int r = 0; r < rows.size(); ++r)
        if (proxy->matchesExceptState(r))
            shown[int(rows.at(r).direction)] << rows.at(r);
    const QDate asOf = m_model->asOf();
    const QString asOfText = PaymentListModel::displayDate(asOf);
    QList<std::pair<PaymentDirection, OpenTotals>> groups;
    // Receivables first: in an agency the brands' money comes in before the creators are paid.
    for (PaymentDirection direction : {PaymentDirection::Receivable, PaymentDirection::Payable})
        for (const OpenTotals &t : totalsByCurrency(shown[int(direction)], asOf))
            groups.append({direction, t});
    if (groups.isEmpty())
        return;
    // The captions once, over aligned columns: one row per direction and currency.
    enum
    {
        GroupColumn,
        OverdueColumn,
        DueColumn,
        AwaitingColumn,
        PaidColumn,
        AgeingColumn
    };
    const bool named = m_agency || groups.size() > 1;
    m_tilesLayout->addWidget(makeCaption(m_tiles, tr("Overdue")), 0, OverdueColumn);
    m_tilesLayout->addWidget(makeCaption(m_tiles, tr("Due")), 0, DueColumn);
    if (m_agency)
        m_tilesLayout->addWidget(makeCaption(m_tiles, tr("Awaiting brand")), 0, AwaitingColumn);
    m_tilesLayout->addWidget(makeCaption(m_tiles, tr("Paid")), 0, PaidColumn);
    m_tilesLayout->addWidget(makeCaption(m_tiles, tr("Open by days overdue")), 0, AgeingColumn);
    int row = 1;
    for (const auto &[direction, t] : groups) {
        const QList<PaymentRow> &list = shown[int(direction)];
        int counts[4] = {}; // overdue, due, awaiting, paid
        for (const PaymentRow &r : list)
            if (r.currency == t.currency)
                ++counts[r.state(asOf) == PaymentState::Overdue         ? 0
                         : r.state(asOf) == PaymentState::Due           ? 1
                         : r.state(asOf) == PaymentState::AwaitingBrand ? 2
                                                                        : 3];
        if (named) {
            const QString who = !m_agency                                   ? QString()
                                : direction == PaymentDirection::Receivable ? tr("Brands owe you")
                                                                            : tr("You owe creators");
            auto *group = new QLabel(who.isEmpty() ? QStringLiteral("<b>%1</b>").arg(t.currency)
                                                   : QStringLiteral("<b>%1</b><br>%2").arg(who, t.currency),
                                     m_tiles);
            m_tilesLayout->addWidget(group, row, GroupColumn);
        }
        const auto add = [&](PaymentState state, int column, qint64 amount, int count, Role role, const QString &tip) {
            m_tileTexts.insert(tileKey(t.currency, direction, state), Money(amount, t.currency).format());
            QFrame *tile = makeTile(m_tiles, amount, t.currency, tr("%n payment(s)", nullptr, count),
                                    amount > 0 ? roleColor(role, this) : QColor(), tip);
            tile->setObjectName(QStringLiteral("tile_%1").arg(tileKey(t.currency, direction, state)));
            m_tilesLayout->addWidget(tile, row, column);
        };
        add(PaymentState::Overdue, OverdueColumn, t.overdue, counts[0], Role::Bad,
            tr("Open payments due before %1").arg(asOfText));
        add(PaymentState::Due, DueColumn, t.due, counts[1], Role::Attention,
            tr("Open payments due on or after %1").arg(asOfText));
        if (direction == PaymentDirection::Payable && m_agency)
            add(PaymentState::AwaitingBrand, AwaitingColumn, t.awaitingBrand, counts[2], Role::Muted,
                tr("Creators' shares that fall due once the brand pays its receivable"));
        add(PaymentState::Paid, PaidColumn, t.paid, counts[3], Role::Good,
            tr("Payments paid on or before %1").arg(asOfText));

        // The open amounts by days overdue: a bar of the buckets and their figures.
        qint64 buckets[AgeingBucketCount] = {};
        for (const AgeingRow &a : ageing(list, asOf))
            if (a.currency == t.currency && a.direction == direction)
                for (int b = 0; b < AgeingBucketCount; ++b)
                    buckets[b] += a.buckets[b];
        qint64 open = 0;
        for (qint64 b : buckets)
            open += b;
        auto *age = new QWidget(m_tiles);
        age->setObjectName(QStringLiteral("ageing_%1_%2").arg(t.currency, wordOf(direction)));
        age->setToolTip(tr("Open gross of due and overdue payments by days overdue as of %1 (awaiting the brand "
                           "is left out)")
                            .arg(asOfText));
        auto *ageLayout = new QGridLayout(age);
        ageLayout->setContentsMargins(8, 4, 0, 4);
        ageLayout->setHorizontalSpacing(2);
        ageLayout->setVerticalSpacing(4);
        const QString names[AgeingBucketCount] = {tr("current"), tr("1–30 days"), tr("31–60"), tr("61–90"), tr("90+")};
        const Role roles[AgeingBucketCount] = {Role::Info, Role::Attention, Role::Bad, Role::Bad, Role::Bad};
        for (int b = 0; b < AgeingBucketCount; ++b) {
            auto *bar = new QFrame(age);
            bar->setFixedHeight(8);
            bar->setAutoFillBackground(true);
            QPalette p = bar->palette();
            p.setColor(QPalette::Window,
                       buckets[b] > 0 ? roleColor(roles[b], this) : palette().color(QPalette::Midlight));
            bar->setPalette(p);
            ageLayout->addWidget(bar, 0, b);
            auto *figure = new QLabel(tr("%1<br><b>%2</b>").arg(names[b], abbreviated(buckets[b], t.currency)), age);
            figure->setObjectName(QStringLiteral("ageingBucket%1").arg(b));
            figure->setToolTip(Money(buckets[b], t.currency).format());
            ageLayout->addWidget(figure, 1, b);
            // Wider for more money, so the eye finds where it sits; never too thin to read.
            ageLayout->setColumnStretch(b, open > 0 ? int(10 + 90 * buckets[b] / open) : 1);
        }
        m_tilesLayout->addWidget(age, row, AgeingColumn);
        ++row;
    }
}

QString PaymentsPage::tileText(const QString &currency, PaymentDirection direction, PaymentState state) const
{
    return m_tileTexts.value(tileKey(currency, direction, state));
}

QString PaymentsPage::summary() const
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString noun = tr("%n payment(s)", nullptr, all);
    return shown == all ? noun : tr("%1 of %2").arg(shown).arg(noun);
}

void PaymentsPage::select(qint64 id)
{
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
        if (const PaymentRow *r = m_model->rowById(id))
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

int PaymentsPage::run(QDialog &dialog)
{
    return m_runDialog(dialog);
}

void PaymentsPage::markPaidSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.size() != 1 || !m_history || rows.first().isPaid())
        return;
    MarkPaidDialog dialog(*m_history, rows.first(), this);
    if (run(dialog) == QDialog::Accepted) {
        const PaymentRow &r = rows.first();
        showMessage(dialog.restId() ? tr("Part of %1's %2 paid; the rest stays open. Undo with Ctrl+Z.")
                                          .arg(r.party(), PaymentListModel::kindName(r.kind).toLower())
                                    : tr("%1's %2 marked paid. Undo with Ctrl+Z.")
                                          .arg(r.party(), PaymentListModel::kindName(r.kind).toLower()));
    }
}

QString PaymentsPage::recordName() const
{
    return tr("Payment");
}

void PaymentsPage::addRecord()
{
    if (!m_history || m_workspace->isReadOnly())
        return;
    PaymentDialog dialog(*m_history, std::nullopt, false, this);
    if (run(dialog) == QDialog::Accepted)
        select(dialog.paymentId());
}

void PaymentsPage::editSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.isEmpty() || !m_history)
        return;
    PaymentDialog dialog(*m_history, rows.first(), false, this);
    if (m_workspace->isReadOnly())
        dialog.saveButton()->setEnabled(false);
    run(dialog);
}

void PaymentsPage::duplicateSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.size() != 1 || !m_history || m_workspace->isReadOnly())
        return;
    // Another instalment like this one: same creator, campaign, kind and amount, new due date.
    PaymentDialog dialog(*m_history, rows.first(), true, this);
    if (run(dialog) == QDialog::Accepted)
        select(dialog.paymentId());
}

void PaymentsPage::deleteSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.isEmpty() || !m_history || m_workspace->isReadOnly())
        return;
    QStringList kept;
    QList<PaymentRow> deletable;
    for (const PaymentRow &r : rows) {
        const QString why = PaymentActions::whyKept(r);
        if (why.isEmpty())
            deletable << r;
        else
            kept << asSentence(why);
    }
    if (deletable.isEmpty()) {
        ask::warn(this, tr("Delete Payment"), kept.join(QLatin1Char('\n')));
        return;
    }
    QString question = tr("Delete %n payment(s)?", nullptr, int(deletable.size()));
    if (!kept.isEmpty())
        question += QStringLiteral("\n\n") + tr("Kept:") + QLatin1Char('\n') + kept.join(QLatin1Char('\n'));
    if (ask::question(this, tr("Delete Payment"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    if (Status s = PaymentActions::remove(*m_history, deletable); !s)
        ask::warn(this, tr("Delete Payment"), asSentence(s.error()));
}

void PaymentsPage::createInvoiceFromSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.isEmpty() || !m_history || !m_agency)
        return;
    qint64 total = 0;
    for (const PaymentRow &r : rows)
        total += r.amount;
    const PaymentRow &first = rows.first();
    if (ask::question(this, tr("Create Invoice"),
                      tr("Invoice %1 for %n receivable(s), %2 before VAT? The invoice gets the next number; undo "
                         "voids it.",
                         nullptr, int(rows.size()))
                          .arg(first.brand, Money(total, first.currency).format()),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                      {{QMessageBox::Yes, tr("Create Invoice")}}) != QMessageBox::Yes)
        return;
    auto id = PaymentActions::createInvoice(*m_history, rows);
    if (!id) {
        ask::warn(this, tr("Create Invoice"), asSentence(id.error()));
        return;
    }
    QSqlDatabase db = m_workspace->db();
    if (auto invoice = readInvoice(db, id.value()))
        showMessage(tr("Invoice %1 for %2: %3, due %4. Export it as a PDF from Invoices….")
                        .arg(invoice->number, invoice->brand, Money(invoice->total(), invoice->currency).format(),
                             PaymentListModel::displayDate(invoice->due)));
}

void PaymentsPage::showInvoices()
{
    if (!m_history)
        return;
    InvoicesDialog dialog(*m_history, this);
    run(dialog);
}

void PaymentsPage::draftSchedule()
{
    if (!m_history || m_workspace->isReadOnly())
        return;
    CampaignListModel campaigns(m_workspace);
    QStringList names;
    QList<qint64> ids;
    for (int r = 0; r < campaigns.rowCount(); ++r) {
        names << campaigns.index(r, CampaignListModel::Name).data().toString();
        ids << campaigns.index(r, CampaignListModel::Name).data(CampaignListModel::IdRole).toLongLong();
    }
    if (names.isEmpty()) {
        ask::warn(this, tr("Draft Schedule"),
                  tr("There are no campaigns yet. Add one on the Campaigns page, with creators and their fees."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Draft Schedule"), tr("Draft the payments of every confirmed creator in:"), names, 0, false, &ok);
    if (!ok)
        return;
    auto report = PaymentActions::draftCampaign(*m_history, ids.at(names.indexOf(chosen)));
    if (!report) {
        ask::warn(this, tr("Draft Schedule"), asSentence(report.error()));
        return;
    }
    QString text = report->changes() == 0 ? tr("%1: the schedule already matches the terms.").arg(chosen)
                                          : tr("%1: %2 added, %3 updated, %4 removed.")
                                                .arg(chosen)
                                                .arg(report->added)
                                                .arg(report->updated)
                                                .arg(report->removed);
    if (!report->skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1.").arg(report->skipped.join(QStringLiteral("; ")));
    showMessage(text);
}

} // namespace cd

#include "PaymentListModel.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/FreeMemory.h"
#include "common/Money.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {
namespace {
// Sorting the status column puts what needs doing first.
int urgency(PaymentState state)
{
    switch (state) {
    case PaymentState::Overdue:
        return 0;
    case PaymentState::Due:
        return 1;
    case PaymentState::AwaitingBrand:
        return 2;
    case PaymentState::Paid:
        break;
    }
    return 3;
}

bool isNumberColumn(int column)
{
    return column == PaymentListModel::DaysOverdue || column == PaymentListModel::Amount ||
           column == PaymentListModel::Withheld || column == PaymentListModel::Net;
}
} // namespace

PaymentListModel::PaymentListModel(Workspace *workspace, QObject *parent, bool shown)
    : QAbstractTableModel(parent), m_workspace(workspace), m_shown(shown), m_stale(true), m_fed(!workspace)
{
    if (m_fed) {
        m_asOf = Clock::today();
        m_asOfSet = true;
        m_stale = false;
        return;
    }
    connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
        for (const char *kind : {"payments", "invoices", "participants", "campaigns", "creators", "brands"})
            if (kinds.contains(QLatin1String(kind))) {
                reloadWhenShown();
                return;
            }
    });
    reloadWhenShown();
}

void PaymentListModel::setRows(const QList<PaymentRow> &rows, const QDate &asOf)
{
    setTable(PaymentTable::fromRows(rows), asOf);
}

void PaymentListModel::setTable(PaymentTable table, const QDate &asOf)
{
    beginResetModel();
    PaymentTable replaced = std::exchange(m_table, std::move(table));
    m_asOf = asOf;
    m_asOfSet = true;
    m_error.clear();
    m_stale = false;
    endResetModel();
    const qsizetype entries = replaced.size();
    freeInBackground(std::move(replaced), entries);
}

void PaymentListModel::setShown(bool shown)
{
    m_shown = shown;
    if (shown && m_stale)
        reload();
}

void PaymentListModel::reloadWhenShown()
{
    m_stale = true;
    if (m_shown)
        reload();
}

void PaymentListModel::setAsOf(const QDate &date)
{
    if (m_fed) { // the same rows, their statuses as of another day
        setTable(m_table, date.isValid() ? date : Clock::today());
        return;
    }
    m_asOfSet = date.isValid();
    m_asOf = date;
    reloadWhenShown();
}

void PaymentListModel::setFilter(const PaymentFilter &filter)
{
    m_filter = filter;
    reloadWhenShown();
}

void PaymentListModel::reload()
{
    if (m_fed)
        return; // fed by setRows(): there is nothing here to read from
    m_stale = false;
    beginResetModel();
    m_table = {};
    m_error.clear();
    if (!m_asOfSet) // follows the clock, so a window left open overnight moves to the new day
        m_asOf = Clock::today();
    if (m_workspace) {
        QSqlDatabase db = m_workspace->db();
        if (auto table = readPaymentTable(db, MoneySettings::read(db), m_filter))
            m_table = std::move(table).value();
        else
            m_error = table.error();
    }
    endResetModel();
}

bool PaymentListModel::applyRows(const QList<qint64> &ids, const PaymentTable &read)
{
    bool namesMayChange = false;
    const auto changedAt = [this](qsizetype at) {
        emit dataChanged(index(int(at), 0), index(int(at), ColumnCount - 1));
    };
    for (const qint64 id : ids) {
        const qsizetype now = read.indexOf(id);
        qsizetype at = m_table.indexOf(id);
        const bool receivable = at >= 0 ? m_table.at(at).direction() == PaymentDirection::Receivable
                                        : now >= 0 && read.at(now).direction() == PaymentDirection::Receivable;
        if (now >= 0 && at >= 0) {
            const PaymentTable::Entry &was = m_table.at(at);
            const PaymentRow row = read.row(now);
            namesMayChange = namesMayChange || was.participantId != row.participantId;
            m_table.replace(at, row);
            changedAt(at);
        } else if (now >= 0) {
            at = m_table.size();
            beginInsertRows({}, int(at), int(at));
            m_table.append(read.row(now));
            endInsertRows();
            namesMayChange = true;
        } else if (at >= 0) {
            beginRemoveRows({}, int(at), int(at));
            m_table.remove(at);
            endRemoveRows();
            namesMayChange = true;
        }
        if (receivable)
            for (const qsizetype follower :
                 m_table.followReceivable(id, now >= 0 ? read.at(now).paid : PaymentTable::NoDay, now < 0))
                changedAt(follower);
    }
    return namesMayChange;
}

std::optional<PaymentRow> PaymentListModel::rowById(qint64 id) const
{
    const qsizetype at = m_table.indexOf(id);
    return at < 0 ? std::nullopt : std::optional(m_table.row(at));
}

int PaymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.size());
}

QModelIndex PaymentListModel::index(int row, int column, const QModelIndex &parent) const
{
    return !parent.isValid() && row >= 0 && row < m_table.size() && column >= 0 && column < ColumnCount
               ? createIndex(row, column)
               : QModelIndex();
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentListModel::stateName(PaymentState state)
{
    switch (state) {
    case PaymentState::Paid:
        return tr("Paid");
    case PaymentState::Due:
        return tr("Due");
    case PaymentState::Overdue:
        return tr("Overdue");
    case PaymentState::AwaitingBrand:
        return tr("Awaiting brand");
    }
    return {};
}

QString PaymentListModel::kindName(PaymentKind kind)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("PaymentListModel", "Deposit"),    QT_TRANSLATE_NOOP("PaymentListModel", "Fee"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Commission"), QT_TRANSLATE_NOOP("PaymentListModel", "Points"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Kill fee"),   QT_TRANSLATE_NOOP("PaymentListModel", "Reimbursement"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Other")};
    return QCoreApplication::translate("PaymentListModel", names[static_cast<int>(kind)]);
}

QString PaymentListModel::directionName(PaymentDirection direction)
{
    return direction == PaymentDirection::Receivable ? tr("Receivable") : tr("Payable");
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.size())
        return {};
    const PaymentTable::Entry &r = m_table.at(index.row());
    const PaymentTiming timing = r.timing();
    const int column = index.column();
    switch (role) {
    case IdRole:
        return r.id;
    case ParticipantIdRole:
        return r.participantId;
    case StateRole:
        return static_cast<int>(paymentState(timing, m_asOf));
    case DirectionRole:
        return static_cast<int>(r.direction());
    case StateWordRole: {
        static const char *const words[] = {"paid", "due", "overdue", "awaiting_brand"};
        return QLatin1String(words[static_cast<int>(paymentState(timing, m_asOf))]);
    }
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (column) {
        case Status:
            return urgency(paymentState(timing, m_asOf));
        case Due:
            // Rows without a due date (awaiting the brand) come after every dated one.
            return timing.due.isValid() ? timing.due : QDate(9999, 12, 31);
        case DaysOverdue:
            return daysOverdue(timing, m_asOf).value_or(-1);
        case Amount:
            return r.amount;
        case Withheld:
            return r.withheld;
        case Net:
            return r.net();
        case Paid:
            return timing.paid;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Status: {
        const PaymentState state = paymentState(timing, m_asOf);
        if (role == Qt::ToolTipRole && state == PaymentState::AwaitingBrand)
            return tr("Due once the brand pays its receivable");
        return stateName(state);
    }
    case Due:
        return displayDate(timing.due);
    case DaysOverdue: {
        const auto days = daysOverdue(timing, m_asOf);
        return days ? QVariant(QLocale().toString(*days)) : QVariant(QString());
    }
    case Direction:
        return directionName(r.direction());
    case Brand:
        return m_table.brand(r);
    case Campaign:
        return m_table.campaign(r);
    case Creator:
        return m_table.creator(r);
    case Kind:
        return kindName(r.kind());
    case Amount:
        return Money(r.amount, m_table.currency(r)).format();
    case Withheld:
        if (role == Qt::ToolTipRole && !r.isPaid() && r.withheld > 0)
            return tr("Estimated from today's rates; fixed when paid");
        return Money(r.withheld, m_table.currency(r)).format();
    case Net:
        return Money(r.net(), m_table.currency(r)).format();
    case Paid:
        return displayDate(timing.paid);
    case Invoice:
        return m_table.invoiceNumber(r);
    case MethodReference: {
        const QStringView method = m_table.text(r.method), reference = m_table.text(r.reference);
        if (method.isEmpty() || reference.isEmpty())
            return method.isEmpty() ? reference.toString() : method.toString();
        return method.toString().append(QStringLiteral(" · ")).append(reference);
    }
    }
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && section == Amount)
        return tr("Gross: before tax is withheld");
    if (role == Qt::ToolTipRole && section == DaysOverdue)
        return tr("Days overdue");
    if (role == Qt::ToolTipRole && section == Paid)
        return tr("The day it was paid");
    // The others say their title whole: a narrow window ends a long one in "…".
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    static const char *const names[ColumnCount] = {
        QT_TRANSLATE_NOOP("PaymentListModel", "Status"),  QT_TRANSLATE_NOOP("PaymentListModel", "Due"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Late"),    QT_TRANSLATE_NOOP("PaymentListModel", "Direction"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Brand"),   QT_TRANSLATE_NOOP("PaymentListModel", "Campaign"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Creator"), QT_TRANSLATE_NOOP("PaymentListModel", "Kind"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Amount"),  QT_TRANSLATE_NOOP("PaymentListModel", "Withheld"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Net"),     QT_TRANSLATE_NOOP("PaymentListModel", "Paid"),
        QT_TRANSLATE_NOOP("PaymentListModel", "Invoice"), QT_TRANSLATE_NOOP("PaymentListModel", "Method / reference")};
    return QCoreApplication::translate("PaymentListModel", names[section]);
}

} // namespace cd

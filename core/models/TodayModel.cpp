#include "TodayModel.h"

#include <QLocale>

#include <algorithm>

#include "common/Dates.h"
#include "common/FreeMemory.h"
#include "models/PaymentListModel.h"

namespace cd {
namespace {
// Items carry their section's row + 1 as internal id; sections carry 0.
constexpr quintptr SectionTag = 0;
} // namespace

TodayModel::TodayModel(QObject *parent) : QAbstractItemModel(parent) {}

void TodayModel::setSections(QList<TodaySectionItems> sections, const QDate &asOf, unsigned previewed)
{
    beginResetModel();
    QList<TodaySectionItems> replaced = std::exchange(m_sections, std::move(sections));
    m_asOf = asOf;
    m_previewed = previewed;
    endResetModel();
    // The large demo's 17,000 items, strings each: freeing them was 60% of the GUI thread's work
    // in a re-read.
    qsizetype items = 0;
    for (const TodaySectionItems &section : std::as_const(replaced))
        items += section.items.size();
    freeInBackground(std::move(replaced), items);
}

bool TodayModel::isLate(const TodayItem &item) const
{
    return isTodayItemLate(item, m_asOf);
}

int TodayModel::shown(int s) const
{
    const TodaySectionItems &section = m_sections.at(s);
    const auto held = int(section.items.size());
    return (m_previewed & todaySectionBit(section.section)) ? std::min(held, PreviewRows) : held;
}

const TodayItem *TodayModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == SectionTag)
        return nullptr;
    const int s = int(index.internalId() - 1);
    return index.row() < shown(s) ? &m_sections.at(s).items.at(index.row()) : nullptr;
}

QModelIndex TodayModel::find(const QString &record, qint64 id) const
{
    for (int s = 0; s < m_sections.size(); ++s)
        for (int i = 0; i < shown(s); ++i)
            if (m_sections.at(s).items.at(i).record == record && m_sections.at(s).items.at(i).id == id)
                return createIndex(i, 0, quintptr(s + 1));
    return {};
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionTag);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionTag);
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != SectionTag || parent.column() != 0)
        return 0;
    // A section that shows fewer items than it counts ends with a row that offers the others.
    const int items = shown(parent.row());
    return items + (items < m_sections.at(parent.row()).count() ? 1 : 0);
}

bool TodayModel::isMoreRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != SectionTag && index.row() == shown(int(index.internalId() - 1));
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == SectionTag) {
        const TodaySectionItems &s = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            // "Late (12)": the count beside the title, as every section shows one even when 0.
            return index.column() == What
                       ? QStringLiteral("%1 (%2)").arg(todaySectionTitle(s.section), QLocale().toString(s.count()))
                       : QVariant();
        case Qt::AccessibleTextRole:
            return index.column() == What
                       ? tr("%1: %n item(s)", nullptr, int(s.count())).arg(todaySectionTitle(s.section))
                       : QVariant();
        case IsSectionRole:
            return true;
        case SectionRole:
            return int(s.section);
        case CountRole:
            return int(s.count());
        default:
            return {};
        }
    }
    if (isMoreRow(index)) {
        const TodaySectionItems &s = m_sections.at(int(index.internalId() - 1));
        const int listed = shown(int(index.internalId() - 1));
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == What ? tr("Show the other %Ln…", nullptr, int(s.count() - listed)) : QVariant();
        case Qt::ToolTipRole:
            return tr("The first %Ln are listed, most urgent first. Press Enter to list all %1.", nullptr, listed)
                .arg(QLocale().toString(s.count()));
        case IsSectionRole:
            return false;
        case IsMoreRole:
            return true;
        case SectionRole:
            return int(s.section);
        default:
            return {};
        }
    }
    const TodayItem *it = item(index);
    if (!it)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case What:
            return it->what;
        case Creator:
            return it->creator;
        case Campaign:
            return it->campaign.isEmpty() ? it->brand : it->campaign;
        case Date:
            return it->date.isValid() ? displayDate(it->date) : QString();
        case Detail:
            return it->detail;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return it->brand.isEmpty() ? it->detail : tr("%1 — %2").arg(it->brand, it->detail);
    case IsSectionRole:
    case IsMoreRole:
        return false;
    case SectionRole:
        return int(it->section);
    case RecordRole:
        return it->record;
    case IdRole:
        return it->id;
    case LateRole:
        return isLate(*it);
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case What:
        return tr("What");
    case Creator:
        return tr("Creator");
    case Campaign:
        return tr("Campaign or brand");
    case Date:
        return tr("Date");
    case Detail:
        return tr("Why now");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd

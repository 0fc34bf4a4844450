#include "PaymentTable.h"

#include "common/Names.h"

#include <QSet>

#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

namespace cd {
void PaymentTable::changed()
{
    static std::atomic<quint64> generations{0};
    m_generation = ++generations;
}

PaymentTiming PaymentTable::Entry::timing() const
{
    return {dateOfDayNumber(due), dateOfDayNumber(paid), receivableId != 0, dateOfDayNumber(receivablePaid)};
}

const QString &PaymentTable::party(const Entry &e) const
{
    return e.direction() == PaymentDirection::Receivable ? brand(e) : creator(e);
}

PaymentRow PaymentTable::row(qsizetype i) const
{
    const Entry &e = m_entries.at(i);
    const Campaign &c = m_campaigns.at(e.campaign);
    const Creator &cr = m_creators.at(e.creator);
    PaymentRow r;
    r.id = e.id;
    r.participantId = e.participantId;
    r.campaignId = c.id;
    r.brandId = m_brands.at(c.brand).id;
    r.creatorId = cr.id;
    r.campaign = c.name;
    r.brand = m_brands.at(c.brand).name;
    r.creator = cr.name;
    r.kind = e.kind();
    r.direction = e.direction();
    r.origin = e.origin();
    r.amount = e.amount;
    r.currency = m_currencies.at(c.currency);
    r.timing = e.timing();
    r.method = text(e.method).toString();
    r.reference = text(e.reference).toString();
    r.notes = text(e.notes).toString();
    r.receivableId = e.receivableId;
    r.invoiceId = e.invoiceId;
    r.invoiceNumber = invoiceNumber(e);
    r.withheld = e.withheld;
    r.payee = cr.payee;
    return r;
}

QList<PaymentRow> PaymentTable::rows() const
{
    QList<PaymentRow> rows;
    rows.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        rows << row(i);
    return rows;
}

void PaymentTable::makeIndex() const
{
    // Looking up each of thousands of selected rows by a scan of 50,000 would take seconds. The ids
    // are sorted beside their places, side by side in memory, rather than places compared through
    // the entries they point to (a cache miss each: 20-24 ms at 127,328 payments).
    if (!m_sortedIds.isEmpty() || m_entries.isEmpty())
        return;
    std::vector<std::pair<qint64, qint32>> byId;
    byId.reserve(std::size_t(m_entries.size()));
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        byId.emplace_back(m_entries.at(i).id, qint32(i));
    std::sort(byId.begin(), byId.end());
    m_sortedIds.reserve(m_entries.size());
    m_placeOfSorted.reserve(m_entries.size());
    for (const auto &[id, place] : byId) {
        m_sortedIds << id;
        m_placeOfSorted << place;
    }
}

qsizetype PaymentTable::indexOf(qint64 id) const
{
    makeIndex();
    const auto found = std::lower_bound(m_sortedIds.cbegin(), m_sortedIds.cend(), id);
    return found != m_sortedIds.cend() && *found == id ? m_placeOfSorted.at(found - m_sortedIds.cbegin()) : -1;
}

void PaymentTable::forgetPlaces() const
{
    m_sortedIds = {}; // clear() would keep the room
    m_placeOfSorted = {};
}

qint32 PaymentTable::brandAt(qint64 id)
{
    if (const qint32 at = m_brandAt.value(id, -1); at >= 0)
        return at;
    addBrand(id, {});
    return qint32(m_brands.size() - 1);
}

void PaymentTable::addBrand(qint64 id, const QString &name)
{
    changed();
    if (const qint32 at = m_brandAt.value(id, -1); at >= 0) {
        m_brands[at].name = name;
        return;
    }
    m_brandAt.insert(id, qint32(m_brands.size()));
    m_brands.append({id, name});
}

qint32 PaymentTable::addCampaign(qint64 id, const QString &name, const QString &currency, qint64 brandId)
{
    changed();
    qsizetype code = m_currencies.indexOf(currency); // a handful
    if (code < 0) {
        code = m_currencies.size();
        m_currencies << currency;
    }
    const Campaign campaign{id, name, qint32(code), brandAt(brandId)};
    if (const qint32 at = m_campaignAt.value(id, -1); at >= 0) {
        m_campaigns[at] = campaign;
        return at;
    }
    m_campaignAt.insert(id, qint32(m_campaigns.size()));
    m_campaigns.append(campaign);
    return qint32(m_campaigns.size() - 1);
}

qint32 PaymentTable::addCreator(qint64 id, const QString &name, const Payee &payee)
{
    changed();
    if (const qint32 at = m_creatorAt.value(id, -1); at >= 0) {
        m_creators[at] = {id, name, payee};
        return at;
    }
    m_creatorAt.insert(id, qint32(m_creators.size()));
    m_creators.append({id, name, payee});
    return qint32(m_creators.size() - 1);
}

PaymentTable::Text PaymentTable::addText(QStringView text)
{
    if (text.isEmpty())
        return {};
    const Text t{qint32(m_texts.size()), qint32(text.size())};
    m_texts.append(text);
    return t;
}

void PaymentTable::addInvoice(qint64 id, const QString &number)
{
    changed();
    m_invoices.insert(id, number);
}

void PaymentTable::appendEntry(const Entry &e)
{
    // An index made already takes the new id in its place (the GUI thread made it again, 20-24 ms
    // at 127,328 payments, at the first look-up after a payment was added).
    if (!m_sortedIds.isEmpty()) {
        const qsizetype at = std::lower_bound(m_sortedIds.cbegin(), m_sortedIds.cend(), e.id) - m_sortedIds.cbegin();
        m_sortedIds.insert(at, e.id);
        m_placeOfSorted.insert(at, qint32(m_entries.size()));
    }
    m_entries.append(e);
}

PaymentTable::Entry PaymentTable::entryOf(const PaymentRow &r)
{
    addBrand(r.brandId, r.brand);
    Entry e;
    e.id = r.id;
    e.participantId = r.participantId;
    e.receivableId = r.receivableId;
    e.invoiceId = r.invoiceId;
    if (r.invoiceId)
        addInvoice(r.invoiceId, r.invoiceNumber);
    e.amount = r.amount;
    e.withheld = r.withheld;
    e.due = dayNumber(r.timing.due);
    e.paid = dayNumber(r.timing.paid);
    e.receivablePaid = dayNumber(r.timing.receivablePaid);
    e.campaign = addCampaign(r.campaignId, r.campaign, r.currency, r.brandId);
    e.creator = addCreator(r.creatorId, r.creator, r.payee);
    e.method = addText(r.method);
    e.reference = addText(r.reference);
    e.notes = addText(r.notes);
    e.kindCode = quint8(r.kind);
    e.directionCode = quint8(r.direction);
    e.originCode = quint8(r.origin);
    return e;
}

void PaymentTable::append(const PaymentRow &row)
{
    appendEntry(entryOf(row));
}

void PaymentTable::replace(qsizetype i, const PaymentRow &row)
{
    // The texts it had stay in the pool, unused: a few bytes per edit, gone at the next read.
    const Entry e = entryOf(row);
    if (e.id != m_entries.at(i).id)
        forgetPlaces();
    m_entries[i] = e;
    changed();
}

void PaymentTable::remove(qsizetype i)
{
    // An index made already loses the id, and the places after it move up one.
    if (!m_sortedIds.isEmpty()) {
        const qsizetype at =
            std::lower_bound(m_sortedIds.cbegin(), m_sortedIds.cend(), m_entries.at(i).id) - m_sortedIds.cbegin();
        m_sortedIds.remove(at);
        m_placeOfSorted.remove(at);
        for (qint32 &place : m_placeOfSorted)
            if (place > i)
                --place;
    }
    m_entries.remove(i);
    changed();
}

QList<qsizetype> PaymentTable::followReceivable(qint64 receivableId, qint32 paid, bool gone)
{
    QList<qsizetype> changedAt;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.receivableId != receivableId || (!gone && e.receivablePaid == paid))
            continue;
        e.receivablePaid = gone ? NoDay : paid;
        if (gone)
            e.receivableId = 0;
        changedAt << i;
    }
    if (!changedAt.isEmpty())
        changed();
    return changedAt;
}

PaymentTable PaymentTable::fromRows(const QList<PaymentRow> &rows)
{
    PaymentTable table;
    table.reserve(rows.size());
    for (const PaymentRow &r : rows)
        table.append(r);
    return table;
}

bool PaymentTable::unpaidHaveMethodOrReference() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return !e.isPaid() && (e.method.size || e.reference.size); });
}

QStringList PaymentTable::namesUsed(Names which) const
{
    const qsizetype tableSize = which == Names::Brand     ? m_brands.size()
                                : which == Names::Creator ? m_creators.size()
                                                          : m_campaigns.size();
    QList<bool> used(tableSize, false);
    for (const Entry &e : m_entries)
        used[which == Names::Brand ? brandOf(e) : which == Names::Creator ? e.creator : e.campaign] = true;
    QStringList names;
    QSet<QString> seen; // two creators of one name are one choice
    for (qsizetype i = 0; i < tableSize; ++i) {
        if (!used.at(i))
            continue;
        const QString &name = which == Names::Brand     ? m_brands.at(i).name
                              : which == Names::Creator ? m_creators.at(i).name
                                                        : m_campaigns.at(i).name;
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            names << name;
        }
    }
    // A read puts campaigns and creators in name order already: checked in one pass. Otherwise each
    // name is folded once, not at every comparison (the large demo's 17,000 creators' names: 30-50
    // ms with QString::compare() ignoring case).
    const auto ignoringCase = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; };
    if (std::is_sorted(names.cbegin(), names.cend(), ignoringCase))
        return names;
    std::vector<std::pair<QString, qsizetype>> folded;
    folded.reserve(std::size_t(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        folded.emplace_back(caseFolded(names.at(i)), i);
    std::sort(folded.begin(), folded.end());
    QStringList sorted;
    sorted.reserve(names.size());
    for (const auto &[key, at] : folded)
        sorted << names.at(at);
    return sorted;
}

void PaymentTable::setReceivablesPaid()
{
    QHash<qint64, qint32> paid; // of each receivable
    for (const Entry &e : std::as_const(m_entries))
        if (e.direction() == PaymentDirection::Receivable)
            paid.insert(e.id, e.paid);
    for (Entry &e : m_entries)
        if (e.receivableId)
            e.receivablePaid = paid.value(e.receivableId, NoDay);
    changed();
}

void PaymentTable::squeeze()
{
    m_entries.squeeze();
    m_texts.squeeze();
}

} // namespace cd

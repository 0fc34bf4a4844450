#pragma once

#include "PaymentLedger.h"
#include "common/Dates.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>

namespace cd {

// Payments as a list of thousands holds them: one fixed-size entry per payment that names its
// campaign and creator by their place in tables the whole list shares, and keeps its free texts in
// one pool. A PaymentRow takes ~390 bytes of heap with its strings; a payment here ~160 with its
// share of the names (the large demo's 127,328 payments: 46.9 MiB as rows, 19.3 as a table). Read
// it with readPaymentTable(); a PaymentRow of any entry is made on demand (row()).
class PaymentTable
{
public:
    static constexpr qint32 NoDay = cd::NoDay; // dayNumber()'s

    // Where a text sits in the pool; an empty text has no place.
    struct Text
    {
        qint32 at = 0, size = 0;
    };
    struct Entry
    {
        qint64 id = 0, participantId = 0;
        qint64 receivableId = 0; // the receivable a creator's payable was drafted for (0: none)
        qint64 invoiceId = 0;    // the non-void invoice a receivable is on (0: none)
        qint64 amount = 0;       // gross, minor units
        qint64 withheld = 0;     // fixed when paid; estimated from today's rates while open
        qint32 due = NoDay, paid = NoDay, receivablePaid = NoDay; // Julian day numbers
        qint32 campaign = 0, creator = 0;                         // places in the tables below
        Text method, reference, notes;
        quint8 kindCode = 0, directionCode = 0, originCode = 0;

        PaymentKind kind() const { return PaymentKind(kindCode); }
        PaymentDirection direction() const { return PaymentDirection(directionCode); }
        PaymentOrigin origin() const { return PaymentOrigin(originCode); }
        qint64 net() const { return amount - withheld; }
        bool isPaid() const { return paid != NoDay; }
        PaymentTiming timing() const;
        PaymentState state(const QDate &asOf) const { return paymentState(timing(), asOf); }
    };
    struct Campaign
    {
        qint64 id = 0;
        QString name;
        qint32 currency = 0, brand = 0; // places in currencies() and brands()
    };
    struct Creator
    {
        qint64 id = 0;
        QString name;
        Payee payee;
    };
    struct Brand
    {
        qint64 id = 0;
        QString name;
    };

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry &at(qsizetype i) const { return m_entries.at(i); }
    const QList<Entry> &entries() const { return m_entries; }

    const QList<Campaign> &campaigns() const { return m_campaigns; }
    const QList<Creator> &creators() const { return m_creators; }
    const QList<Brand> &brands() const { return m_brands; }
    const QString &campaign(const Entry &e) const { return m_campaigns.at(e.campaign).name; }
    const QString &creator(const Entry &e) const { return m_creators.at(e.creator).name; }
    qint32 brandOf(const Entry &e) const { return m_campaigns.at(e.campaign).brand; }
    const QString &brand(const Entry &e) const { return m_brands.at(brandOf(e)).name; }
    const QString &currency(const Entry &e) const { return m_currencies.at(m_campaigns.at(e.campaign).currency); }
    // The brand for a receivable, the creator for a payable (PaymentRow::party()).
    const QString &party(const Entry &e) const;
    QStringView text(Text t) const { return QStringView(m_texts).mid(t.at, t.size); }
    QString invoiceNumber(const Entry &e) const { return e.invoiceId ? m_invoices.value(e.invoiceId) : QString(); }
    const QHash<qint64, QString> &invoices() const { return m_invoices; }
    // Changes whenever a name, an invoice number or an entry already there changes (a copy keeps
    // its original's; adding entries leaves it): what was worked out from the names stays right while
    // this stays the same.
    quint64 generation() const { return m_generation; }

    // The payment of entry `i` as everything else takes it.
    PaymentRow row(qsizetype i) const;
    QList<PaymentRow> rows() const;
    // The place of payment `id`, -1 when the table has none (indexed on first use).
    qsizetype indexOf(qint64 id) const;
    // Indexes the entries by id now: a worker that read the table makes it before handing it over,
    // rather than the GUI thread at its first look-up (at 127,328 payments, 20-24 ms). Adding and
    // removing entries keeps it; a sort or a new id in place of another makes it again when asked.
    void makeIndex() const;

    // Adds `row` (its names too, where the table does not have them yet), or puts it in place of
    // entry `i`. The names of a campaign, creator or brand the table has become the row's: they are
    // the newer.
    void append(const PaymentRow &row);
    void replace(qsizetype i, const PaymentRow &row);
    void remove(qsizetype i);
    // The payables drafted for receivable `receivableId` follow it: its paid day (NoDay: unpaid),
    // or, when it is gone, none (the database sets their receivable to null). Returns the places
    // of the entries that changed.
    QList<qsizetype> followReceivable(qint64 receivableId, qint32 paid, bool gone);
    static PaymentTable fromRows(const QList<PaymentRow> &rows);

    // The different brand, creator or campaign names the entries name, sorted ignoring case.
    enum class Names
    {
        Brand,
        Creator,
        Campaign
    };
    QStringList namesUsed(Names which) const;
    // Whether a payment not paid yet has a method or a reference (a planned transfer, a brand's
    // purchase order number): most have neither until they are paid.
    bool unpaidHaveMethodOrReference() const;

    // Building, for readPaymentTable(): the tables first, then the entries.
    qint32 addCampaign(qint64 id, const QString &name, const QString &currency, qint64 brandId);
    qint32 addCreator(qint64 id, const QString &name, const Payee &payee);
    void addBrand(qint64 id, const QString &name);
    void addInvoice(qint64 id, const QString &number);
    qint32 campaignAt(qint64 id) const { return m_campaignAt.value(id, -1); }
    qint32 creatorAt(qint64 id) const { return m_creatorAt.value(id, -1); }
    Text addText(QStringView text);
    void reserve(qsizetype entries) { m_entries.reserve(entries); }
    void appendEntry(const Entry &e);
    // Puts the entries in the order `before` gives (in place: a sorted copy would be 12 MB of fresh
    // memory at 127,328 payments, and this machine's page faults cost more than the moves).
    template <typename Before> void sort(Before before)
    {
        std::sort(m_entries.begin(), m_entries.end(), before);
        forgetPlaces();
        changed();
    }
    // Sets each payable's receivablePaid from its receivable's entry, for a table of every payment
    // (a receivable not in the table counts as unpaid).
    void setReceivablesPaid();
    // Gives back what growing left unused.
    void squeeze();

private:
    void changed();
    void forgetPlaces() const;
    qint32 brandAt(qint64 id);
    Entry entryOf(const PaymentRow &row);

    QList<Entry> m_entries;
    QList<Campaign> m_campaigns;
    QList<Creator> m_creators;
    QList<Brand> m_brands;
    QStringList m_currencies;
    QHash<qint64, qint32> m_campaignAt, m_creatorAt, m_brandAt;
    QHash<qint64, QString> m_invoices; // numbers of the invoices the entries are on
    QString m_texts;
    // Built by makeIndex() (by indexOf() when first asked) and kept by appendEntry() and remove():
    // the ids in order, beside each one's place (12 bytes a payment; a QHash took 22, 2.8 MiB at
    // large).
    mutable QList<qint64> m_sortedIds;
    mutable QList<qint32> m_placeOfSorted;
    quint64 m_generation = 0;
};

// Every payment matching `filter`, in readPayments()' order, as a table. With `beside`, a read of
// every payment reads half of them on a connection of its own, on another core.
Result<PaymentTable> readPaymentTable(QSqlDatabase &db, const MoneySettings &settings, const PaymentFilter &filter = {},
                                      const Workspace::Opener &beside = {});
// The payments of `ids` that exist, in that order, their names joined (a seek each: a page reads
// back the few a change named).
Result<PaymentTable> readPaymentsById(QSqlDatabase &db, const MoneySettings &settings, const QList<qint64> &ids);

} // namespace cd

Q_DECLARE_TYPEINFO(cd::PaymentTable::Entry, Q_PRIMITIVE_TYPE);

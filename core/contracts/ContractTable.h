#pragma once

#include "common/Dates.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cd {

// The Contracts list's contracts, held as the Payments page holds its payments (PaymentTable): one
// fixed-size entry a contract that names its campaign, creator, status and exclusivity category by
// their place in tables the whole list shares. A ContractSummary took ~250 bytes before its
// strings; an entry takes 48 (the large demo's 23,140 contracts with the list's search texts and
// ranks: 533 bytes a contract before, 288 now, 11.8 -> 6.4 MiB). Only what the list shows:
// `contract list --json` and the contract pages read ContractSummary and the contract itself.
class ContractTable
{
public:
    static constexpr qint32 NoDay = cd::NoDay; // dayNumber()'s

    struct Entry
    {
        qint64 id = 0;
        qint32 campaign = 0, creator = 0; // places in the tables below
        qint32 status = 0, category = -1; // places in words(); -1: no exclusivity category
        qint32 signedDay = NoDay, usageEnd = NoDay, exclusivityStart = NoDay, exclusivityEnd = NoDay; // Julian days
        qint32 version = 0;
        bool rightsInUse = false;
        bool usedPastEnd = false; // domain.md's expired_in_use, as of the day read
    };
    struct Campaign
    {
        QString name;
        qint32 brand = 0; // place in brands()
    };

    qsizetype size() const { return m_entries.size(); }
    const Entry &at(qsizetype i) const { return m_entries.at(i); }
    const QString &campaign(const Entry &e) const { return m_campaigns.at(e.campaign).name; }
    const QString &brand(const Entry &e) const { return m_brands.at(m_campaigns.at(e.campaign).brand); }
    const QString &creator(const Entry &e) const { return m_creators.at(e.creator); }
    const QString &status(const Entry &e) const { return m_words.at(e.status); }
    QString category(const Entry &e) const { return e.category < 0 ? QString() : m_words.at(e.category); }
    static QDate date(qint32 day) { return dateOfDayNumber(day); }

    // Every contract by campaign and creator, as of `today`.
    static Result<ContractTable> read(QSqlDatabase &db, const QDate &today);

private:
    QList<Entry> m_entries;
    QList<Campaign> m_campaigns;
    QStringList m_creators, m_brands;
    QStringList m_words; // statuses and exclusivity categories
};

} // namespace cd

Q_DECLARE_TYPEINFO(cd::ContractTable::Entry, Q_PRIMITIVE_TYPE);

#pragma once

// The Today tests' workspace (TodayTest.cpp, TodayMoneyContractsTest.cpp): rows written as stored,
// as of Monday 23 Nov 2026 (D).
#include "TestSupport.h"

#include "desk/Today.h"
#include "storage/SettingKeys.h"
#include "storage/Sql.h"

#include <ctime>

namespace cd::test::desk {

inline const QDate D(2026, 11, 23);

inline QString quoted(const QString &text)
{
    return text.isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + text + QLatin1Char('\'');
}

inline QString day(int offset)
{
    return D.addDays(offset).toString(Qt::ISODate);
}

// A fresh workspace filled row by row as stored, so each test states exactly what the desk sees.
struct Desk
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("desk.collabdesk")));

    qint64 insert(const QString &statement)
    {
        QSqlDatabase db = ws->db();
        auto id = sql::insert(db, statement);
        INFO(statement.toStdString());
        INFO((id ? QString() : id.error()).toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 manager(const QString &name)
    {
        return insert(QStringLiteral("INSERT INTO managers (name, name_key, created_at, updated_at) VALUES "
                                     "('%1', '%2', 'x', 'x')")
                          .arg(name, name.toLower()));
    }
    qint64 brand(const QString &name, const QString &category = QStringLiteral("beverages"))
    {
        return insert(QStringLiteral("INSERT INTO brands (name, name_key, category, created_at, updated_at) VALUES "
                                     "('%1', '%2', '%3', 'x', 'x')")
                          .arg(name, name.toLower(), category));
    }
    qint64 creator(const QString &name, qint64 managerId = 0, const QString &npwp = {})
    {
        return insert(
            QStringLiteral("INSERT INTO creators (name, name_key, manager_id, npwp, created_at, updated_at) "
                           "VALUES ('%1', '%2', %3, '%4', 'x', 'x')")
                .arg(name, name.toLower(), managerId ? QString::number(managerId) : QStringLiteral("NULL"), npwp));
    }
    qint64 campaign(const QString &name, qint64 brandId, const QString &start, const QString &end = {},
                    const QString &status = QStringLiteral("active"), const QString &currency = QStringLiteral("IDR"))
    {
        return insert(QStringLiteral("INSERT INTO campaigns (name, name_key, brand_id, status, start_date, end_date, "
                                     "currency, created_at, updated_at) VALUES ('%1', '%2', %3, '%4', '%5', %6, '%7', "
                                     "'x', 'x')")
                          .arg(name, name.toLower())
                          .arg(brandId)
                          .arg(status, start, quoted(end), currency));
    }
    qint64 participant(qint64 campaignId, qint64 creatorId, const QString &status = QStringLiteral("confirmed"),
                       qint64 fee = -1)
    {
        return insert(QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, fee_minor, "
                                     "created_at, updated_at) VALUES (%1, %2, '%3', %4, 'x', 'x')")
                          .arg(campaignId)
                          .arg(creatorId)
                          .arg(status, fee < 0 ? QStringLiteral("NULL") : QString::number(fee)));
    }
    qint64 deliverable(qint64 participantId, const QString &title, const QString &status, const QString &due,
                       const QString &updatedAt = QStringLiteral("x"))
    {
        return insert(QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, "
                                     "due_date, status, created_at, updated_at) VALUES (%1, 'instagram', '%2', '%3', "
                                     "%4, '%5', 'x', '%6')")
                          .arg(participantId)
                          .arg(title, title.toLower(), quoted(due), status, updatedAt));
    }
    void feedback(qint64 deliverableId, const QString &at)
    {
        insert(QStringLiteral("INSERT INTO deliverable_feedback (deliverable_id, created_at, body) VALUES (%1, '%2', "
                              "'shorter please')")
                   .arg(deliverableId)
                   .arg(at));
    }
    // A contract with one status change on `changedOn` (none when null) and one version.
    qint64 contract(qint64 participantId, const QString &status, const QString &changedOn,
                    const QString &versionColumns = {}, const QString &versionValues = {})
    {
        const qint64 id = insert(QStringLiteral("INSERT INTO contracts (participant_id, status, created_at, "
                                                "updated_at) VALUES (%1, '%2', '2026-01-01T00:00:00Z', 'x')")
                                     .arg(participantId)
                                     .arg(status));
        if (!changedOn.isNull())
            statusChange(id, status, changedOn);
        insert(QStringLiteral("INSERT INTO contract_versions (contract_id, version, created_at%1) VALUES (%2, 1, "
                              "'x'%3)")
                   .arg(versionColumns.isEmpty() ? QString() : QStringLiteral(", ") + versionColumns)
                   .arg(id)
                   .arg(versionValues.isEmpty() ? QString() : QStringLiteral(", ") + versionValues));
        return id;
    }
    void statusChange(qint64 contractId, const QString &status, const QString &on)
    {
        insert(QStringLiteral("INSERT INTO contract_status_changes (contract_id, status, changed_on) VALUES (%1, "
                              "'%2', '%3')")
                   .arg(contractId)
                   .arg(status, on));
    }
    qint64 payment(qint64 participantId, const QString &direction, qint64 amount, const QString &due,
                   const QString &paid = {}, qint64 receivableId = 0, const QString &kind = QStringLiteral("fee"))
    {
        return insert(
            QStringLiteral("INSERT INTO payments (participant_id, kind, direction, origin, amount_minor, "
                           "due_date, paid_date, receivable_id, created_at, updated_at) VALUES (%1, '%2', "
                           "'%3', 'manual', %4, %5, %6, %7, 'x', 'x')")
                .arg(participantId)
                .arg(kind, direction)
                .arg(amount)
                .arg(quoted(due), quoted(paid), receivableId ? QString::number(receivableId) : QStringLiteral("NULL")));
    }
    // column: creator_id, brand_id, campaign_id or participant_id.
    qint64 followup(const char *column, qint64 recordId, const QString &due, const QString &note,
                    const QString &doneOn = {}, qint64 managerId = 0)
    {
        return insert(QStringLiteral("INSERT INTO followups (%1, due_date, note, done_on, manager_id, created_at, "
                                     "updated_at) VALUES (%2, '%3', '%4', %5, %6, 'x', 'x')")
                          .arg(QLatin1String(column))
                          .arg(recordId)
                          .arg(due, QString(note).replace(QLatin1Char('\''), QStringLiteral("''")), quoted(doneOn),
                               managerId ? QString::number(managerId) : QStringLiteral("NULL")));
    }
    void setting(const char *name, const QString &value)
    {
        REQUIRE(settings::setByName(*ws, *findSettingKey(QString::fromLatin1(name)), value).ok());
    }

    QList<TodaySectionItems> all(const QDate &asOf = D, qint64 managerId = 0)
    {
        QSqlDatabase db = ws->db();
        auto t = today(db, asOf, managerId);
        INFO(t.error().toStdString());
        REQUIRE(t.ok());
        REQUIRE(t->size() == 11);
        return t.value();
    }
    QList<TodayItem> items(TodaySection section, const QDate &asOf = D, qint64 managerId = 0)
    {
        const QList<TodaySectionItems> t = all(asOf, managerId);
        CHECK(t.at(int(section)).section == section);
        return t.at(int(section)).items;
    }
};

inline QStringList whats(const QList<TodayItem> &items)
{
    QStringList out;
    for (const TodayItem &it : items)
        out << it.what;
    return out;
}

inline QStringList details(const QList<TodayItem> &items)
{
    QStringList out;
    for (const TodayItem &it : items)
        out << it.detail;
    return out;
}

// Pins the local time zone (POSIX TZ, no tzdata needed) for the life of the object.
struct LocalZone
{
    QByteArray before = qgetenv("TZ");
    bool had = qEnvironmentVariableIsSet("TZ");
    explicit LocalZone(const char *tz)
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~LocalZone()
    {
        if (had)
            qputenv("TZ", before);
        else
            qunsetenv("TZ");
        tzset();
    }
};

} // namespace cd::test::desk

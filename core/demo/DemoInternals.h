#pragma once

// The demo generator's insides, shared by DemoGenerator.cpp (brands, creators, the entry point),
// DemoCampaigns.cpp (campaigns with their participants, deliverables, metrics, contracts) and
// DemoPayments.cpp (the money).

#include "DemoGenerator.h"
#include "common/Result.h"
#include "common/Words.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cd {

class Transaction;
class Workspace;

namespace demo {

// Messages of the demo generator, in the "Demo" translation context.
struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(qsizetype(next() % quint64(list.size()))); }
    // Log-uniform: follower counts spread evenly across orders of magnitude.
    qint64 logRange(qint64 lo, qint64 hi)
    {
        return qint64(std::exp(std::log(double(lo)) + unit() * std::log(double(hi) / double(lo))));
    }

private:
    quint64 m_state;
};

// One prepared INSERT reused for every row.
class Inserter
{
public:
    Inserter(QSqlDatabase &db, const QString &sql) : m_query(db) { m_ok = m_query.prepare(sql); }
    Result<qint64> operator()(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, sql::bindable(values.at(i)));
        if (!m_ok || !m_query.exec())
            return fail(DemoText::tr("writing the demo failed: %1").arg(m_query.lastError().text()));
        return m_query.lastInsertId().toLongLong();
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

struct Account
{
    qint64 id = 0;
    Platform platform = Platform::Instagram;
    QString handle;
    qint64 followers = 0;
};

struct Creator
{
    qint64 id = 0;
    QString name;
    QString country;
    bool archived = false;
    QList<Account> accounts;
    qint64 largest() const
    {
        qint64 m = 0;
        for (const Account &a : accounts)
            m = std::max(m, a.followers);
        return m;
    }
};

struct Brand
{
    qint64 id = 0;
    QString name, category;
    QStringList competitors;
};

struct CampaignPlan
{
    QString name;
    int brand = 0;
    CampaignStatus status = CampaignStatus::Active;
    int startOffset = 0; // days from today
    int length = 30;
    QString currency = QStringLiteral("IDR");
    CampaignGoal goal = CampaignGoal::Awareness;
    QList<Platform> platforms;
    QStringList hashtags;
};

QString handleFor(const QString &name, Platform p);
QString postUrl(Platform p, const QString &handle, quint64 id);
DeliverableFormat formatFor(Platform p, Rng &rng);

class Generator
{
public:
    Generator(const DemoOptions &options, Workspace &ws, Transaction &tx);

    Result<DemoSummary> run();

private:
    bool progress(double p) { return !m_options.progress || m_options.progress(p); }
    Status brands();
    Status managers();
    Status creators();
    Status campaigns();
    Status profiles();
    // DemoPayments.cpp: the perspective and company settings, tax profiles, schedules, invoices and
    // payments as of today.
    Status money();
    // DemoDesk.cpp: follow-ups on offers, creators and brands around today.
    Status followups();
    Status moneySettings();
    Status taxProfiles(Rng &rng);
    Status campaign(const CampaignPlan &plan);
    Status metrics(qint64 postId, qint64 followers, const QDate &posted, const CampaignPlan &plan, double quality);
    Status contract(qint64 participantId, const CampaignPlan &plan, const QDate &start, const QDate &end, qint64 fee);
    QList<CampaignPlan> plans();
    qint64 feeFor(qint64 followers, const QString &currency);

    QSqlDatabase m_db;
    Rng m_rng;
    DemoOptions m_options;
    Workspace &m_ws;
    Transaction &m_tx;
    QDate m_today;
    QString m_now;
    bool m_agency; // an agency's workspace: the agency and large scales
    bool m_large;  // the large scale: more of everything, follower counts every second day
    DemoSummary m_sum;
    QList<Brand> m_brands;
    QList<Creator> m_creators;
    QList<qint64> m_managers;
    quint64 m_postSerial = 0;
};

} // namespace demo
} // namespace cd

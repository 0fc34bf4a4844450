#include "KindImporter.h"
#include "money/TaxProfiles.h"

#include "common/Clock.h"
#include "common/Countries.h"
#include "common/Names.h"
#include "services/CreatorService.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {
namespace {

// Columns that describe the creator rather than one account: every row of a creator must agree.
constexpr const char *CreatorColumns[] = {"niche", "country", "email",    "phone", "manager",    "tags",
                                          "notes", "status",  "tax_type", "npwp",  "agency_rate"};

class CreatorImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(CreatorImporter)
public:
    explicit CreatorImporter(Workspace &ws) : m_creators(ws) {}

    QStringList required() const override
    {
        return {QStringLiteral("name"), QStringLiteral("platform"), QStringLiteral("handle")};
    }
    QString key(const ImportRow &row) const override
    {
        const auto platform = wordFrom<Platform>(row.text("platform"));
        return nameKey(row.text("name")) + QChar(31) + (platform ? wordOf(*platform) : QString());
    }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto platform = row.word<Platform>("platform");
        const auto status = row.word<CreatorStatus>("status");
        const auto followers = row.count("followers");
        if (!agreesWithEarlierRows(row) || row.failed() || !platform)
            return Outcome::Failed;

        const auto id = m_creators.findByName(row.text("name"));
        CreatorInput in;
        if (id) {
            auto stored = m_creators.load(*id);
            if (!stored) {
                row.refused(stored.failure());
                return Outcome::Failed;
            }
            in = stored.value();
        }
        const CreatorInput before = in;
        in.name = cleanName(row.text("name"));
        const auto set = [&](const char *column, QString &field) {
            if (row.has(column))
                field = row.text(column);
        };
        set("niche", in.niche);
        set("country", in.country);
        set("email", in.email);
        set("phone", in.phone);
        set("manager", in.manager);
        set("notes", in.notes);
        if (row.has("tags"))
            in.tags = row.list("tags");
        if (status)
            in.status = *status;

        bool added = false, changed = false;
        qint64 creatorId = id.value_or(0);
        if (!id) {
            auto inserted = m_creators.insert(tx, in);
            if (!inserted) {
                row.refused(inserted.failure());
                return Outcome::Failed;
            }
            creatorId = inserted.value();
            added = true;
        } else if (!sameCreator(before, in)) {
            if (Status s = m_creators.change(tx, creatorId, in); !s) {
                row.refused(s.failure());
                return Outcome::Failed;
            }
            changed = true;
        }

        auto account =
            sql::run(tx.db(), QStringLiteral("SELECT id, handle FROM accounts WHERE creator_id = ? AND platform = ?"),
                     {creatorId, wordOf(*platform)});
        if (!account) {
            row.refused(account.failure());
            return Outcome::Failed;
        }
        qint64 accountId = 0;
        if (account->next()) {
            accountId = account->value(0).toLongLong();
            if (account->value(1).toString() != cleanHandle(row.text("handle"))) {
                if (Status s = m_creators.setHandle(tx, accountId, row.text("handle")); !s) {
                    row.error("handle", s.error());
                    return Outcome::Failed;
                }
                changed = true;
            }
        } else {
            auto inserted = m_creators.insertAccount(tx, creatorId, {*platform, row.text("handle"), {}});
            if (!inserted) {
                row.error("handle", inserted.error());
                return Outcome::Failed;
            }
            accountId = inserted.value();
            added = true;
        }

        // A snapshot dated today, only when the count is new for the account.
        if (followers) {
            auto latest = sql::scalar(tx.db(),
                                      QStringLiteral("SELECT followers FROM follower_snapshots WHERE account_id = ? "
                                                     "ORDER BY snapshot_date DESC LIMIT 1"),
                                      {accountId});
            if (!latest) {
                row.refused(latest.failure());
                return Outcome::Failed;
            }
            if (latest->isNull() || latest->toLongLong() != *followers) {
                if (Status s = m_creators.recordFollowers(tx, accountId, Clock::today(), *followers,
                                                          QStringLiteral("creators.csv"), m_followerInsert.get());
                    !s) {
                    row.error("followers", s.error());
                    return Outcome::Failed;
                }
                changed = true;
            }
        }
        switch (importTax(row, tx, creatorId)) {
        case Outcome::Failed:
            return Outcome::Failed;
        case Outcome::Updated:
            changed = true;
            break;
        default:
            break;
        }
        return added ? Outcome::Added : changed ? Outcome::Updated : Outcome::Unchanged;
    }

private:
    // The creator as a payee (tax_type, npwp, agency_rate); empty cells keep what is stored.
    static Outcome importTax(ImportRow &row, Transaction &tx, qint64 creatorId)
    {
        if (!row.has("tax_type") && !row.has("npwp") && !row.has("agency_rate"))
            return Outcome::Unchanged;
        auto stored = TaxProfiles::read(tx.db(), creatorId);
        if (!stored) {
            row.refused(stored.failure());
            return Outcome::Failed;
        }
        CreatorTaxProfile p = stored.value();
        if (auto t = row.word<TaxProfile>("tax_type"))
            p.profile = *t;
        if (row.has("npwp")) {
            auto npwp = TaxProfiles::normaliseNpwp(row.text("npwp"));
            if (!npwp)
                row.error("npwp", npwp.error());
            else
                p.npwp = npwp.value();
        }
        if (auto rate = row.percent("agency_rate"))
            p.agencyRateBp = *rate;
        if (row.failed())
            return Outcome::Failed;
        if (p == stored.value())
            return Outcome::Unchanged;
        if (Status s = TaxProfiles::write(tx, creatorId, p); !s) {
            row.refused(s.failure());
            return Outcome::Failed;
        }
        return Outcome::Updated;
    }

    static bool sameCreator(const CreatorInput &a, const CreatorInput &b)
    {
        return a.name == b.name && a.status == b.status && a.niche == b.niche && a.country == b.country &&
               a.email == b.email && a.phone == b.phone && a.manager == b.manager && a.notes == b.notes &&
               tagKeys(a.tags) == tagKeys(b.tags);
    }

    static QStringList tagKeys(const QStringList &tags)
    {
        QStringList keys;
        for (const QString &t : tags)
            if (!keys.contains(nameKey(t)))
                keys << nameKey(t);
        keys.sort();
        return keys;
    }

    // A creator column's value as the creator keeps it, to compare rows by: words ignoring case, a
    // manager as a name, a country as its code, a rate as its number, an NPWP as its digits, tags as
    // a set ("20" and "20%", "Active" and "active" agree).
    static QString comparable(const ImportRow &row, const char *column)
    {
        const QString &value = row.text(column);
        const QLatin1String name(column);
        if (name == QLatin1String("status") || name == QLatin1String("tax_type") || name == QLatin1String("email"))
            return value.toLower();
        if (name == QLatin1String("manager"))
            return nameKey(value);
        if (name == QLatin1String("country"))
            return countryCode(value).value_or(value);
        if (name == QLatin1String("agency_rate")) {
            const auto rate = values::percent(row.numberText(column));
            return rate ? QString::number(rate.value()) : value;
        }
        if (name == QLatin1String("npwp")) {
            const auto npwp = TaxProfiles::normaliseNpwp(value);
            return npwp ? npwp.value() : value;
        }
        if (name == QLatin1String("tags"))
            return tagKeys(row.list(column)).join(QChar(31));
        return value;
    }

    // "conflicting values for one creator across rows" (formats.md) is an error.
    bool agreesWithEarlierRows(ImportRow &row)
    {
        auto &seen = m_seen[nameKey(row.text("name"))];
        bool ok = true;
        for (const char *column : CreatorColumns) {
            if (!row.has(column))
                continue;
            const QString value = row.text(column);
            const auto earlier = seen.constFind(QLatin1String(column));
            if (earlier == seen.constEnd()) {
                seen.insert(QLatin1String(column), {value, row.line(), comparable(row, column)});
            } else if (earlier->comparable != comparable(row, column)) {
                row.error(column, tr("'%1' differs from '%2' on line %3 for the same creator; give one value")
                                      .arg(value, earlier->text)
                                      .arg(earlier->line));
                ok = false;
            }
        }
        return ok;
    }

    CreatorService m_creators;
    struct Seen
    {
        QString text;
        qint64 line = 0;
        QString comparable;
    };
    QHash<QString, QHash<QString, Seen>> m_seen; // creator -> column -> its first row's value
    // Prepared once for the file: preparing it compiles the counts' summary triggers.
    std::unique_ptr<SqliteStatement> m_followerInsert = CreatorService::followerInsert();
};

} // namespace

std::unique_ptr<KindImporter> makeCreatorImporter(Workspace &ws)
{
    return std::make_unique<CreatorImporter>(ws);
}

} // namespace cd

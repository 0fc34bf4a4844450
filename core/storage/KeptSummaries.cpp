#include "KeptSummaries.h"

#include "Migrations.h"
#include "Sql.h"
#include "SqliteStatement.h"
#include "Transaction.h"
#include "common/Dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cd::summaries {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(Text::tr("database error: %1").arg(q.lastError().text()));
    return {};
}

// A kept row next to the recomputed one, for every account or post where they differ (a side
// missing reads as NULLs): id, kept date, kept value, recomputed date, recomputed value.
const QString &accountsThatDisagree()
{
    static const QString sql = QStringLiteral(
        "SELECT a.id, l.snapshot_date, l.followers, f.snapshot_date, f.followers FROM accounts a "
        "LEFT JOIN follower_latest l ON l.account_id = a.id "
        "LEFT JOIN follower_snapshots f ON f.id = (SELECT id FROM follower_snapshots WHERE account_id = a.id "
        "                                          ORDER BY snapshot_date DESC LIMIT 1) "
        "WHERE l.snapshot_date IS DISTINCT FROM f.snapshot_date OR l.followers IS DISTINCT FROM f.followers "
        "UNION ALL SELECT l.account_id, l.snapshot_date, l.followers, NULL, NULL FROM follower_latest l "
        "WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE id = l.account_id) LIMIT ?");
    return sql;
}

const QString &postsThatDisagree()
{
    static const QString sql = QStringLiteral(
        "SELECT p.id, l.snapshot_date, l.snapshot_id, s.snapshot_date, s.id FROM posts p "
        "LEFT JOIN post_latest l ON l.post_id = p.id "
        "LEFT JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots WHERE post_id = p.id "
        "                                             ORDER BY snapshot_date DESC LIMIT 1) "
        "WHERE l.snapshot_date IS DISTINCT FROM s.snapshot_date OR l.snapshot_id IS DISTINCT FROM s.id "
        "UNION ALL SELECT l.post_id, l.snapshot_date, l.snapshot_id, NULL, NULL FROM post_latest l "
        "WHERE NOT EXISTS (SELECT 1 FROM posts WHERE id = l.post_id) LIMIT ?");
    return sql;
}

// Each step from a snapshot to the account's next one that rose by at least 5% (schema v7's
// follower_rises), worked out from the snapshots in one pass over them (the view seeks each
// snapshot's previous one, which costs twice as long on millions).
const QString &recomputedRises()
{
    static const QString sql = QStringLiteral(
        "SELECT id AS snapshot_id, account_id, snapshot_date, followers, before_date, before_followers FROM ("
        "  SELECT id, account_id, snapshot_date, followers, lag(snapshot_date) OVER w AS before_date,"
        "         lag(followers) OVER w AS before_followers FROM follower_snapshots"
        "  WINDOW w AS (PARTITION BY account_id ORDER BY snapshot_date)) steps "
        "WHERE before_followers > 0 AND followers - before_followers >= "
        "      before_followers / 20 + CASE WHEN before_followers % 20 > 0 THEN 1 ELSE 0 END");
    return sql;
}

// A kept rise next to the recomputed one where they differ (a side missing reads as NULLs):
// snapshot id, then before date, before count, date, count, kept and recomputed.
const QString &risesThatDisagree()
{
    static const QString sql =
        QStringLiteral("WITH steps AS (%1) "
                       "SELECT s.snapshot_id, r.before_date, r.before_followers, r.snapshot_date, r.followers, "
                       "s.before_date, s.before_followers, s.snapshot_date, s.followers FROM steps s "
                       "LEFT JOIN follower_rises r ON r.snapshot_id = s.snapshot_id "
                       "WHERE r.snapshot_id IS NULL OR r.account_id <> s.account_id OR r.followers <> s.followers "
                       "OR r.snapshot_date <> s.snapshot_date OR r.before_date <> s.before_date "
                       "OR r.before_followers <> s.before_followers "
                       "UNION ALL SELECT r.snapshot_id, r.before_date, r.before_followers, r.snapshot_date, "
                       "r.followers, NULL, NULL, NULL, NULL FROM follower_rises r "
                       "LEFT JOIN steps s ON s.snapshot_id = r.snapshot_id WHERE s.snapshot_id IS NULL LIMIT ?")
            .arg(recomputedRises());
    return sql;
}

// Each manager's (0: none) change in the summed follower counts of active creators' accounts by day
// (schema v8's follower_day_changes), worked out from the counts in one pass over them.
const QString &recomputedDayChanges()
{
    static const QString sql = QStringLiteral(
        "SELECT coalesce(c.manager_id, 0) AS manager_id, s.snapshot_date AS day, sum(s.step) AS change FROM ("
        "  SELECT account_id, snapshot_date, followers - coalesce(lag(followers) OVER (PARTITION BY account_id"
        "         ORDER BY snapshot_date), 0) AS step FROM follower_snapshots) s "
        "JOIN accounts a ON a.id = s.account_id JOIN creators c ON c.id = a.creator_id "
        "WHERE c.status = 'active' GROUP BY coalesce(c.manager_id, 0), s.snapshot_date HAVING sum(s.step) <> 0");
    return sql;
}

// A kept day's change next to the recomputed one where they differ (a change of 0 reads as none):
// manager, day, kept, recomputed.
const QString &dayChangesThatDisagree()
{
    static const QString sql =
        QStringLiteral("WITH counted AS (%1), kept AS (SELECT * FROM follower_day_changes WHERE change <> 0) "
                       "SELECT k.manager_id, k.day, k.change, c.change FROM kept k LEFT JOIN counted c "
                       "ON c.manager_id = k.manager_id AND c.day = k.day WHERE c.change IS DISTINCT FROM k.change "
                       "UNION ALL SELECT c.manager_id, c.day, NULL, c.change FROM counted c LEFT JOIN kept k "
                       "ON k.manager_id = c.manager_id AND k.day = c.day WHERE k.day IS NULL LIMIT ?")
            .arg(recomputedDayChanges());
    return sql;
}

// Each post's kept figures of a workspace of `version`, in post_figures' order: v9's, then v11's
// views, link clicks and promo-code uses.
QStringList figureColumns(int version)
{
    QStringList columns{QStringLiteral("likes"),         QStringLiteral("comments"),
                        QStringLiteral("shares"),        QStringLiteral("saves"),
                        QStringLiteral("reach"),         QStringLiteral("impressions"),
                        QStringLiteral("revenue_minor"), QStringLiteral("followers_at_post")};
    if (version >= 11)
        columns << QStringLiteral("views") << QStringLiteral("link_clicks") << QStringLiteral("promo_uses");
    return columns;
}

// The kept figures of each post next to those worked out from the records (the post_figures view),
// for every post where they differ: post id, then the figureColumns() kept, then worked out.
QString figuresThatDisagree(int version)
{
    QStringList kept, worked, differ;
    for (const QString &c : figureColumns(version)) {
        kept << QStringLiteral("k.") + c;
        worked << QStringLiteral("f.") + c;
        differ << QStringLiteral("k.%1 IS DISTINCT FROM f.%1").arg(c);
    }
    return QStringLiteral("SELECT k.post_id, %1, %2 FROM post_latest k JOIN post_figures f ON f.post_id = k.post_id "
                          "WHERE %3 LIMIT ?")
        .arg(kept.join(QStringLiteral(", ")), worked.join(QStringLiteral(", ")), differ.join(QStringLiteral(" OR ")));
}

// The triggers that keep the summaries of a workspace of `version`, as schema v5, v7, v8, v9 and v11
// made them: name -> its CREATE TRIGGER statement, the latest version's where one made a trigger
// again (v11 the two that write a post's counts).
Result<QList<std::pair<QString, QString>>> keepingTriggers(const QSqlDatabase &db, int version)
{
    QList<std::pair<QString, QString>> triggers;
    for (const auto &[since, script] : {std::pair{5, "v5.sql"}, std::pair{7, "v7.sql"}, std::pair{8, "v8.sql"},
                                        std::pair{9, "v9.sql"}, std::pair{11, "v11.sql"}}) {
        if (since > version)
            break;
        auto statements = sqlScriptStatements((sql::onServer(db) ? QStringLiteral(":/collabdesk/schema/postgresql/")
                                                                 : QStringLiteral(":/collabdesk/schema/")) +
                                              QLatin1String(script));
        if (!statements)
            return statements.failure();
        static const QRegularExpression name(QStringLiteral("CREATE TRIGGER (\\w+)"));
        for (const QString &statement : std::as_const(statements.value()))
            if (const auto match = name.match(statement); match.hasMatch()) {
                const auto same = std::ranges::find(triggers, match.captured(1), &std::pair<QString, QString>::first);
                if (same != triggers.end())
                    same->second = statement;
                else
                    triggers.append({match.captured(1), statement});
            }
    }
    return triggers;
}

// Those of the keeping triggers the workspace lacks (none, unless something dropped one for good).
Result<QList<std::pair<QString, QString>>> missingTriggers(QSqlDatabase &db, int version)
{
    auto triggers = keepingTriggers(db, version);
    if (!triggers)
        return triggers;
    QSqlQuery q(db);
    if (!q.exec(sql::onServer(db)
                    ? QStringLiteral("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE NOT t.tgisinternal AND n.nspname = current_schema()")
                    : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'")))
        return fail(Text::tr("database error: %1").arg(q.lastError().text()));
    QSet<QString> present;
    while (q.next())
        present.insert(q.value(0).toString());
    QList<std::pair<QString, QString>> missing;
    for (const auto &trigger : std::as_const(triggers.value()))
        if (!present.contains(trigger.first))
            missing.append(trigger);
    return missing;
}

QString described(const QVariant &date, const QVariant &value, bool followers)
{
    if (date.isNull())
        return Text::tr("nothing");
    const QString day = displayDate(QDate::fromString(date.toString(), Qt::ISODate));
    // A count, then its day: "120,000 (28 Feb 2026)"; a post's snapshot by its id.
    return followers ? Text::tr("%1 (%2)").arg(QLocale().toString(value.toLongLong()), day)
                     : Text::tr("snapshot %1 (%2)").arg(value.toLongLong()).arg(day);
}

// "48,000 (28 Feb 2026) to 52,500 (1 Apr 2026)", or "no rise of 5% or more".
QString describedRise(const QSqlQuery &q, int first)
{
    if (q.isNull(first))
        return Text::tr("no rise of 5% or more");
    const auto day = [&](int i) { return displayDate(QDate::fromString(q.value(first + i).toString(), Qt::ISODate)); };
    return Text::tr("%1 (%2) to %3 (%4)")
        .arg(QLocale().toString(q.value(first + 1).toLongLong()), day(0),
             QLocale().toString(q.value(first + 3).toLongLong()), day(2));
}

// "likes 1,200, comments 30, shares none, saves none, reach 40,000, impressions none, revenue 0,
// followers on its day 250,000" (revenue in the campaign currency's minor units, as stored).
// `counts`: the row has v11's views, link clicks and promo-code uses after v9's figures.
QString describedFigures(const QSqlQuery &q, int first, bool counts)
{
    const auto count = [&](int i) {
        return q.isNull(first + i) ? Text::tr("none") : QLocale().toString(q.value(first + i).toLongLong());
    };
    const QString figures = Text::tr("likes %1, comments %2, shares %3, saves %4, reach %5, impressions %6, revenue "
                                     "%7, followers on its day %8")
                                .arg(count(0), count(1), count(2), count(3), count(4), count(5), count(6), count(7));
    if (!counts)
        return figures;
    return Text::tr("%1, views %2, link clicks %3, promo-code uses %4").arg(figures, count(8), count(9), count(10));
}

// One of the checks' statements run with its row limit (what is left of `limit` after `found` lines).
Result<QSqlQuery> disagreeing(QSqlDatabase &db, const QString &sql, qsizetype limit, qsizetype found)
{
    QSqlQuery q(db);
    sql::streamRows(q, db);
    q.prepare(sql);
    q.addBindValue(std::max<qsizetype>(limit - found, 0));
    if (!q.exec())
        return fail(Text::tr("the summaries could not be checked: %1").arg(q.lastError().text()));
    return q;
}

} // namespace

Result<QStringList> problems(QSqlDatabase &db, int limit, int version)
{
    QStringList lines;
    auto missing = missingTriggers(db, version);
    if (!missing)
        return fail(Text::tr("the summaries could not be checked: %1").arg(missing.error()));
    for (const auto &trigger : std::as_const(missing.value()))
        lines << Text::tr("the trigger %1, which keeps the summaries up to date, is missing").arg(trigger.first);
    for (const bool followers : {true, false}) {
        auto found = disagreeing(db, followers ? accountsThatDisagree() : postsThatDisagree(), limit, lines.size());
        if (!found)
            return found.failure();
        QSqlQuery &q = found.value();
        while (q.next()) {
            const QString kept = described(q.value(1), q.value(2), followers);
            const QString actual = described(q.value(3), q.value(4), followers);
            lines << (followers ? Text::tr("account %1: the kept latest count is %2, the snapshots say %3")
                                : Text::tr("post %1: the kept latest numbers are %2, the snapshots say %3"))
                         .arg(q.value(0).toLongLong())
                         .arg(kept, actual);
        }
    }
    if (version < 7)
        return lines;
    auto risesFound = disagreeing(db, risesThatDisagree(), limit, lines.size());
    if (!risesFound)
        return risesFound.failure();
    QSqlQuery &rises = risesFound.value();
    while (rises.next())
        lines << Text::tr("follower count %1: the kept rise is %2, the snapshots say %3")
                     .arg(rises.value(0).toLongLong())
                     .arg(describedRise(rises, 1), describedRise(rises, 5));
    if (version < 8)
        return lines;
    if (version >= 9) {
        auto figuresFound = disagreeing(db, figuresThatDisagree(version), limit, lines.size());
        if (!figuresFound)
            return figuresFound.failure();
        QSqlQuery &figures = figuresFound.value();
        const int columns = int(figureColumns(version).size());
        while (figures.next())
            lines << Text::tr("post %1: the kept figures are %2, the records say %3")
                         .arg(figures.value(0).toLongLong())
                         .arg(describedFigures(figures, 1, version >= 11),
                              describedFigures(figures, 1 + columns, version >= 11));
    }
    auto daysFound = disagreeing(db, dayChangesThatDisagree(), limit, lines.size());
    if (!daysFound)
        return daysFound.failure();
    QSqlQuery &days = daysFound.value();
    while (days.next()) {
        const qint64 manager = days.value(0).toLongLong();
        const auto change = [&](int i) {
            return days.isNull(i) ? Text::tr("none") : QLocale().toString(days.value(i).toLongLong());
        };
        // "the roster's followers on 1 Mar 2026 (manager 2): the kept change is 1,500, the counts say 900"
        lines << Text::tr("the roster's followers on %1 (%2): the kept change is %3, the counts say %4")
                     .arg(displayDate(QDate::fromString(days.value(1).toString(), Qt::ISODate)),
                          manager == 0 ? Text::tr("creators without a manager") : Text::tr("manager %1").arg(manager),
                          change(2), change(3));
    }
    return lines;
}

Status rebuild(QSqlDatabase &db, int version)
{
    // One seek per account and post through the (id, snapshot_date) unique indexes.
    for (const QString &sql :
         {QStringLiteral("DELETE FROM follower_latest"), QStringLiteral("DELETE FROM post_latest"),
          QStringLiteral(
              "INSERT INTO follower_latest (account_id, snapshot_date, followers) "
              "SELECT f.account_id, f.snapshot_date, f.followers FROM accounts a "
              "JOIN follower_snapshots f ON f.id = (SELECT id FROM follower_snapshots WHERE account_id = a.id "
              "                                     ORDER BY snapshot_date DESC LIMIT 1)"),
          QStringLiteral("INSERT INTO post_latest (post_id, snapshot_id, snapshot_date) "
                         "SELECT s.post_id, s.id, s.snapshot_date FROM posts p "
                         "JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots "
                         "                                        WHERE post_id = p.id "
                         "                                        ORDER BY snapshot_date DESC LIMIT 1)")})
        if (Status s = run(db, sql); !s)
            return s;
    if (Status s = version >= 7 ? rebuildRises(db) : Status(); !s)
        return s;
    if (Status s = version >= 8 ? rebuildDayChanges(db) : Status(); !s)
        return s;
    if (Status s = version >= 9 ? rebuildFigures(db, version) : Status(); !s)
        return s;
    auto missing = missingTriggers(db, version);
    if (!missing)
        return missing.failure();
    for (const auto &trigger : std::as_const(missing.value()))
        if (Status s = run(db, trigger.second); !s)
            return s;
    return {};
}

Status rebuildRises(QSqlDatabase &db)
{
    if (Status s = run(db, QStringLiteral("DELETE FROM follower_rises")); !s)
        return s;
    return run(db, QStringLiteral("INSERT INTO follower_rises (snapshot_id, account_id, snapshot_date, followers, "
                                  "before_date, before_followers) %1")
                       .arg(recomputedRises()));
}

Status rebuildDayChanges(QSqlDatabase &db)
{
    if (Status s = run(db, QStringLiteral("DELETE FROM follower_day_changes")); !s)
        return s;
    return run(
        db,
        QStringLiteral("INSERT INTO follower_day_changes (manager_id, day, change) %1").arg(recomputedDayChanges()));
}

Status rebuildFigures(QSqlDatabase &db, int version)
{
    const QString columns = figureColumns(version).join(QStringLiteral(", "));
    return run(db, QStringLiteral("UPDATE post_latest SET (%1) = (SELECT %1 FROM post_figures f "
                                  "WHERE f.post_id = post_latest.post_id)")
                       .arg(columns));
}

namespace {
// Whether pauseUntilCommit() left a server deferring its rises, day changes and figures.
Result<bool> serverDefers(QSqlDatabase &db)
{
    auto on = sql::scalar(db, QStringLiteral("SELECT current_setting('collabdesk.rises_later', true)"));
    if (!on)
        return on.failure();
    return on->toString() == QLatin1String("on");
}

Status deferOnServer(QSqlDatabase &db, bool defer)
{
    auto set = sql::run(db, QStringLiteral("SELECT set_config('collabdesk.rises_later', ?, true)"),
                        {defer ? QStringLiteral("on") : QStringLiteral("off")});
    return set ? Status() : fail(set.error());
}

Status resume(QSqlDatabase &db)
{
    if (sql::onServer(db)) {
        auto defers = serverDefers(db);
        if (!defers || !defers.value())
            return defers ? Status() : fail(defers.error());
        Status s = deferOnServer(db, false);
        s = s ? rebuildRises(db) : s;
        s = s ? rebuildFigures(db) : s;
        return s ? rebuildDayChanges(db) : s;
    }
    auto missing = missingTriggers(db, CurrentSchemaVersion);
    if (!missing)
        return missing.failure();
    return missing->isEmpty() ? Status() : rebuild(db);
}
} // namespace

Status pauseUntilCommit(Transaction &tx)
{
    QSqlDatabase db = tx.db();
    tx.beforeCommit([db]() mutable { return resume(db); });
    if (sql::onServer(db))
        return deferOnServer(db, true);
    auto triggers = keepingTriggers(db, CurrentSchemaVersion);
    if (!triggers)
        return triggers.failure();
    for (const auto &trigger : std::as_const(triggers.value()))
        if (Status s = run(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger.first)); !s)
            return s;
    return {};
}

Status resumeNow(Transaction &tx)
{
    QSqlDatabase db = tx.db();
    return resume(db);
}

Status PausedPostSummaries::start(Transaction &tx)
{
    // A server workspace keeps its trigger: other people may be writing snapshots at the same time,
    // and dropping it would take a lock on the whole table until the import commits.
    if (m_state || sql::onServer(tx.db()))
        return {};
    auto state = std::make_shared<State>();
    for (const QString &name : {QStringLiteral("post_latest_insert"), QStringLiteral("post_figures_fill")}) {
        auto stored = sql::scalar(tx.db(),
                                  QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                                 "name = ?"),
                                  {name});
        if (!stored)
            return stored.failure();
        if (stored->isNull())
            return fail(Text::tr("the trigger %1, which keeps the summaries up to date, is missing").arg(name));
        state->triggerSql << stored->toString();
        if (Status s = run(tx.db(), QStringLiteral("DROP TRIGGER %1").arg(name)); !s)
            return s;
    }
    QSqlDatabase db = tx.db();
    tx.beforeCommit([db, state]() mutable { return finish(db, *state); });
    m_state = std::move(state);
    return {};
}

Status PausedPostSummaries::finish(QSqlDatabase &db, const State &state)
{
    // The same answer as rebuild() gives, for the posts written meanwhile only, figures included
    // (post_figures' columns, worked out here in the one statement that writes the row).
    SqliteStatement forget{"DELETE FROM post_latest WHERE post_id = ?"};
    SqliteStatement latest{
        "INSERT INTO post_latest (post_id, snapshot_id, snapshot_date, likes, comments, shares, saves, reach, "
        "impressions, revenue_minor, views, link_clicks, promo_uses, followers_at_post) "
        "SELECT s.post_id, s.id, s.snapshot_date, s.likes, s.comments, s.shares, s.saves, s.reach, s.impressions, "
        "s.revenue_minor, s.views, s.link_clicks, s.promo_uses, (SELECT f.followers FROM participants pa "
        "  JOIN accounts a ON a.creator_id = pa.creator_id AND a.platform = po.platform "
        "  JOIN follower_snapshots f ON f.account_id = a.id "
        "  WHERE pa.id = po.participant_id AND f.snapshot_date <= substr(po.posted_at, 1, 10) "
        "  ORDER BY f.snapshot_date DESC LIMIT 1) "
        "FROM post_metric_snapshots s JOIN posts po ON po.id = s.post_id WHERE s.post_id = ? "
        "ORDER BY s.snapshot_date DESC LIMIT 1"};
    for (const qint64 post : state.posts)
        for (SqliteStatement *step : {&forget, &latest}) {
            if (Status s = step->start(db); !s)
                return s;
            step->bind(1, post);
            if (auto done = step->step(); !done)
                return done.failure();
        }
    for (const QString &trigger : state.triggerSql)
        if (Status s = run(db, trigger); !s)
            return s;
    return {};
}

} // namespace cd::summaries

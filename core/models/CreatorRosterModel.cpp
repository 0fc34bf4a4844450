#include "CreatorRosterModel.h"

#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include "common/Clock.h"
#include "common/CountMath.h"
#include "common/Countries.h"
#include "common/FreeMemory.h"
#include "common/MoveIntoOrder.h"
#include "common/Names.h"
#include "common/SharedValues.h"
#include "common/Words.h"
#include "storage/ReadBeside.h"
#include "storage/Settings.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDefaults.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace cd {

CreatorRosterModel::CreatorRosterModel(Workspace *workspace, QObject *parent, Reads reads)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    if (!workspace || reads == Reads::Fed)
        return;
    connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
        if (dependsOn(kinds))
            reload();
    });
    reload();
}

bool CreatorRosterModel::dependsOn(const QStringList &changedKinds)
{
    for (const char *kind : {"creators", "followers", "settings", "post_metrics", "participants", "managers"})
        if (changedKinds.contains(QLatin1String(kind)))
            return true;
    return false;
}

void CreatorRosterModel::reload()
{
    if (m_workspace) {
        QSqlDatabase db = m_workspace->db();
        setRoster(read(db, Clock::today()));
    }
}

void CreatorRosterModel::setRoster(Roster roster)
{
    beginResetModel();
    QList<Row> replaced = std::exchange(m_rows, std::move(roster.rows));
    m_thresholds = roster.thresholds;
    m_basis = roster.basis;
    m_error = roster.error;
    m_niches = std::move(roster.niches);
    endResetModel();
    freeInBackground(std::move(replaced));
}

namespace {
// Puts the rows in name order and gives each its place by name, worked out on the reading thread:
// the list compares these numbers rather than names on the GUI thread at every reset. Names the
// collator finds equal share a place and keep the order they came in; rows another column sorts as
// equal (one tier) stay in name order under the list's stable sort.
void orderByName(QList<CreatorRosterModel::Row> &rows)
{
    QList<QString> names;
    names.reserve(rows.size());
    for (const CreatorRosterModel::Row &row : std::as_const(rows))
        names << row.name;
    const QList<int> ranks = nameRanks(names);
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return ranks.at(a) < ranks.at(b); });
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].nameRank = ranks.at(i);
    moveIntoOrder(rows, std::move(order));
}
} // namespace

QStringList CreatorRosterModel::nichesOf(const QList<Row> &rows)
{
    QStringList niches;
    QSet<QString> seen; // case-folded: a list search per row cost 20,000 x the niches at large
    for (const Row &row : rows) {
        if (row.niche.isEmpty())
            continue;
        if (QString folded = row.niche.toCaseFolded(); !seen.contains(folded)) {
            seen.insert(std::move(folded));
            niches << row.niche;
        }
    }
    const QCollator collator = nameCollator();
    std::sort(niches.begin(), niches.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return niches;
}

CreatorRosterModel::Roster CreatorRosterModel::read(QSqlDatabase &db, const QDate &today,
                                                    std::optional<FirstRows> first, const Workspace::Opener &rates)
{
    return readRows(db, today, first, nullptr, rates);
}

CreatorRosterModel::Roster CreatorRosterModel::readCreators(QSqlDatabase &db, const QDate &today,
                                                            const QList<qint64> &ids)
{
    return readRows(db, today, std::nullopt, &ids, {});
}

CreatorRosterModel::Roster CreatorRosterModel::readRows(QSqlDatabase &db, const QDate &today,
                                                        std::optional<FirstRows> first, const QList<qint64> *only,
                                                        const Workspace::Opener &rates)
{
    // The rates of every creator are read beside the rows, on the other core (idle while the
    // roster is read as the window opens): at 20,000 creators they were 56 of the read's 135 ms.
    std::optional<ReadBeside<QHash<qint64, CreatorEngagement>>> ratesBeside;
    if (rates && !first && !only)
        ratesBeside.emplace(rates, [today](QSqlDatabase &ratesDb) { return creatorEngagement(ratesDb, today); });
    Roster roster;
    roster.thresholds = settings::tierThresholds(db);
    roster.basis = settings::defaults(db).engagementBasis;
    if (only) {
        roster.rows.reserve(only->size());
    } else {
        auto creatorCount = sql::scalar(db, QStringLiteral("SELECT count(*) FROM creators"));
        if (!creatorCount) {
            roster.error = creatorCount.error();
            return roster;
        }
        if (first)
            roster.creators = creatorCount->toLongLong();
        // Sized up front: grown row by row, 20,000 rows were moved to new memory about 15 times.
        roster.rows.reserve(first ? std::min<qint64>(first->rows, creatorCount->toLongLong())
                                  : creatorCount->toLongLong());
    }
    // Creators and their accounts are read apart and put together here: joined, grouped and sorted
    // by SQL the roster took 30 ms of the agency demo's 5,000 creators in the shell, apart 10. The
    // first rows are picked through the name index (19 ms at 20,000 creators from a cold cache,
    // against every creator read first). The whole roster is read in the table's order and put in
    // name order by orderByName: through the name index every row was a seek (54 ms at 20,000 in the
    // shell, against 13). Through SQLite's own API: Qt's driver made a QVariant of every column.
    const QByteArray firstOnly = "(SELECT id FROM creators ORDER BY name_key " +
                                 QByteArray(first && first->order == Qt::DescendingOrder ? "DESC" : "ASC") +
                                 " LIMIT ?1)";
    // Creators read back by id are sought one by one (a few at a time, and a list of ids bound as
    // one parameter would need SQL of SQLite's own, which a server does not speak).
    const QByteArray pick = first ? " IN " + firstOnly : only ? QByteArray(" = ?1") : QByteArray();
    const auto where = [&pick](const char *creatorId) {
        return pick.isEmpty() ? QByteArray() : " WHERE " + QByteArray(creatorId) + pick;
    };
    // Runs `statement` (once, or once per id read back), handing each row to `row`.
    const auto eachRow = [&](SqliteStatement &statement, const auto &row) -> cd::Status {
        const QList<qint64> once{0};
        for (const qint64 id : only ? *only : once) {
            if (cd::Status s = statement.start(db); !s)
                return s;
            if (first)
                statement.bind(1, qint64(first->rows));
            else if (only)
                statement.bind(1, id);
            if (cd::Status s = forEachRow(statement, row); !s)
                return s;
        }
        return {};
    };
    SqliteStatement creators("SELECT c.id, c.name, c.status, c.niche, c.country, m.name, c.manager_id "
                             "FROM creators c LEFT JOIN managers m ON m.id = c.manager_id" +
                             where("c.id"));
    // Statuses, niches, countries, managers and platforms repeat from row to row (5,000 creators
    // name a few dozen).
    SharedValues<QString> shared;
    QHash<QString, QString> countryNames; // as stored -> as shown
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(roster.rows.capacity());
    cd::Status done = eachRow(creators, [&] {
        Row r;
        r.id = creators.int64(0);
        r.name = creators.text(1);
        r.archived = creators.utf8(2) == QByteArrayView("archived");
        r.niche = shared(creators.text(3));
        // Named once per country here, not on every row, paint and sort: an older workspace's free
        // text ("indonesia") reads as the country it names.
        const QString country = creators.text(4);
        auto named = countryNames.constFind(country);
        if (named == countryNames.cend())
            named = countryNames.insert(country, shared(countryName(countryCode(country).value_or(country))));
        r.country = named.value();
        r.manager = shared(creators.text(5));
        r.managerId = creators.int64(6);
        rowOf.insert(r.id, roster.rows.size());
        roster.rows.append(std::move(r));
    });
    if (!done) {
        roster.error = done.error();
        return roster;
    }
    // Each account's latest count is kept in follower_latest (schema v5): one row per account, not a
    // seek through years of snapshots.
    SqliteStatement accountsOf("SELECT a.creator_id, a.platform, l.followers FROM accounts a "
                               "LEFT JOIN follower_latest l ON l.account_id = a.id" +
                               where("a.creator_id"));
    QList<QList<std::pair<QString, qint64>>> accounts(roster.rows.size()); // each row's, -1: no count yet
    done = eachRow(accountsOf, [&] {
        if (const qsizetype at = rowOf.value(accountsOf.int64(0), -1); at >= 0) // not one added since
            accounts[at].append(
                {shared(accountsOf.text(1)), accountsOf.isNull(2) ? -1 : saturatingAdd(accountsOf.int64(2), 0)});
    });
    if (!done) {
        roster.error = done.error();
        return roster;
    }
    SharedValues<QStringList> sharedPlatforms;
    for (qsizetype i = 0; i < roster.rows.size(); ++i) {
        Row &r = roster.rows[i];
        std::sort(accounts[i].begin(), accounts[i].end()); // by platform
        for (const auto &[platform, count] : std::as_const(accounts.at(i))) {
            r.platforms << platform;
            r.platformFollowers << count;
            if (count >= 0) { // saturating: a hand-edited count beyond 64 bits does not stop the roster
                r.totalFollowers = saturatingAdd(std::max<qint64>(r.totalFollowers, 0), count);
                r.largestFollowers = std::max(r.largestFollowers, count);
            }
        }
        r.platforms = sharedPlatforms(r.platforms);
    }
    if (!only) // (rows read back are placed by name as they are put in the list shown)
        orderByName(roster.rows);
    // The rates of the creators read (all of them: the whole window at once). A failure there
    // leaves the column empty but the roster whole.
    QList<qint64> ids;
    if (first || only)
        for (const Row &r : std::as_const(roster.rows))
            ids << r.id;
    auto engagement = ratesBeside ? ratesBeside->take(db)
                      : (first || only) && ids.isEmpty()
                          ? Result<QHash<qint64, CreatorEngagement>>(QHash<qint64, CreatorEngagement>())
                          : creatorEngagement(db, today, ids);
    if (!engagement)
        roster.error = engagement.error();
    // The cells that repeat from row to row (tier, platforms, status) are made once per value.
    QHash<int, QString> tierTexts;
    QHash<QStringList, QString> platformTexts;
    QHash<bool, QString> statusTexts;
    const auto cell = [&](const Row &r, int column) {
        const auto once = [&](auto &texts, const auto &key) {
            auto text = texts.constFind(key);
            if (text == texts.cend())
                text = texts.insert(key, cellText(r, column, roster.thresholds));
            return *text;
        };
        switch (column) {
        case Tier:
            return once(tierTexts, r.largestFollowers < 0 ? -1 : int(tierFor(r.largestFollowers, roster.thresholds)));
        case Platforms:
            return once(platformTexts, r.platforms);
        case Status:
            return once(statusTexts, r.archived);
        default:
            return cellText(r, column, roster.thresholds);
        }
    };
    QStringList cells;
    for (Row &r : roster.rows) {
        if (engagement)
            if (auto found = engagement->constFind(r.id); found != engagement->constEnd())
                r.engagement = Rate{found->posts, found->by(roster.basis)};
        cells.clear();
        for (int c = 0; c < ColumnCount; ++c)
            cells << cell(r, c);
        r.searchText = searchTextOf(cells);
    }
    if (!only)
        roster.niches = nichesOf(roster.rows);
    return roster;
}

int CreatorRosterModel::archivedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.archived; }));
}

int CreatorRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreatorRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreatorRosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ArchivedRole)
        return r.archived;
    const bool hasFollowers = r.largestFollowers >= 0;
    if (role == PlatformWordsRole)
        return r.platforms;
    if (role == ManagerIdRole)
        return r.managerId;
    if (role == SearchTextRole)
        return r.searchText;
    if (role == TierRankRole)
        return hasFollowers ? int(tierFor(r.largestFollowers, m_thresholds)) : -1;
    if (role == SortRole) {
        switch (index.column()) {
        case Tier:
            return hasFollowers ? int(tierFor(r.largestFollowers, m_thresholds)) : -1;
        case Followers:
            return r.largestFollowers;
        case Engagement:
            return engagementPercent(r).value_or(-1.0);
        case Platforms:
            return r.platforms.join(QLatin1Char(' '));
        case Name:
            return r.nameRank;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Followers || index.column() == Engagement))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Engagement)
        return engagementExplained(r);
    if (role == Qt::ToolTipRole && index.column() == Followers)
        return followersExplained(r);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return cellText(r, index.column(), m_thresholds);
}

QString CreatorRosterModel::cellText(const Row &r, int column, const TierThresholds &thresholds)
{
    const bool hasFollowers = r.largestFollowers >= 0;
    switch (column) {
    case Name:
        return r.name;
    case Tier:
        return hasFollowers ? tierDisplayName(tierFor(r.largestFollowers, thresholds)) : QString();
    case Platforms: {
        QStringList names;
        for (const QString &p : r.platforms)
            if (auto platform = wordFrom<Platform>(p))
                names << platformDisplayName(*platform);
        return names.join(QStringLiteral(", "));
    }
    case Followers:
        return hasFollowers ? QLocale().toString(r.largestFollowers) : QString();
    case Engagement:
        if (auto percent = engagementPercent(r))
            return QStringLiteral("%1%").arg(QLocale().toString(*percent, 'f', 2));
        return QStringLiteral("—"); // no rate, said so on hover (an empty cell read as missing data)
    case Niche:
        return r.niche;
    case Country:
        return r.country;
    case Manager:
        return r.manager;
    case Status:
        return r.archived ? tr("Archived") : tr("Active");
    }
    return {};
}

std::optional<double> CreatorRosterModel::engagementPercent(const Row &r)
{
    return r.engagement ? r.engagement->rate.percent() : std::nullopt;
}

QString CreatorRosterModel::engagementExplained(const Row &r) const
{
    if (!r.engagement)
        return tr("No post metrics in the last 90 days");
    const EngagementRate &rate = r.engagement->rate;
    const QLocale locale;
    const QString denominator = m_basis == QLatin1String("reach")         ? tr("reach")
                                : m_basis == QLatin1String("impressions") ? tr("impressions")
                                                                          : tr("followers at posting");
    const auto percent = rate.percent();
    QString text =
        tr("Engagement rate by %1, last 90 days (%n post(s)): %2 engagements / %3 = %4", nullptr, r.engagement->posts)
            .arg(denominator, locale.toString(rate.engagement), locale.toString(rate.denominator),
                 percent ? QStringLiteral("%1%").arg(locale.toString(*percent, 'f', 2)) : tr("no rate"));
    if (rate.leftOut > 0)
        text += QLatin1Char('\n') + tr("%n post(s) left out: no %1 for them", nullptr, rate.leftOut).arg(denominator);
    return text;
}

QString CreatorRosterModel::followersExplained(const Row &r) const
{
    if (r.largestFollowers < 0)
        return tr("No follower count yet");
    const QLocale locale;
    QStringList lines{tr("Followers on the largest platform, which sets the tier:")};
    for (qsizetype i = 0; i < r.platforms.size() && i < r.platformFollowers.size(); ++i) {
        const auto platform = wordFrom<Platform>(r.platforms.at(i));
        const QString name = platform ? platformDisplayName(*platform) : r.platforms.at(i);
        const qint64 count = r.platformFollowers.at(i);
        lines << (count < 0 ? tr("%1: no count yet").arg(name) : tr("%1: %2").arg(name, locale.toString(count)));
    }
    if (r.platforms.size() > 1)
        lines << tr("All platforms: %1").arg(locale.toString(r.totalFollowers));
    return lines.join(QLatin1Char('\n'));
}

QVariant CreatorRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Followers)
        return tr("Followers on the creator's largest platform, which sets the tier; hover a row for every "
                  "platform");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Tier:
        return tr("Tier");
    case Platforms:
        return tr("Platforms");
    case Followers:
        return tr("Followers");
    case Engagement:
        return tr("Engagement");
    case Niche:
        return tr("Niche");
    case Country:
        return tr("Country");
    case Manager:
        return tr("Manager");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace cd

#pragma once

#include "ListReads.h"
#include "analytics/CreatorEngagement.h"
#include "common/Tier.h"
#include "storage/Changes.h"
#include "storage/Workspace.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace cd {

// The roster: one row per creator with tier, platforms and follower totals from each account's
// latest snapshot, and the engagement rate of the last 90 days. Needs only QtCore, so it lives in core and is tested
// without a display. Reloads itself when a committed change touches creators or followers, or is fed
// reads made elsewhere (the roster page reads on a worker: an agency's roster takes longer than a
// frame).
class CreatorRosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // A creator's engagement of the last 90 days by the roster's basis (Roster::basis): a row kept
    // the three bases' sums, 48 bytes of which the list never read (a basis chosen reads the roster
    // again).
    struct Rate
    {
        int posts = 0;
        EngagementRate rate;
    };
    struct Row
    {
        qint64 id = 0, managerId = 0;
        QString name, niche, country, manager;
        QStringList platforms;
        QList<qint64> platformFollowers; // beside platforms; -1: no snapshot yet
        qint64 totalFollowers = -1;      // -1: no snapshot yet
        qint64 largestFollowers = -1;    // shown: the tier is the largest platform's (domain.md)
        std::optional<Rate> engagement;  // when the creator has posts in the 90 days
        SearchText searchText;           // every column's text, case-folded (SearchTextRole)
        int nameRank = 0; // place by name in its roster (nameCollator; equal names share one): SortRole of Name
        bool archived = false;
    };
    // One read of the roster, with the settings its figures are shown by.
    struct Roster
    {
        QList<Row> rows;
        TierThresholds thresholds;
        QString basis; // the engagement rate shown: by followers, reach or impressions
        QString error; // why the roster (or its engagement column) could not be read; empty when it was
        // Set when only the first rows by name were read (FirstRows): how many creators there are.
        std::optional<qint64> creators;
        // The niches of these rows, each once (ignoring case), in people's order: the filter's list,
        // made with the read rather than from 20,000 rows on the GUI thread at every reset.
        QStringList niches;
    };
    // A first screen of the roster: the first `rows` creators by name, A-Z or Z-A as the list is
    // sorted, read while the whole roster is (at 20,000 creators that takes about half a second).
    struct FirstRows
    {
        int rows = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    enum class Reads
    {
        Itself, // on construction and after every change that matters (on the calling thread)
        Fed     // only what setRoster() gives
    };
    enum Column
    {
        Name,
        Tier,
        Platforms,
        Followers,
        Engagement,
        Niche,
        Country,
        Manager,
        Status,
        ColumnCount
    };
    // Raw values for sorting and filtering (numbers as numbers, tier as its rank).
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int ArchivedRole = Qt::UserRole + 3;
    // For filters: the platform words ("instagram"), the tier rank (0 nano .. 3 mega, -1 unknown).
    static constexpr int PlatformWordsRole = Qt::UserRole + 4;
    static constexpr int TierRankRole = Qt::UserRole + 5;
    // The creator's manager's id, 0 when none ("My creators").
    static constexpr int ManagerIdRole = Qt::UserRole + 6;
    // Every column's text in one case-folded string, for the search (ListReads.h): made with the
    // read (on the page's worker), so each key typed matches strings instead of formatting cells.
    static constexpr int SearchTextRole = ListSearchTextRole;

    explicit CreatorRosterModel(Workspace *workspace, QObject *parent = nullptr, Reads reads = Reads::Itself);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the roster: one query for all creators (or the first ones, `first`), one for their
    // engagement rates as of `today`. Thread-safe given a connection of the calling thread. With
    // `rates`, the rates of a whole roster are read meanwhile on a thread of its own, through a
    // connection opened with it.
    static Roster read(QSqlDatabase &db, const QDate &today, std::optional<FirstRows> first = std::nullopt,
                       const Workspace::Opener &rates = {});
    // The rows of these creators as a whole read gives them, in the order asked, but without a place
    // by name (applyRows() gives it); a creator no longer there has none. Reads back what a change
    // names: one creator's row at 20,000 creators instead of every row.
    static Roster readCreators(QSqlDatabase &db, const QDate &today, const QList<qint64> &ids);
    // The creators whose rows these changes may have changed, or nothing when they cannot be told
    // (a kind changed without ids, settings, a deal or account gone with what hung on it).
    static std::optional<QList<qint64>> creatorsChanged(QSqlDatabase &db, const Changes &changes);
    // Whether a change to these kinds of records changes the roster.
    static bool dependsOn(const QStringList &changedKinds);
    // Shows a read in one reset (selections follow by id, see keepSelectionByIds).
    void setRoster(Roster roster);
    // Puts rows read back for `ids` (readCreators()) in place without a reset: a row changed in place,
    // moved to its place by name when renamed, added there, or removed when its creator is gone.
    // Returns whether the niches changed (niches() has the new list).
    bool applyRows(const QList<qint64> &ids, QList<Row> rows);

    // Reads the roster again on the calling thread.
    void reload();
    QString lastError() const { return m_error; }
    QStringList niches() const { return m_niches; }
    // How many of the rows are archived creators (the page says how many its filter hides).
    int archivedCount() const;
    // A row's place in name order (SortRole of the Name column), for a sort that asks 300,000 times.
    int nameRankAt(int row) const { return m_rows.at(row).nameRank; }

private:
    // read() and readCreators(): every creator, the first by name, or only those with these ids.
    static Roster readRows(QSqlDatabase &db, const QDate &today, std::optional<FirstRows> first,
                           const QList<qint64> *only, const Workspace::Opener &rates);
    // The niches of these rows, each once (ignoring case), in people's order.
    static QStringList nichesOf(const QList<Row> &rows);
    // Where `name` goes among the rows (in name order): after those it sorts after or with (leaving
    // out the row at `skip`, being renamed).
    qsizetype placeByName(const QString &name, qsizetype skip = -1) const;
    // Gives the row at `at`, just placed, its place by name; the rows after it move up one place
    // unless it shares a name with the row before (their order among themselves stays).
    void rankPlaced(qsizetype at);
    // A cell's text as shown; static so a read can make the search texts off the GUI thread.
    static QString cellText(const Row &r, int column, const TierThresholds &thresholds);
    static std::optional<double> engagementPercent(const Row &r);
    QString engagementExplained(const Row &r) const;
    QString followersExplained(const Row &r) const;

    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
    TierThresholds m_thresholds;
    QString m_basis; // the engagement rate shown: by followers, reach or impressions
    QString m_error;
    QStringList m_niches;
};

} // namespace cd

// Its rows hold only members that can be moved by copying their bytes, so a growing list moves them
// that way instead of one by one.
Q_DECLARE_TYPEINFO(cd::CreatorRosterModel::Row, Q_RELOCATABLE_TYPE);

#pragma once

#include "analytics/Dashboard.h"
#include "common/Result.h"
#include "desk/ManagedRecords.h"

#include <QWidget>

#include <QHash>
#include <QSet>

#include <array>
#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {

class BackgroundRead;
class FollowersChart;
class Workspace;

// The first page of the day: active campaigns against their targets (progress bars), deliverables
// due this week and late, payments overdue, the roster's best and worst engagement and costs per engagement,
// follower growth across the roster, and authenticity warnings of the last 30 days.
// Double-clicking an item opens what it is about. The figures are worked out in parts
// (DashboardPart) on workers, two at once on two cores, each list filled as its part arrives: what
// was shown stays, with "working out the figures…" beside the title, until the new ones arrive.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);

    // Works out every part again, on workers; each list shows its part when it arrives.
    void reload();
    // Works out again the parts a change reached since they were last asked for (every part on a
    // new day); what showing the page does.
    void reloadStale();
    // Whether figures asked for are still being worked out (tests wait for it).
    bool isReading() const;
    // Whether a part has arrived at least once since the page was made.
    bool hasShown(DashboardPart part) const;
    // Only my creators' records ("My creators"); nullopt: everyone's. Reloads when shown.
    void setMine(const std::optional<ManagedIds> &mine);
    QTreeWidget *campaigns() const { return m_campaigns; }
    QTreeWidget *due() const { return m_due; }
    QTreeWidget *rates() const { return m_rates; }
    QTreeWidget *warnings() const { return m_warnings; }
    QTreeWidget *costs() const { return m_costs; }
    QTreeWidget *growth() const { return m_growth; }
    QTreeWidget *overdue() const { return m_overdue; }
    FollowersChart *rosterChart() const { return m_rosterChart; }

signals:
    void openCampaign(qint64 id);
    void openCreator(qint64 id);
    // A part's figures (or why they could not be worked out) are on screen.
    void partShown(cd::DashboardPart part);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // `stretched` columns share the list's width (eliding), the rest fit their contents each time
    // the list is filled; without any the last column takes what is left.
    QTreeWidget *makeList(const QStringList &headers, const char *objectName, const QList<int> &stretched = {});
    static std::size_t index(DashboardPart part) { return std::size_t(part); }
    void showWorking();
    void showPart(DashboardPart part, const Result<DashboardData> &board, const QDate &today);
    // Each list made again from m_board (and m_errors) when its part arrives.
    void showCampaigns(); // and the costs
    void showDue(const QDate &today);
    void showRates();
    void showGrowth();
    void showWarnings(); // contracts and authenticity
    void showOverdue();
    void addError(QTreeWidgetItem *list, DashboardPart part) const;
    void addComing(QTreeWidgetItem *list) const;

    Workspace *m_workspace;
    std::array<BackgroundRead *, std::size(DashboardParts)> m_parts{};
    DashboardData m_board;                // every part as last shown
    QHash<std::size_t, QString> m_errors; // why a part could not be worked out, by index()
    QSet<std::size_t> m_shown;            // parts shown at least once
    QLabel *m_state = nullptr;
    QTreeWidget *m_campaigns, *m_due, *m_rates, *m_costs, *m_growth, *m_warnings, *m_overdue;
    FollowersChart *m_rosterChart;
    QHash<const QTreeWidget *, QList<int>> m_fitted; // the columns each list sizes to its cells (putIn())
    QSet<std::size_t> m_stale; // parts a change reached since they were last asked for, by index()
    QDate m_day;               // the day the parts were last asked for
    std::optional<ManagedIds> m_mine;
};

} // namespace cd

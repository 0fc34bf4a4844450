#pragma once

#include "analytics/Dashboard.h"
#include "common/Result.h"
#include "desk/ManagedRecords.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace cd {

class BackgroundRead;
class FollowersChart;
class Workspace;

// The first page of the day: active campaigns against their targets (progress bars), deliverables
// due this week and late, payments overdue, the roster's best and worst engagement and costs per engagement,
// follower growth across the roster, and authenticity warnings of the last 30 days.
// Double-clicking an item opens what it is about. The figures are worked out on a worker: what
// was shown stays, with "working out the figures…" beside the title, until the new ones arrive.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    // Whether figures asked for are still being worked out (tests wait for it).
    bool isReading() const;
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    // `stretched` columns share the list's width (eliding), the rest fit their contents; without
    // any the last column takes what is left.
    QTreeWidget *makeList(const QStringList &headers, const char *objectName, const QList<int> &stretched = {});
    void showBoard(const Result<DashboardData> &board, const QDate &today);

    Workspace *m_workspace;
    BackgroundRead *m_read;
    QLabel *m_state = nullptr;
    QTreeWidget *m_campaigns, *m_due, *m_rates, *m_costs, *m_growth, *m_warnings, *m_overdue;
    FollowersChart *m_rosterChart;
    bool m_stale = false;
    bool m_shownOnce = false; // figures arrived at least once
    std::optional<ManagedIds> m_mine;
};

} // namespace cd

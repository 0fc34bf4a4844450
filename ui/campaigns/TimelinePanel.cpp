#include "TimelinePanel.h"

#include "brief/Timeline.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "storage/Workspace.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {

TimelinePanel::TimelinePanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("timelineTree"));
    m_tree->setAccessibleName(tr("Campaign calendar"));
    m_tree->setHeaderLabels({tr("Date"), tr("What")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
            if (kinds.contains(QLatin1String("deliverables")) || kinds.contains(QLatin1String("campaigns")) ||
                kinds.contains(QLatin1String("participants")))
                reload();
        });
}

void TimelinePanel::setCampaign(qint64 campaignId)
{
    if (campaignId == m_campaign)
        return;
    m_campaign = campaignId;
    reload();
}

void TimelinePanel::reload()
{
    m_tree->clear();
    if (!m_workspace || !m_campaign)
        return;
    QSqlDatabase db = m_workspace->db();
    const QDate today = Clock::today();
    auto events = campaignTimeline(db, m_campaign, today);
    if (!events) {
        new QTreeWidgetItem(m_tree, {QString(), events.error()});
        return;
    }
    const QLocale locale;
    QTreeWidgetItem *week = nullptr;
    QDate weekStart;
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    for (const TimelineEvent &e : events.value()) {
        const QDate monday = e.date.addDays(1 - e.date.dayOfWeek());
        if (!week || monday != weekStart) {
            weekStart = monday;
            // "this week" beside the week's date, not in the column of events, where it read as one.
            week =
                new QTreeWidgetItem(m_tree, {monday == thisWeek ? tr("Week of %1 (this week)").arg(displayDate(monday))
                                                                : tr("Week of %1").arg(displayDate(monday))});
            week->setFirstColumnSpanned(true);
            QFont bold = week->font(0);
            bold.setBold(true);
            week->setFont(0, bold);
            week->setExpanded(monday >= thisWeek.addDays(-7) && monday <= thisWeek.addDays(14));
        }
        auto *item = new QTreeWidgetItem(week, {displayDate(e.date), e.text()});
        if (e.late)
            for (int c = 0; c < 2; ++c)
                item->setForeground(c, QColor(0xd3, 0x2f, 0x2f));
    }
}

} // namespace cd

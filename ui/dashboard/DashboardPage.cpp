#include "DashboardPage.h"

#include "analytics/Dashboard.h"
#include "common/Clock.h"
#include "main/PageParts.h"
#include "storage/Workspace.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {
namespace {
constexpr int IdRole = Qt::UserRole + 1;   // what a double-click opens
constexpr int KindRole = Qt::UserRole + 2; // 0 campaign, 1 creator
const QColor Late(0xd3, 0x2f, 0x2f);

QString percent(const std::optional<double> &p)
{
    return p ? QStringLiteral("%1%").arg(QLocale().toString(*p, 'f', 0)) : QStringLiteral("—");
}
} // namespace

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_campaigns = makeList({tr("Active campaign"), tr("Brand"), tr("Posts"), tr("Views"), tr("Rate"),
                            tr("New followers"), tr("Link clicks"), tr("Revenue")},
                           "dashboardCampaigns");
    m_due = makeList({tr("Due"), tr("Campaign"), tr("Creator"), tr("Deliverable"), tr("Status")}, "dashboardDue");
    m_rates = makeList({tr("Creator"), tr("Engagement"), tr("Posts")}, "dashboardRates");
    m_warnings = makeList({tr("Creator"), tr("What to look at")}, "dashboardWarnings");
    const auto box = [this](const QString &title, QTreeWidget *list, const QString &hint) {
        auto *group = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(group);
        auto *note = new QLabel(hint, group);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addWidget(list, 1);
        return group;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(box(tr("Campaigns running"), m_campaigns, tr("Progress against each target set, as of today.")), 0,
                    0, 1, 2);
    grid->addWidget(box(tr("Due this week and late"), m_due, tr("Not posted yet; late ones in red.")), 1, 0);
    grid->addWidget(
        box(tr("Engagement, last 90 days"), m_rates, tr("Highest and lowest rates on the basis chosen in Settings.")),
        1, 1);
    grid->addWidget(box(tr("Worth a closer look"), m_warnings,
                        tr("Authenticity warnings from the last 30 days: signs, not verdicts.")),
                    2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Dashboard"), this));
    layout->addLayout(grid, 1);
    // Changes only mark the page stale; it is worked out again when shown (on a large workspace
    // that is a fraction of a second nobody should wait for on every edit elsewhere).
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this] {
            m_stale = true;
            if (isVisible())
                reload();
        });
    m_stale = true; // worked out when first shown
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

QTreeWidget *DashboardPage::makeList(const QStringList &headers, const char *objectName)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(QLatin1String(objectName));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(0, IdRole);
        if (!id.isValid())
            return;
        if (item->data(0, KindRole).toInt() == 0)
            emit openCampaign(id.toLongLong());
        else
            emit openCreator(id.toLongLong());
    });
    return list;
}

void DashboardPage::reload()
{
    m_stale = false;
    for (QTreeWidget *list : {m_campaigns, m_due, m_rates, m_warnings})
        list->clear();
    if (!m_workspace)
        return;
    QSqlDatabase db = m_workspace->db();
    const QDate today = Clock::today();
    auto data = dashboard(db, today);
    if (!data) {
        new QTreeWidgetItem(m_campaigns, {data.error()});
        return;
    }
    const QLocale locale;
    for (const DashboardData::Campaign &c : data->active) {
        QStringList cells = {c.name, c.brand};
        for (const char *kpi : {"posts", "views", "engagement_rate", "new_followers", "link_clicks", "revenue"}) {
            const auto p = std::find_if(c.progress.cbegin(), c.progress.cend(),
                                        [&](const KpiProgress &k) { return k.kpi == QLatin1String(kpi); });
            cells << (p == c.progress.cend() ? QString() : percent(p->percent()));
        }
        auto *item = new QTreeWidgetItem(m_campaigns, cells);
        item->setData(0, IdRole, c.id);
        item->setData(0, KindRole, 0);
    }
    for (const DashboardData::Due &d : data->due) {
        auto *item =
            new QTreeWidgetItem(m_due, {locale.toString(d.due, QLocale::ShortFormat), d.campaign, d.creator, d.title,
                                        QString(d.status).replace(QLatin1Char('_'), QLatin1Char(' '))});
        item->setData(0, IdRole, d.campaignId);
        item->setData(0, KindRole, 0);
        if (d.late)
            for (int col = 0; col < item->columnCount(); ++col)
                item->setForeground(col, Late);
    }
    const auto addRates = [&](const QString &group, const QList<DashboardData::Rate> &rates) {
        if (rates.isEmpty())
            return;
        auto *heading = new QTreeWidgetItem(m_rates, {group});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const DashboardData::Rate &r : rates) {
            auto *item =
                new QTreeWidgetItem(m_rates, {r.creator, QStringLiteral("%1%").arg(locale.toString(r.percent, 'f', 2)),
                                              locale.toString(r.posts)});
            item->setData(0, IdRole, r.creatorId);
            item->setData(0, KindRole, 1);
        }
    };
    addRates(tr("Highest"), data->best);
    addRates(tr("Lowest"), data->worst);
    for (const AuthenticityWarning &w : data->warnings) {
        auto *item = new QTreeWidgetItem(m_warnings, {w.creator, w.explanation});
        item->setToolTip(1, w.explanation);
        item->setData(0, IdRole, w.creatorId);
        item->setData(0, KindRole, 1);
    }
}

} // namespace cd

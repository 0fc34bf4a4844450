#include "ResultsPanel.h"

#include "analytics/CampaignKpis.h"
#include "analytics/Series.h"
#include "charts/ChartPanel.h"
#include "charts/EngagementChart.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {
namespace {
QString percent(const std::optional<double> &p)
{
    return p ? QStringLiteral("%1%").arg(QLocale().toString(*p, 'f', 2)) : QStringLiteral("—");
}
} // namespace

ResultsPanel::ResultsPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *tiles = new QGridLayout;
    const std::pair<const char *, QString> figures[] = {{"posts", tr("Posts")},
                                                        {"engagement", tr("Engagement")},
                                                        {"engagement_rate_followers", tr("Rate")},
                                                        {"follower_growth_pct", tr("Follower growth")},
                                                        {"cost", tr("Cost")},
                                                        {"cpe", tr("CPE")},
                                                        {"cpm", tr("CPM")},
                                                        {"roi_pct", tr("ROI")}};
    int column = 0;
    for (const auto &[figure, name] : figures) {
        auto *caption = new QLabel(name, this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("kpiTile_%1").arg(QLatin1String(figure)));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        value->setFont(big);
        tiles->addWidget(caption, 0, column);
        tiles->addWidget(value, 1, column);
        m_tiles.append({QLatin1String(figure), value});
        // Mid-campaign the committed cost meets only the first posts; the figure counting only the
        // creators who have posted stands under it (domain.md's "cost so far").
        if (QLatin1String(figure) == QLatin1String("cost") || QLatin1String(figure) == QLatin1String("cpe") ||
            QLatin1String(figure) == QLatin1String("cpm")) {
            auto *soFar = new QLabel(this);
            soFar->setObjectName(QStringLiteral("kpiSoFar_%1").arg(QLatin1String(figure)));
            soFar->setForegroundRole(QPalette::PlaceholderText);
            tiles->addWidget(soFar, 2, column);
            m_soFar.append({QLatin1String(figure), soFar});
        }
        ++column;
    }
    m_note = new QLabel(this);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_chart = new EngagementChart(this);
    // The other charts of the campaign, drawn by the same code `collabdesk-cli chart` uses.
    m_charts = new QTabWidget(this);
    m_charts->setDocumentMode(true);
    m_charts->addTab(m_chart, tr("Engagement"));
    for (const auto &[kind, title] :
         // Growth since the start, not raw counts: a creator with 1.2 million followers flattened
         // every nano and micro creator onto the zero line.
         {std::pair{QStringLiteral("follower_growth"), tr("Followers")},
          std::pair{QStringLiteral("kpi"), tr("Targets")}, std::pair{QStringLiteral("budget"), tr("Budget")}}) {
        auto *chart = new ChartPanel(QStringLiteral("%1ChartView").arg(kind), title, this);
        m_charts->addTab(chart, title);
        m_views.append({kind, chart});
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addWidget(m_note);
    layout->addWidget(m_charts, 1);
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
            // Edits elsewhere only mark the figures stale; they are worked out again when seen.
            for (const char *kind : {"post_metrics", "participants", "deliverables", "followers", "campaigns"})
                if (kinds.contains(QLatin1String(kind))) {
                    m_stale = true;
                    if (isVisible())
                        reload();
                    return;
                }
        });
}

QLabel *ResultsPanel::tile(const QString &figure) const
{
    for (const auto &[name, label] : m_tiles)
        if (name == figure)
            return label;
    return nullptr;
}

QString ResultsPanel::soFar(const QString &figure) const
{
    for (const auto &[name, label] : m_soFar)
        if (name == figure)
            return label->text();
    return {};
}

void ResultsPanel::setCampaign(qint64 campaignId)
{
    if (campaignId == m_campaign)
        return;
    m_campaign = campaignId;
    reload();
}

void ResultsPanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void ResultsPanel::reload()
{
    m_stale = false;
    for (const auto &[name, label] : m_tiles) {
        label->clear();
        label->setToolTip({});
    }
    for (const auto &[name, label] : m_soFar)
        label->clear();
    m_chart->setSeries({}, {}, {});
    for (const auto &[kind, chart] : std::as_const(m_views))
        chart->showMessage({});
    m_note->clear();
    if (!m_workspace || !m_campaign)
        return;
    QSqlDatabase db = m_workspace->db();
    auto c = CampaignService(*m_workspace).load(m_campaign);
    if (!c)
        return;
    const QDate today = Clock::today();
    const QDate start = c->start;
    const QDate end = c->end;
    auto kpis = campaignKpis(db, c->name, today);
    if (!kpis) {
        m_note->setText(kpis.error());
        return;
    }
    const CampaignKpis &k = kpis.value();
    const QLocale locale;
    const QMap<QString, QString> values = {
        {QStringLiteral("posts"), locale.toString(k.totals.posts)},
        {QStringLiteral("engagement"), locale.toString(k.totals.engagement())},
        {QStringLiteral("engagement_rate_followers"), percent(k.totals.rateByFollowers())},
        {QStringLiteral("follower_growth_pct"), percent(k.growth.percent())},
        {QStringLiteral("cost"), k.cost.format()},
        {QStringLiteral("cpe"), k.cpe.display()},
        {QStringLiteral("cpm"), k.cpm.display()},
        {QStringLiteral("roi_pct"), percent(k.roiPercent)}};
    for (const auto &[name, label] : m_tiles) {
        label->setText(values.value(name));
        const QString how = explainKpi(k, name);
        label->setToolTip(how.isEmpty() ? tr("As of today") : how);
    }
    if (k.hasCostSoFar()) {
        const QMap<QString, QString> soFar = {
            {QStringLiteral("cost"),
             tr("%1 so far (%2 of %3 posted)")
                 .arg(k.costSoFar.format(), locale.toString(k.creatorsPosted), locale.toString(k.creators.size()))},
            {QStringLiteral("cpe"), tr("%1 so far").arg(k.cpeSoFar.display())},
            {QStringLiteral("cpm"), tr("%1 so far").arg(k.cpmSoFar.display())}};
        for (const auto &[name, label] : m_soFar) {
            label->setText(soFar.value(name));
            label->setToolTip(explainKpi(k, name));
        }
    }
    m_note->setText(tr("As of %1; hover a figure for how it was counted.").arg(displayDate(today)));
    // From the start until numbers stop coming: a month after the end, or today.
    QDate to = end.isValid() ? std::min(today, end.addDays(30)) : today;
    // Not a blank box: the chart says why it has nothing to draw.
    if (!start.isValid()) {
        m_chart->showMessage(tr("No start date: give the campaign one to chart its numbers"));
        return;
    }
    if (to < start) {
        const QString why = tr("No numbers before the campaign starts on %1").arg(displayDate(start));
        m_chart->showMessage(why);
        for (const auto &[kind, chart] : std::as_const(m_views))
            chart->showMessage(why);
        return;
    }
    auto points = engagementSeries(db, m_campaign, start, to);
    if (points)
        m_chart->setSeries(points.value(), start, end);
    // A chart with nothing to draw (no targets set) says why in its title.
    for (const auto &[kind, chart] : std::as_const(m_views))
        (void)chart->showCampaignChart(*m_workspace, m_campaign, kind, today);
}

} // namespace cd

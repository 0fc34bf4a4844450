#include "ResultsPanel.h"

#include "analytics/CampaignKpis.h"
#include "analytics/Series.h"
#include "charts/ChartPanel.h"
#include "charts/EngagementChart.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "main/RoleColors.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {
namespace {
QString percent(const std::optional<double> &p)
{
    return p ? QStringLiteral("%1%").arg(QLocale().toString(*p, 'f', 2)) : QStringLiteral("—");
}

// A tile's target under its figure: "of the 6 target" over a thin line filled to the share reached
// (green at 100%), as the dashboard draws its KPI cells.
class TargetLine : public QWidget
{
public:
    using QWidget::QWidget;
    void setShare(std::optional<double> percent)
    {
        m_percent = percent;
        update();
    }
    std::optional<double> share() const { return m_percent; }
    QSize sizeHint() const override { return {80, 4}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_percent)
            return;
        QPainter painter(this);
        paintProgressLine(&painter, QRect(0, 0, width(), 3), *m_percent, palette(), this);
    }

private:
    std::optional<double> m_percent;
};
} // namespace

ResultsPanel::ResultsPanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *tiles = new QGridLayout;
    const std::pair<const char *, QString> figures[] = {{"posts", tr("Posts")},
                                                        {"engagement", tr("Engagement")},
                                                        {"engagement_rate_followers", tr("Engagement rate")},
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
        // The KPIs a campaign sets a target for: the target under the figure, with how far it is.
        if (const QLatin1String kpi = targetKpi(QLatin1String(figure)); !kpi.isEmpty()) {
            auto *target = new QLabel(this);
            target->setObjectName(QStringLiteral("kpiTarget_%1").arg(QLatin1String(figure)));
            target->setForegroundRole(QPalette::PlaceholderText);
            auto *line = new TargetLine(this);
            line->setFixedHeight(4);
            auto *under = new QVBoxLayout;
            under->setSpacing(2);
            under->addWidget(target);
            under->addWidget(line);
            tiles->addLayout(under, 2, column);
            m_targets.append({kpi, target, line});
        } else {
            // Mid-campaign the committed cost meets only the first posts; the figure counting only
            // the creators who have posted stands under it (domain.md's "cost so far"). A figure
            // with no value says why here instead.
            auto *under = new QLabel(this);
            under->setObjectName(QStringLiteral("kpiUnder_%1").arg(QLatin1String(figure)));
            under->setForegroundRole(QPalette::PlaceholderText);
            // A reason may wrap: a long one widened the tiles past the chart's right edge. The cost
            // so far stays one line (wrapped, it made the tiles a line taller for nothing).
            under->setWordWrap(QLatin1String(figure) != QLatin1String("cost"));
            tiles->addWidget(under, 2, column, Qt::AlignTop);
            m_under.append({QLatin1String(figure), under});
        }
        ++column;
    }
    m_note = new QLabel(this);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_chart = new EngagementChart(this);
    // The other charts of the campaign, drawn by the same code `collabdesk-cli chart` uses.
    m_charts = new QTabWidget(this);
    m_charts->setDocumentMode(true);
    // Room for a plot under the tiles: beside an agency's list of a thousand campaigns the detail
    // pane left the chart a 40 px strip, its axis titles cut to "Co…" and "Rat…".
    m_charts->setMinimumHeight(230);
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

QLatin1String ResultsPanel::targetKpi(QLatin1String figure)
{
    if (figure == QLatin1String("posts"))
        return QLatin1String("posts");
    if (figure == QLatin1String("engagement_rate_followers"))
        return QLatin1String("engagement_rate");
    return {};
}

QString ResultsPanel::targetText(const QString &figure) const
{
    for (const Target &t : m_targets)
        if (t.label->objectName() == QStringLiteral("kpiTarget_%1").arg(figure))
            return t.label->text();
    return {};
}

QLabel *ResultsPanel::tile(const QString &figure) const
{
    for (const auto &[name, label] : m_tiles)
        if (name == figure)
            return label;
    return nullptr;
}

QString ResultsPanel::under(const QString &figure) const
{
    for (const auto &[name, label] : m_under)
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
    for (const auto &[name, label] : m_under)
        label->clear();
    for (const Target &t : std::as_const(m_targets)) {
        t.label->clear();
        static_cast<TargetLine *>(t.line)->setShare(std::nullopt);
    }
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
    for (const Target &t : std::as_const(m_targets)) {
        const auto p =
            std::find_if(k.progress.cbegin(), k.progress.cend(), [&](const KpiProgress &g) { return g.kpi == t.kpi; });
        if (p == k.progress.cend()) {
            t.label->setText(tr("no target"));
            continue;
        }
        // "of the 6 target · 17%"; the rate's target is kept in hundredths of a percent.
        const QString target = t.kpi == QLatin1String("engagement_rate")
                                   ? QStringLiteral("%1%").arg(locale.toString(double(p->target) / 100.0, 'f', 2))
                                   : locale.toString(p->target);
        const auto share = p->percent();
        t.label->setText(share ? tr("of the %1 target · %2%").arg(target, locale.toString(*share, 'f', 0))
                               : tr("of the %1 target").arg(target));
        static_cast<TargetLine *>(t.line)->setShare(share);
    }
    QMap<QString, QString> soFar;
    if (k.hasCostSoFar())
        soFar = {
            {QStringLiteral("cost"),
             tr("%1 so far (%2 of %3 creators posted)")
                 .arg(k.costSoFar.format(), locale.toString(k.creatorsPosted), locale.toString(k.creators.size()))},
            // Nothing so far under a ratio with no value so far ("— so far" said nothing).
            {QStringLiteral("cpe"), k.cpeSoFar.hasValue() ? tr("%1 so far").arg(k.cpeSoFar.display()) : QString()},
            {QStringLiteral("cpm"), k.cpmSoFar.hasValue() ? tr("%1 so far").arg(k.cpmSoFar.display()) : QString()}};
    for (const auto &[name, label] : m_under) {
        // A "—" says why in a few words (the tooltip says it whole): a CPM without impressions
        // looked like a fault until hovered.
        const QString why = whyNoKpiValue(k, name);
        label->setText(why.isEmpty() ? soFar.value(name) : why);
        label->setToolTip(explainKpi(k, name));
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

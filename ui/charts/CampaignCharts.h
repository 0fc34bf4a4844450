#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSize>
#include <QStringList>

class QChart;
class QChartView;

namespace cd {

class Workspace;

// The kinds of campaign chart `collabdesk-cli chart` and the app draw alike.
QStringList campaignChartKinds(); // engagement, followers, kpi, budget

// Draws the campaign's chart of `kind` as of `asOf` into `view` (which owns the chart):
//  engagement: the daily engagement lines and rate (as in the Results tab);
//  followers: each participating creator's followers on the campaign's platforms, start and end marked;
//  follower_growth (not one of campaignChartKinds: documents draw it): the same as each creator's
//  change in percent since the campaign's start, so creators of every size can be compared;
//  kpi: progress against each target set, in percent, with the 100% line;
//  budget: the budget, what the creators taking part commit, and what was paid by then.
// Errors: the campaign cannot be read, an unknown kind, "the campaign starts after <asOf>: nothing to
// draw yet" (engagement), "<name> has no KPI targets set: …" (kpi); the chart is then left as it was.
Status drawCampaignChart(QChartView *view, Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf);
// The same into a chart that no view shows (a picture's).
Status drawCampaignChart(QChart *chart, Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf);

// Draws the chart as drawCampaignChart does in a view of `size` (shown on the current platform,
// offscreen for the CLI, so the chart lays itself out) and saves it as saveChart does: a PNG at twice
// `size`, or (`svg` true) an SVG drawing. Needs a QApplication. Errors: drawCampaignChart's, then
// saveChart's ("cannot write <path>: …"); nothing is written when drawing fails.
Status writeCampaignChart(Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf, const QString &path,
                          bool svg, const QSize &size = QSize(1200, 700));

} // namespace cd

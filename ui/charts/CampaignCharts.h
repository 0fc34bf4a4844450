#pragma once

#include "common/Result.h"

#include <QDate>
#include <QStringList>

class QChartView;

namespace cd {

class Workspace;

// The kinds of campaign chart `collabdesk-cli chart` and the app draw alike.
QStringList campaignChartKinds(); // engagement, followers, kpi, budget

// Draws the campaign's chart of `kind` as of `asOf` into `view` (which owns the chart):
//  engagement: the daily engagement lines and rate (as in the Results tab);
//  followers: each participating creator's followers on the campaign's platforms, start and end marked;
//  kpi: progress against each target set, in percent, with the 100% line;
//  budget: the budget, what the creators taking part commit, and what was paid by then.
Status drawCampaignChart(QChartView *view, Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf);

} // namespace cd

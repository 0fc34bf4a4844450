#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QHash>
#include <QPicture>
#include <QString>

namespace cd {

struct CampaignReport;

// The report a brand or an agency sends the client at the end of a campaign (or during it), in
// English or Indonesian: a cover with the brand, campaign, dates and as-of date and the results at
// a glance; progress against each target; the engagement, followers and targets charts as vector
// drawings; a row per creator (posts, engagement, rate beside the platform's band, followers
// before and after, cost, CPE, CPM); brief compliance per deliverable; the five top posts; and an
// appendix giving each figure's formula in words. A campaign without numbers yet says so instead of
// showing empty charts.

// The report as rich text for A4 pages; `charts` names the chart pictures that will be given
// (reportEngagementChart and the others of CampaignReport.h).
// `preparedBy` (the company in Settings) is printed on the cover when set.
QString campaignReportHtml(const CampaignReport &report, ContractLanguage language, const QStringList &charts,
                           const QString &preparedBy);

// The titles of the report's charts in `language`, by chart name, for the charts to carry.
QHash<QString, QString> reportChartTitles(ContractLanguage language);

// Writes the report as a PDF to `path` through QSaveFile (whole or not at all), numbering its
// pages; returns the page count. Needs a QGuiApplication (fonts); works on the offscreen platform.
Result<int> writeCampaignReportPdf(const CampaignReport &report, ContractLanguage language,
                                   const QHash<QString, QPicture> &charts, const QString &preparedBy,
                                   const QString &path);

} // namespace cd

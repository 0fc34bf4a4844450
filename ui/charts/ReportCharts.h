#pragma once

#include "common/Words.h"

#include <QHash>
#include <QPicture>
#include <QString>

namespace cd {

class Workspace;
struct CampaignReport;

// The charts of a campaign's client report (ReportDocument) as vector pictures, by the names the
// report places them under: engagement over time, each creator's followers, and progress against
// the targets (when there are any). Each carries its title from `titles` (by the same names, in
// the document's language), so a title never sits on one page and its chart on the next. None
// before the campaign has numbers: the report then says so rather than showing empty charts. A
// chart that cannot be drawn is left out. Every word and month in them is in `language`.
QHash<QString, QPicture> reportChartPictures(Workspace &ws, const CampaignReport &report,
                                             const QHash<QString, QString> &titles, ContractLanguage language);

} // namespace cd

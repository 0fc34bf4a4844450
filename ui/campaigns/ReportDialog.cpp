#include "ReportDialog.h"

#include "ReportDocument.h"
#include "analytics/CampaignReport.h"
#include "charts/ReportCharts.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/LocalSettings.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "money/MoneySettings.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace cd {
namespace {
// The folder the last report was saved in, kept across sessions.
constexpr auto ReportFolderKey = "campaigns/reportFolder";
} // namespace

ReportDialog::ReportDialog(Workspace &workspace, qint64 campaignId, const QString &campaignName, QWidget *parent)
    : DocumentDialog(tr("Report on %1").arg(campaignName),
                     tr("For the client: results against targets, charts, each creator's figures, brief compliance, "
                        "the top posts, and how each figure is calculated."),
                     parent),
      m_ws(workspace), m_campaignId(campaignId), m_campaignName(campaignName),
      m_asOf(new QDateEdit(Clock::today(), this))
{
    m_asOf->setObjectName(QStringLiteral("reportAsOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateEntryFormat());
    addField(tr("Figures &as of:"), m_asOf);
}

QDate ReportDialog::asOf() const
{
    return m_asOf->date();
}

void ReportDialog::setAsOf(const QDate &day)
{
    m_asOf->setDate(day);
}

void ReportDialog::accept()
{
    if (save())
        DocumentDialog::accept();
}

QString ReportDialog::suggestedPath() const
{
    const QString folder = LocalSettings::value(QLatin1String(ReportFolderKey), QDir::homePath()).toString();
    QString name = tr("Report - %1 - %2.pdf").arg(m_campaignName, asOf().toString(Qt::ISODate));
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(folder).filePath(name);
}

bool ReportDialog::save(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggestedPath(), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = campaignReport(m_ws, m_campaignId, asOf());
    Result<int> pages = report ? Result<int>(0) : Result<int>(fail(report.error()));
    if (report) {
        QSqlDatabase db = m_ws.db();
        pages =
            writeCampaignReportPdf(report.value(), language(),
                                   reportChartPictures(m_ws, report.value(), reportChartTitles(language()), language()),
                                   MoneySettings::read(db).companyName, path);
    }
    QApplication::restoreOverrideCursor();
    if (!pages) {
        ask::warn(this, tr("Save Report"), asSentence(pages.error()));
        return false;
    }
    LocalSettings::set(QLatin1String(ReportFolderKey), QFileInfo(path).absolutePath());
    return true;
}

} // namespace cd

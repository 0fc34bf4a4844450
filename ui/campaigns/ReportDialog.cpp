#include "ReportDialog.h"

#include "DocumentLanguage.h"
#include "ReportDocument.h"
#include "analytics/CampaignReport.h"
#include "charts/ReportCharts.h"
#include "common/Clock.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "money/MoneySettings.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace cd {
namespace {
// The folder the last report was saved in, kept across sessions.
constexpr auto ReportFolderKey = "campaigns/reportFolder";
} // namespace

ReportDialog::ReportDialog(Workspace &workspace, qint64 campaignId, const QString &campaignName, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_campaignId(campaignId), m_campaignName(campaignName),
      m_asOf(new QDateEdit(Clock::today(), this)), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Report on %1").arg(campaignName));
    auto *form = new QFormLayout(this);
    m_asOf->setObjectName(QStringLiteral("reportAsOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_language->setObjectName(QStringLiteral("reportLanguageComboBox"));
    m_language->addItem(tr("English"), int(ContractLanguage::En));
    m_language->addItem(tr("Bahasa Indonesia"), int(ContractLanguage::Id));
    setLanguage(defaultDocumentLanguage());
    form->addRow(tr("Figures &as of:"), m_asOf);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("For the client: results against targets, charts, each creator's figures, brief "
                               "compliance, the top posts, and how each figure is calculated."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    form->addRow(buttons);
}

QDate ReportDialog::asOf() const
{
    return m_asOf->date();
}

ContractLanguage ReportDialog::language() const
{
    return ContractLanguage(m_language->currentData().toInt());
}

void ReportDialog::setAsOf(const QDate &day)
{
    m_asOf->setDate(day);
}

void ReportDialog::setLanguage(ContractLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void ReportDialog::accept()
{
    if (save())
        QDialog::accept();
}

QString ReportDialog::suggestedPath() const
{
    const QString folder = QSettings().value(QLatin1String(ReportFolderKey), QDir::homePath()).toString();
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
    QSettings().setValue(QLatin1String(ReportFolderKey), QFileInfo(path).absolutePath());
    return true;
}

} // namespace cd

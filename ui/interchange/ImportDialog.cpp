#include "ImportDialog.h"

#include "common/Clock.h"
#include "interchange/Importer.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace cd {

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import CSV"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    const std::pair<const char *, const char *> kinds[] = {
        {"brands", QT_TR_NOOP("Brands")},
        {"creators", QT_TR_NOOP("Creators (one row per platform account)")},
        {"campaigns", QT_TR_NOOP("Campaigns")},
        {"participants", QT_TR_NOOP("Campaign participants")},
        {"deliverables", QT_TR_NOOP("Deliverables")},
        {"followers", QT_TR_NOOP("Follower history")},
        {"post_metrics", QT_TR_NOOP("Post metrics (also Instagram, TikTok and YouTube exports)")}};
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(tr(label), QString::fromLatin1(kind));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_file->setPlaceholderText(tr("A .csv file"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose the file to import"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_campaign = new QLineEdit(this);
    m_campaign->setPlaceholderText(tr("Only for files without a campaign column"));
    m_creator = new QLineEdit(this);
    m_creator->setPlaceholderText(tr("Only for files without a creator column"));
    m_useDate = new QCheckBox(tr("Numbers as of"), this);
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch();

    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("resultPlainTextEdit"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("Every row is checked first; a file with any problem imports nothing, and each "
                                    "problem is listed here with its line and column."));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importPushButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    // A row holding a layout gets no buddy by itself: without one the '&' would show as is.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Campaign:"), m_campaign);
    form->addRow(tr("C&reator:"), m_creator);
    form->addRow(QString(), dateRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(browse, &QToolButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_useDate, &QCheckBox::toggled, this, &ImportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void ImportDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

QString ImportDialog::resultText() const
{
    return m_result->toPlainText();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QFileInfo(m_file->text()).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportDialog::updateState()
{
    m_date->setEnabled(m_useDate->isChecked());
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!m_file->text().trimmed().isEmpty() && !m_workspace.isReadOnly());
}

bool ImportDialog::runImport()
{
    ImportOptions options;
    options.campaign = m_campaign->text().trimmed();
    options.creator = m_creator->text().trimmed();
    if (m_useDate->isChecked())
        options.date = m_date->date();
    const QString path = m_file->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportReport report = importCsv(m_workspace, m_kind->currentData().toString(), path, options);
    QApplication::restoreOverrideCursor();
    QStringList lines;
    if (report.ok())
        lines << tr("Imported %1: %2 new, %3 updated, %4 unchanged.")
                     .arg(QFileInfo(path).fileName())
                     .arg(report.added)
                     .arg(report.updated)
                     .arg(report.unchanged);
    else
        lines << tr("Nothing was imported. Fix these rows and import the file again:") << report.errors;
    for (const QString &w : report.warnings)
        lines << tr("Note: %1").arg(w);
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    if (report.ok()) {
        // Done: the summary stays in view; importing the same file again would change nothing.
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        for (QAbstractButton *b : m_buttons->buttons())
            if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->setEnabled(false);
    }
    return report.ok();
}

} // namespace cd

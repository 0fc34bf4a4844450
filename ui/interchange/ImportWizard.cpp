#include "ImportWizard.h"

#include "main/FieldMessage.h"

#include "ImportJob.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Words.h"
#include "services/Lookup.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace cd {

// A wizard page whose completeness and steps the wizard decides (one class instead of four).
class ImportWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete, validate;
    std::function<void()> enter, leave;
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    void cleanupPage() override
    {
        if (leave)
            leave();
    }
    void recheck() { emit completeChanged(); }
};

namespace {
// The key columns a file may lack and the wizard can give for every row.
const char *const FillColumns[] = {"campaign", "creator", "platform", "date"};

QStringList namesOf(Workspace &ws, const char *table)
{
    QSqlDatabase db = ws.db();
    return lookup::allNames(db, table);
}

ImportWizardPage *pageOf(QWizard *wizard, int id)
{
    return static_cast<ImportWizardPage *>(wizard->page(id));
}
// A CSV column (formats.md's name) as the wizard shows it: in English its name ("views"), in another
// language the word for it with the name the file uses ("tayangan (views)"): an Indonesian user
// maps columns without reading English, and still sees the name the format uses.
QString columnShown(const QString &column)
{
    // Every column of every importer, so lupdate files their words under "ImportColumn".
    static const char *const columns[] = {
        QT_TRANSLATE_NOOP("ImportColumn", "about"),
        QT_TRANSLATE_NOOP("ImportColumn", "agency_rate"),
        QT_TRANSLATE_NOOP("ImportColumn", "amount"),
        QT_TRANSLATE_NOOP("ImportColumn", "brand"),
        QT_TRANSLATE_NOOP("ImportColumn", "budget"),
        QT_TRANSLATE_NOOP("ImportColumn", "campaign"),
        QT_TRANSLATE_NOOP("ImportColumn", "cancellation_notice_days"),
        QT_TRANSLATE_NOOP("ImportColumn", "caption"),
        QT_TRANSLATE_NOOP("ImportColumn", "category"),
        QT_TRANSLATE_NOOP("ImportColumn", "comments"),
        QT_TRANSLATE_NOOP("ImportColumn", "commission_rate"),
        QT_TRANSLATE_NOOP("ImportColumn", "competitors"),
        QT_TRANSLATE_NOOP("ImportColumn", "contact_email"),
        QT_TRANSLATE_NOOP("ImportColumn", "content_type"),
        QT_TRANSLATE_NOOP("ImportColumn", "country"),
        QT_TRANSLATE_NOOP("ImportColumn", "creator"),
        QT_TRANSLATE_NOOP("ImportColumn", "currency"),
        QT_TRANSLATE_NOOP("ImportColumn", "date"),
        QT_TRANSLATE_NOOP("ImportColumn", "deposit"),
        QT_TRANSLATE_NOOP("ImportColumn", "direction"),
        QT_TRANSLATE_NOOP("ImportColumn", "disclosure"),
        QT_TRANSLATE_NOOP("ImportColumn", "done"),
        QT_TRANSLATE_NOOP("ImportColumn", "due_date"),
        QT_TRANSLATE_NOOP("ImportColumn", "email"),
        QT_TRANSLATE_NOOP("ImportColumn", "end_date"),
        QT_TRANSLATE_NOOP("ImportColumn", "exclusivity_category"),
        QT_TRANSLATE_NOOP("ImportColumn", "exclusivity_competitors"),
        QT_TRANSLATE_NOOP("ImportColumn", "exclusivity_end"),
        QT_TRANSLATE_NOOP("ImportColumn", "exclusivity_start"),
        QT_TRANSLATE_NOOP("ImportColumn", "fee"),
        QT_TRANSLATE_NOOP("ImportColumn", "followers"),
        QT_TRANSLATE_NOOP("ImportColumn", "format"),
        QT_TRANSLATE_NOOP("ImportColumn", "goal"),
        QT_TRANSLATE_NOOP("ImportColumn", "governing_law"),
        QT_TRANSLATE_NOOP("ImportColumn", "handle"),
        QT_TRANSLATE_NOOP("ImportColumn", "hashtags"),
        QT_TRANSLATE_NOOP("ImportColumn", "id"),
        QT_TRANSLATE_NOOP("ImportColumn", "impressions"),
        QT_TRANSLATE_NOOP("ImportColumn", "invoice"),
        QT_TRANSLATE_NOOP("ImportColumn", "kill_fee"),
        QT_TRANSLATE_NOOP("ImportColumn", "kind"),
        QT_TRANSLATE_NOOP("ImportColumn", "kpi_engagement_rate"),
        QT_TRANSLATE_NOOP("ImportColumn", "kpi_link_clicks"),
        QT_TRANSLATE_NOOP("ImportColumn", "kpi_new_followers"),
        QT_TRANSLATE_NOOP("ImportColumn", "kpi_posts"),
        QT_TRANSLATE_NOOP("ImportColumn", "kpi_revenue"),
        QT_TRANSLATE_NOOP("ImportColumn", "kpi_views"),
        QT_TRANSLATE_NOOP("ImportColumn", "language"),
        QT_TRANSLATE_NOOP("ImportColumn", "likes"),
        QT_TRANSLATE_NOOP("ImportColumn", "link_clicks"),
        QT_TRANSLATE_NOOP("ImportColumn", "manager"),
        QT_TRANSLATE_NOOP("ImportColumn", "mentions"),
        QT_TRANSLATE_NOOP("ImportColumn", "method"),
        QT_TRANSLATE_NOOP("ImportColumn", "name"),
        QT_TRANSLATE_NOOP("ImportColumn", "niche"),
        QT_TRANSLATE_NOOP("ImportColumn", "note"),
        QT_TRANSLATE_NOOP("ImportColumn", "notes"),
        QT_TRANSLATE_NOOP("ImportColumn", "npwp"),
        QT_TRANSLATE_NOOP("ImportColumn", "origin"),
        QT_TRANSLATE_NOOP("ImportColumn", "paid_ads"),
        QT_TRANSLATE_NOOP("ImportColumn", "paid_date"),
        QT_TRANSLATE_NOOP("ImportColumn", "payment_terms_days"),
        QT_TRANSLATE_NOOP("ImportColumn", "phone"),
        QT_TRANSLATE_NOOP("ImportColumn", "platform"),
        QT_TRANSLATE_NOOP("ImportColumn", "platforms"),
        QT_TRANSLATE_NOOP("ImportColumn", "point_value"),
        QT_TRANSLATE_NOOP("ImportColumn", "points"),
        QT_TRANSLATE_NOOP("ImportColumn", "post_url"),
        QT_TRANSLATE_NOOP("ImportColumn", "post_window_end"),
        QT_TRANSLATE_NOOP("ImportColumn", "post_window_start"),
        QT_TRANSLATE_NOOP("ImportColumn", "posted_at"),
        QT_TRANSLATE_NOOP("ImportColumn", "product_value"),
        QT_TRANSLATE_NOOP("ImportColumn", "promo_uses"),
        QT_TRANSLATE_NOOP("ImportColumn", "reach"),
        QT_TRANSLATE_NOOP("ImportColumn", "reference"),
        QT_TRANSLATE_NOOP("ImportColumn", "revenue"),
        QT_TRANSLATE_NOOP("ImportColumn", "revision_limit"),
        QT_TRANSLATE_NOOP("ImportColumn", "revision_rounds"),
        QT_TRANSLATE_NOOP("ImportColumn", "revisions_used"),
        QT_TRANSLATE_NOOP("ImportColumn", "rights_in_use"),
        QT_TRANSLATE_NOOP("ImportColumn", "saves"),
        QT_TRANSLATE_NOOP("ImportColumn", "shares"),
        QT_TRANSLATE_NOOP("ImportColumn", "signed_date"),
        QT_TRANSLATE_NOOP("ImportColumn", "source"),
        QT_TRANSLATE_NOOP("ImportColumn", "start_date"),
        QT_TRANSLATE_NOOP("ImportColumn", "status"),
        QT_TRANSLATE_NOOP("ImportColumn", "tags"),
        QT_TRANSLATE_NOOP("ImportColumn", "tax_type"),
        QT_TRANSLATE_NOOP("ImportColumn", "title"),
        QT_TRANSLATE_NOOP("ImportColumn", "turnaround_days"),
        QT_TRANSLATE_NOOP("ImportColumn", "usage_channels"),
        QT_TRANSLATE_NOOP("ImportColumn", "usage_end"),
        QT_TRANSLATE_NOOP("ImportColumn", "usage_start"),
        QT_TRANSLATE_NOOP("ImportColumn", "views"),
    };
    (void)columns;
    const QByteArray name = column.toLatin1();
    const QString word = QCoreApplication::translate("ImportColumn", name.constData());
    return word == column ? column : ImportWizard::tr("%1 (%2)").arg(word, column);
}
} // namespace

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent) : QWizard(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(SourcePage, makeSourcePage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(CheckPage, makeCheckPage());
    setPage(ImportPage, makeImportPage());
    resize(860, 600);
}

ImportWizard::~ImportWizard()
{
    delete m_job; // waits for a cancelled worker
}

QWizardPage *ImportWizard::makeSourcePage()
{
    auto *page = new ImportWizardPage(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV in CollabDesk's columns (see the README), or a post export from Instagram, TikTok "
                         "or YouTube Studio."));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    const std::pair<const char *, const char *> kinds[] = {
        {"brands", QT_TR_NOOP("Brands")},
        {"creators", QT_TR_NOOP("Creators (one row per platform account)")},
        {"campaigns", QT_TR_NOOP("Campaigns")},
        {"participants", QT_TR_NOOP("Campaign participants")},
        {"deliverables", QT_TR_NOOP("Deliverables")},
        {"contracts", QT_TR_NOOP("Contracts (existing deals)")},
        {"followers", QT_TR_NOOP("Follower history")},
        {"post_metrics", QT_TR_NOOP("Post metrics (also Instagram, TikTok and YouTube exports)")}};
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(tr(label), QString::fromLatin1(kind));
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("post_metrics")));

    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_file->setPlaceholderText(tr("A .csv file"));
    auto *browse = new QToolButton(page);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose the file to import"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_sourceProblem = new QLabel(page);
    m_sourceProblem->setWordWrap(true);
    m_sourceProblem->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    auto *form = new QFormLayout(page);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    labelField(fileLabel, m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Holds:"), m_kind);
    form->addRow(QString(), m_sourceProblem);

    page->complete = [this] { return QFileInfo(m_file->text().trimmed()).isFile(); };
    page->validate = [this] { return readPlan(); };
    connect(browse, &QToolButton::clicked, this, &ImportWizard::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportWizard::fileChanged);
    connect(m_file, &QLineEdit::textChanged, page, &ImportWizardPage::recheck);
    return page;
}

QWizardPage *ImportWizard::makeColumnsPage()
{
    auto *page = new ImportWizardPage(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Each column of the file and what it is imported as. Change any that were not recognised; "
                         "columns left out are not read."));
    m_format = new QLabel(page);
    m_format->setWordWrap(true);
    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("columnsTable"));
    m_columns->setAccessibleName(tr("Columns of the file"));
    m_columns->setHorizontalHeaderLabels({tr("File column"), tr("First value"), tr("Imports as")});
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *fills = new QGroupBox(tr("For rows that leave these empty"), page);
    m_campaign = new QComboBox(fills);
    m_campaign->setEditable(true);
    m_campaign->setAccessibleName(tr("Campaign for every row"));
    m_creator = new QComboBox(fills);
    m_creator->setEditable(true);
    m_creator->setAccessibleName(tr("Creator for every row"));
    m_platform = new QComboBox(fills);
    m_platform->setAccessibleName(tr("Platform for every row"));
    m_platform->addItem(tr("— from the file —"), QString());
    for (const QString &word : allWords<Platform>())
        m_platform->addItem(platformDisplayName(*wordFrom<Platform>(word)), word);
    m_campaign->lineEdit()->setPlaceholderText(tr("From the file"));
    m_creator->lineEdit()->setPlaceholderText(tr("From the file"));
    m_useDate = new QCheckBox(tr("Numbers as &of"), fills);
    m_useDate->setToolTip(tr("Without it: the file's date column, or today for exports whose numbers have no date"));
    m_date = new QDateEdit(Clock::today(), fills);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateEntryFormat());
    m_date->setMaximumDate(Clock::today());
    m_date->setEnabled(false);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    auto *fillForm = new QFormLayout(fills);
    fillForm->addRow(tr("&Campaign:"), m_campaign);
    fillForm->addRow(tr("C&reator:"), m_creator);
    fillForm->addRow(tr("&Platform:"), m_platform);
    fillForm->addRow(QString(), dateRow);

    m_numbers = new QComboBox(page);
    m_numbers->setObjectName(QStringLiteral("numbersComboBox"));
    m_numbers->addItem(tr("12,345 and 4.25 (CollabDesk's CSV, English)"), int(values::NumberStyle::Interchange));
    m_numbers->addItem(tr("12.345 and 4,25 (Indonesian, as exports in Indonesian write them)"),
                       int(values::NumberStyle::Indonesian));
    m_numbers->setToolTip(tr("Guessed from the file's first rows; the preview shows how its numbers are read"));
    auto *numbersForm = new QFormLayout;
    numbersForm->addRow(tr("&Numbers:"), m_numbers);

    m_needed = new QLabel(page);
    m_needed->setWordWrap(true);
    m_needed->setObjectName(QStringLiteral("neededLabel"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_format);
    layout->addWidget(m_columns, 1);
    layout->addWidget(fills);
    layout->addLayout(numbersForm);
    layout->addWidget(m_needed);

    page->enter = [this] { fillColumns(); };
    page->complete = [this] { return missingColumns().isEmpty(); };
    for (QComboBox *box : {m_campaign, m_creator})
        connect(box, &QComboBox::currentTextChanged, this, &ImportWizard::updateNeeded);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ImportWizard::updateNeeded);
    connect(m_useDate, &QCheckBox::toggled, m_date, &QDateEdit::setEnabled);
    return page;
}

QWizardPage *ImportWizard::makeCheckPage()
{
    auto *page = new ImportWizardPage(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row is checked as the import would read it; nothing is written yet."));
    page->setCommitPage(true);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("The first rows as they will be imported"));
    m_checkProgress = new QProgressBar(page);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setWordWrap(true);
    m_problems = new QListWidget(page);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setAccessibleName(tr("Rows with problems"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("First rows:"), page));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_checkProgress);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_problems, 1);
    page->enter = [this] {
        fillPreview();
        runJob(true);
    };
    // Choosing a problem shows its row when it is among the first rows.
    connect(m_problems, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        const QStringList parts = text.split(QLatin1Char(':'));
        bool ok = false;
        const int line = parts.size() > 1 ? parts.at(1).toInt(&ok) : 0;
        if (ok && line >= 2 && line - 2 < m_preview->rowCount())
            m_preview->selectRow(line - 2);
    });
    page->leave = [this] { cancelJob(); };
    page->complete = [this] { return m_checked && m_report.ok(); };
    return page;
}

QWizardPage *ImportWizard::makeImportPage()
{
    auto *page = new ImportWizardPage(this);
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("All or nothing: cancelling leaves the workspace as it was."));
    page->setFinalPage(true);
    m_importProgress = new QProgressBar(page);
    m_importSummary = new QLabel(page);
    m_importSummary->setWordWrap(true);
    m_importSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_importProgress);
    layout->addWidget(m_importSummary);
    layout->addStretch();
    page->enter = [this] { runJob(false); };
    page->complete = [this] { return !isBusy(); };
    return page;
}

void ImportWizard::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
}

QString ImportWizard::kind() const
{
    return m_kind->currentData().toString();
}

QString ImportWizard::file() const
{
    return m_file->text().trimmed();
}

QComboBox *ImportWizard::mappingBox(int column) const
{
    return column < m_columns->rowCount() ? qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2)) : nullptr;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    const bool has[] = {
        m_plan.columns.contains(QStringLiteral("campaign")), m_plan.columns.contains(QStringLiteral("creator")),
        m_plan.columns.contains(QStringLiteral("platform")), m_plan.columns.contains(QStringLiteral("date"))};
    if (has[0])
        options.campaign = m_campaign->currentText().trimmed();
    if (has[1])
        options.creator = m_creator->currentText().trimmed();
    if (has[2])
        options.platform = m_platform->currentData().toString();
    if (has[3] && m_useDate->isChecked())
        options.date = m_date->date();
    for (int i = 0; i < m_columns->rowCount(); ++i)
        if (QComboBox *box = mappingBox(i))
            options.columns.insert(i, box->currentData().toString());
    options.numbers = values::NumberStyle(m_numbers->currentData().toInt());
    return options;
}

bool ImportWizard::isBusy() const
{
    return m_job && m_job->isRunning();
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QFileInfo(file()).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportWizard::fileChanged()
{
    m_sourceProblem->clear();
    const QString path = file();
    if (!QFileInfo(path).isFile())
        return;
    // The kind by the file's name ("followers.csv", "post-metrics march.csv") or, failing that, a
    // platform's export header.
    const QString stem = QFileInfo(path).completeBaseName().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString &kind : importableKinds())
        if (stem.contains(kind) || stem.contains(QString(kind).remove(QLatin1Char('_')))) {
            setKind(kind);
            return;
        }
    if (!planColumns(m_workspace, QStringLiteral("post_metrics"), path, 0).format.isEmpty())
        setKind(QStringLiteral("post_metrics"));
}

bool ImportWizard::readPlan()
{
    m_plan = planColumns(m_workspace, kind(), file());
    m_sourceProblem->setText(m_plan.error);
    m_checked = false;
    return m_plan.error.isEmpty();
}

void ImportWizard::fillColumns()
{
    m_numbers->setCurrentIndex(m_numbers->findData(
        int(m_plan.indonesianNumbers ? values::NumberStyle::Indonesian : values::NumberStyle::Interchange)));
    m_format->setText(m_plan.format.isEmpty()
                          ? tr("Columns named as in CollabDesk's own %1.csv are recognised by name.").arg(kind())
                          : tr("Recognised as an <b>%1</b>: its columns are read as post metrics.")
                                .arg(m_plan.format.toHtmlEscaped()));
    m_columns->setRowCount(int(m_plan.header.size()));
    for (int i = 0; i < m_plan.header.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(m_plan.header.at(i)));
        QString first;
        for (const QStringList &row : m_plan.rows)
            if (i < row.size() && !row.at(i).trimmed().isEmpty()) {
                first = row.at(i).trimmed();
                break;
            }
        m_columns->setItem(i, 1, new QTableWidgetItem(first.left(80)));
        auto *box = new QComboBox(m_columns);
        box->setAccessibleName(tr("Imports as, for %1").arg(m_plan.header.at(i)));
        box->addItem(i == m_plan.handleColumn ? tr("— finds the creator by handle —") : tr("— leave out —"), QString());
        for (const QString &column : m_plan.columns)
            box->addItem(m_plan.required.contains(column) ? tr("%1 (required)").arg(columnShown(column))
                                                          : columnShown(column),
                         column);
        box->setCurrentIndex(std::max(0, box->findData(m_plan.mapped.value(i))));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportWizard::updateNeeded);
        m_columns->setCellWidget(i, 2, box);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(2, 240);

    // Only the fill-ins the kind has; names offered from the workspace.
    const QString current[] = {m_campaign->currentText(), m_creator->currentText()};
    m_campaign->clear();
    m_campaign->addItem(QString());
    m_campaign->addItems(namesOf(m_workspace, "campaigns"));
    m_campaign->setCurrentText(current[0]);
    m_creator->clear();
    m_creator->addItem(QString());
    m_creator->addItems(namesOf(m_workspace, "creators"));
    m_creator->setCurrentText(current[1]);
    auto *form = m_campaign->parentWidget()->findChild<QFormLayout *>();
    bool any = false;
    for (int i = 0; i < 4; ++i) { // the form's rows are in FillColumns' order
        const bool has = m_plan.columns.contains(QString::fromLatin1(FillColumns[i]));
        form->setRowVisible(i, has);
        any = any || has;
    }
    m_campaign->parentWidget()->setVisible(any);
    updateNeeded();
}

QStringList ImportWizard::missingColumns() const
{
    const ImportOptions chosen = options();
    QSet<QString> given;
    for (const QString &column : chosen.columns)
        if (!column.isEmpty())
            given.insert(column);
    const QString fills[] = {chosen.campaign, chosen.creator, chosen.platform,
                             chosen.date.isValid() ? chosen.date.toString(Qt::ISODate) : QString()};
    for (int i = 0; i < 4; ++i)
        if (!fills[i].isEmpty())
            given.insert(QString::fromLatin1(FillColumns[i]));
    QStringList missing;
    for (const QString &required : m_plan.required)
        if (!given.contains(required) && !m_plan.formatFills.contains(required))
            missing << required;
    return missing;
}

void ImportWizard::updateNeeded()
{
    const QStringList missing = missingColumns();
    m_needed->setText(missing.isEmpty() ? tr("Every required column is given.")
                                        : tr("Still needed: %1. Match a file column to it, or give a value for "
                                             "every row above.")
                                              .arg(missing.join(QStringLiteral(", "))));
    m_checked = false;
    pageOf(this, ColumnsPage)->recheck();
}

void ImportWizard::fillPreview()
{
    const ImportOptions chosen = options();
    const QString fillValues[] = {chosen.campaign, chosen.creator, chosen.platform,
                                  chosen.date.isValid() ? chosen.date.toString(Qt::ISODate) : QString()};
    const auto fillOf = [&](const QString &column) {
        for (int i = 0; i < 4; ++i)
            if (column == QLatin1String(FillColumns[i]))
                return fillValues[i];
        return QString();
    };
    QStringList shown, headers;
    QList<int> from; // file column, or -1 for a value given for every row
    for (const QString &column : m_plan.columns) {
        const int fileColumn = chosen.columns.key(column, -1);
        if (fileColumn < 0 && fillOf(column).isEmpty())
            continue;
        shown << column;
        headers << columnShown(column);
        from << fileColumn;
    }
    m_preview->clear();
    m_preview->setColumnCount(int(shown.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(m_plan.rows.size()));
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        const QStringList &row = m_plan.rows.at(r);
        for (int c = 0; c < shown.size(); ++c) {
            QString value = from.at(c) >= 0 ? row.value(from.at(c)).trimmed() : QString();
            if (value.isEmpty())
                value = fillOf(shown.at(c));
            m_preview->setItem(r, c, new QTableWidgetItem(value));
        }
    }
    // Line numbers as in the problem list: the header is line 1.
    QStringList lines;
    for (int r = 0; r < m_plan.rows.size(); ++r)
        lines << QString::number(r + 2);
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
}

void ImportWizard::cancelJob()
{
    if (!m_job)
        return;
    m_job->cancel();
    delete m_job; // waits: a cancelled worker stops within a few thousand rows
    m_job = nullptr;
}

void ImportWizard::runJob(bool checkOnly)
{
    cancelJob();
    ImportOptions chosen = options();
    chosen.checkOnly = checkOnly;
    m_checked = false;
    m_report = {};
    QProgressBar *bar = checkOnly ? m_checkProgress : m_importProgress;
    bar->setValue(0);
    bar->setFormat(checkOnly ? tr("Checking… %p%") : tr("Importing… %p%"));
    (checkOnly ? m_checkSummary : m_importSummary)->clear();
    if (checkOnly)
        m_problems->clear();
    m_job = new ImportJob(m_workspace, kind(), file(), chosen, this);
    connect(m_job, &ImportJob::progress, bar, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, [this, checkOnly] { jobFinished(checkOnly); });
    m_job->start();
    pageOf(this, checkOnly ? CheckPage : ImportPage)->recheck();
}

void ImportWizard::jobFinished(bool checkOnly)
{
    if (!m_job)
        return;
    m_report = m_job->report();
    m_job->deleteLater();
    m_job = nullptr;
    QProgressBar *bar = checkOnly ? m_checkProgress : m_importProgress;
    const QString name = QFileInfo(file()).fileName();
    QStringList notes;
    for (const QString &w : std::as_const(m_report.warnings))
        notes << tr("Note: %1").arg(w);
    if (m_report.cancelled) {
        bar->setFormat(tr("Cancelled"));
        (checkOnly ? m_checkSummary : m_importSummary)->setText(tr("Cancelled: nothing was changed."));
    } else if (checkOnly) {
        m_checked = true;
        bar->setValue(100);
        bar->setFormat(tr("Checked"));
        if (m_report.ok()) {
            m_checkSummary->setText(tr("Every row is fine. Importing will add %1, update %2 and leave %3 unchanged.")
                                        .arg(m_report.added)
                                        .arg(m_report.updated)
                                        .arg(m_report.unchanged));
        } else {
            m_checkSummary->setText(
                tr("%n problem(s) found. Nothing can be imported until the file is fixed (or its columns matched "
                   "differently):",
                   nullptr, int(m_report.errors.size())));
            m_problems->addItems(m_report.errors);
        }
        m_problems->addItems(notes);
    } else {
        bar->setValue(100);
        m_imported = m_report.ok();
        bar->setFormat(m_imported ? tr("Done") : tr("Nothing imported"));
        QStringList lines;
        if (m_imported)
            lines << tr("Imported %1: %2 new, %3 updated, %4 unchanged.")
                         .arg(name)
                         .arg(m_report.added)
                         .arg(m_report.updated)
                         .arg(m_report.unchanged);
        else
            lines << tr("Nothing was imported:") << m_report.errors;
        m_importSummary->setText((lines + notes).join(QLatin1Char('\n')));
    }
    pageOf(this, checkOnly ? CheckPage : ImportPage)->recheck();
    emit jobDone();
    if (m_closeWhenDone)
        QWizard::reject();
}

void ImportWizard::reject()
{
    if (isBusy()) {
        // The worker stops at its next progress report; the dialog closes when it has.
        m_job->cancel();
        m_closeWhenDone = true;
        (currentId() == ImportPage ? m_importProgress : m_checkProgress)->setFormat(tr("Cancelling…"));
        return;
    }
    QWizard::reject();
}

} // namespace cd

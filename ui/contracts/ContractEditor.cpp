#include "ContractEditor.h"

#include "ContractDocument.h"
#include "ContractTermsForm.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/SaveFile.h"
#include "common/Words.h"
#include "contracts/ContractDiff.h"
#include "contracts/Exclusivity.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "main/FormGuard.h"
#include "services/Attachments.h"
#include "services/Lookup.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cd {
namespace {
constexpr int ClauseRole = Qt::UserRole;
constexpr int VersionRole = Qt::UserRole;
} // namespace

ContractEditor::ContractEditor(EditHistory &history, qint64 participantId, QWidget *parent)
    : QDialog(parent), m_history(history), m_participantId(participantId)
{
    QSqlDatabase db = history.workspace().db();
    const lookup::ParticipantNames who =
        lookup::participantNames(db, participantId).value_or(lookup::ParticipantNames{});
    const QString &campaign = who.campaign, &creator = who.creator, &brand = who.brand;
    m_currency = who.currency;
    m_title = tr("%1 — %2").arg(creator, campaign);
    setWindowTitle(tr("Contract: %1").arg(m_title));
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    // Why every field is greyed out once signed (a new user took the locked form for a fault).
    m_locked = new QLabel(this);
    m_locked->setWordWrap(true);
    m_locked->setObjectName(QStringLiteral("contractLockedLabel"));
    m_locked->hide();
    m_form = new ContractTermsForm(contractTemplateNames(db), m_currency, this);
    m_conflicts = new QLabel(this);
    m_conflicts->setWordWrap(true);
    m_conflicts->setObjectName(QStringLiteral("contractConflictLabel"));
    auto *termsTab = new QWidget(this);
    auto *termsLayout = new QVBoxLayout(termsTab);
    termsLayout->addWidget(m_form);
    termsLayout->addWidget(m_conflicts);
    termsLayout->addStretch();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(termsTab, tr("&Terms"));
    m_tabs->addTab(makeTextTab(), tr("Te&xt"));
    m_tabs->addTab(makeStatusTab(), tr("&Status and Versions"));
    m_problem = makeFieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    QPushButton *pdf = m_buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = m_buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_locked);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(980, 680);

    connect(m_form, &ContractTermsForm::changed, this, &ContractEditor::updateState);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) // the text follows terms typed meanwhile
            regenerate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Contract"), QDir::home().filePath(tr("contract %1.pdf").arg(m_title)), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(printButton, &QPushButton::clicked, this, &ContractEditor::print);
    m_header->setText(
        tr("<b>%1</b> for %2 (%3)").arg(creator.toHtmlEscaped(), campaign.toHtmlEscaped(), brand.toHtmlEscaped()));
    m_guard = FormGuard::attach(this);
    reload();
}

QWidget *ContractEditor::makeTextTab()
{
    auto *tab = new QWidget(this);
    m_clauses = new QListWidget(tab);
    m_clauses->setAccessibleName(tr("Clauses"));
    m_clauseText = new QPlainTextEdit(tab);
    m_clauseText->setAccessibleName(tr("Clause text"));
    m_missing = new QLabel(tab);
    m_missing->setWordWrap(true);
    auto *regenerateButton = new QPushButton(tr("Redraft from &Terms"), tab);
    regenerateButton->setToolTip(tr("Clauses you have not edited follow the terms; edited ones keep your words"));
    auto *split = new QSplitter(tab);
    split->addWidget(m_clauses);
    split->addWidget(m_clauseText);
    split->setSizes({260, 640});
    auto *exportTemplateButton = new QPushButton(tr("E&xport Template…"), tab);
    exportTemplateButton->setToolTip(tr("The template as JSON with its merge fields, to make your own from"));
    auto *importTemplateButton = new QPushButton(tr("&Import Template…"), tab);
    importTemplateButton->setToolTip(tr("Keep a template of your own in the workspace"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_missing, 1);
    bar->addWidget(exportTemplateButton);
    bar->addWidget(importTemplateButton);
    bar->addWidget(regenerateButton);
    connect(exportTemplateButton, &QPushButton::clicked, this, &ContractEditor::exportTemplate);
    connect(importTemplateButton, &QPushButton::clicked, this, &ContractEditor::importTemplate);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(split, 1);
    layout->addLayout(bar);
    connect(m_clauses, &QListWidget::currentRowChanged, this, &ContractEditor::showClause);
    connect(m_clauseText, &QPlainTextEdit::textChanged, this, &ContractEditor::clauseEdited);
    connect(regenerateButton, &QPushButton::clicked, this, &ContractEditor::regenerate);
    return tab;
}

QWidget *ContractEditor::makeStatusTab()
{
    auto *tab = new QWidget(this);
    m_status = new QLabel(tab);
    m_nextStatus = new QComboBox(tab);
    m_nextStatus->setAccessibleName(tr("Next status"));
    m_statusDate = new QDateEdit(Clock::today(), tab);
    m_statusDate->setCalendarPopup(true);
    m_statusDate->setDisplayFormat(dateEntryFormat());
    m_applyStatus = new QPushButton(tr("&Apply"), tab);
    m_inUse = new QCheckBox(tr("The brand is using the content"), tab);
    m_statusHistory = new QListWidget(tab);
    m_versions = new QListWidget(tab);
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versions->setAccessibleName(tr("Versions"));
    auto *compare = new QPushButton(tr("&Compare Two…"), tab);
    m_scans = new QListWidget(tab);
    m_scans->setAccessibleName(tr("Signed copies"));
    auto *attach = new QPushButton(tr("Attach Signed &Copy…"), tab);
    auto *move = new QHBoxLayout;
    move->addWidget(m_nextStatus);
    move->addWidget(new QLabel(tr("on"), tab));
    move->addWidget(m_statusDate);
    move->addWidget(m_applyStatus);
    move->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Move to:"), move);
    form->addRow(QString(), m_inUse);
    form->addRow(tr("History:"), m_statusHistory);
    auto *versions = new QVBoxLayout;
    versions->addWidget(m_versions, 1);
    versions->addWidget(compare);
    form->addRow(tr("Versions:"), versions);
    auto *scans = new QVBoxLayout;
    scans->addWidget(m_scans, 1);
    scans->addWidget(attach);
    form->addRow(tr("Signed copy:"), scans);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    connect(m_applyStatus, &QPushButton::clicked, this, &ContractEditor::applyStatus);
    connect(m_nextStatus, &QComboBox::currentIndexChanged, this, &ContractEditor::updateState);
    connect(compare, &QPushButton::clicked, this, &ContractEditor::compareVersions);
    connect(attach, &QPushButton::clicked, this, &ContractEditor::attachSignedCopy);
    connect(m_inUse, &QCheckBox::toggled, this, [this](bool inUse) {
        if (m_showing || !m_record)
            return;
        auto done = m_history.edit(RecordImage::Kind::ParticipantTree, m_participantId,
                                   inUse ? tr("Content of %1 in use").arg(m_title)
                                         : tr("Content of %1 no longer in use").arg(m_title),
                                   [&](Transaction &tx) -> Result<qint64> {
                                       if (Status s = ContractService::setRightsInUse(tx, m_record->id, inUse); !s)
                                           return fail(s.error());
                                       return m_participantId;
                                   });
        if (!done)
            showFieldMessage(m_problem, done.error());
    });
    return tab;
}

void ContractEditor::reload()
{
    m_showing = true;
    QSqlDatabase db = m_history.workspace().db();
    auto record = ContractService::forParticipant(db, m_participantId);
    m_record = record ? record.value() : std::nullopt;
    ContractTerms terms = m_record ? m_record->terms : ContractTerms{};
    if (terms.templateName.isEmpty())
        terms.templateName = QStringLiteral("standard");
    m_form->load(terms);
    if (auto stored = ContractText::fromJson(terms.body))
        m_text = stored.value();
    else if (auto drafted = draftContract(m_history.workspace(), m_participantId, terms, Clock::today()))
        m_text = drafted.value();
    m_review.clear();
    fillClauses(0);

    m_status->setText(m_record ? tr("%1, version %2%3")
                                     .arg(wordLabel(m_record->status).toLower())
                                     .arg(m_record->version)
                                     .arg(m_record->signedDate.isValid()
                                              ? tr(", signed %1").arg(displayDate(m_record->signedDate))
                                              : QString())
                               : tr("not saved yet (a draft once saved)"));
    m_nextStatus->clear();
    if (m_record) {
        for (const QString &word : allWords<ContractStatus>()) {
            const ContractStatus to = *wordFrom<ContractStatus>(word);
            if (to != m_record->status && ContractService::canMove(m_record->status, to))
                m_nextStatus->addItem(wordLabel(word), word);
        }
        // The lifecycle's usual next step is offered; from an active contract there is none (it
        // offered "expired", one click from ending a running contract), so nothing is chosen.
        if (m_nextStatus->count() > 0) {
            m_nextStatus->insertItem(0, tr("choose…"), QString());
            static const QHash<ContractStatus, ContractStatus> usual = {
                {ContractStatus::Draft, ContractStatus::Sent},
                {ContractStatus::Sent, ContractStatus::Signed},
                {ContractStatus::Negotiating, ContractStatus::Signed},
                {ContractStatus::Signed, ContractStatus::Active}};
            const int next =
                usual.contains(m_record->status) ? m_nextStatus->findData(wordOf(usual.value(m_record->status))) : -1;
            m_nextStatus->setCurrentIndex(std::max(0, next));
        }
    }
    m_inUse->setChecked(m_record && m_record->rightsInUse);
    m_statusHistory->clear();
    m_versions->clear();
    m_scans->clear();
    if (m_record) {
        if (auto changes = ContractService::statusHistory(db, m_record->id))
            for (const ContractService::StatusChange &c : changes.value())
                m_statusHistory->addItem(
                    QStringLiteral("%1  %2%3")
                        .arg(c.changedOn, c.status, c.note.isEmpty() ? QString() : QStringLiteral(" — ") + c.note));
        if (auto versions = ContractService::versions(db, m_record->id))
            for (const ContractService::VersionInfo &v : versions.value()) {
                auto *item =
                    new QListWidgetItem(tr("Version %1, %2").arg(v.version).arg(isoDate(v.created)), m_versions);
                item->setData(VersionRole, v.version);
                if (auto files = attachments::list(db, AttachmentOwner::ContractVersion, v.id))
                    for (const AttachmentInfo &file : files.value())
                        m_scans->addItem(tr("%1 (version %2)").arg(file.fileName).arg(v.version));
            }
    }
    m_showing = false;
    updateState();
    if (m_guard)
        m_guard->takeSnapshot(); // what is stored now is the unchanged form
}

void ContractEditor::showClause()
{
    const int row = m_clauses->currentRow();
    const QSignalBlocker block(m_clauseText);
    m_clauseText->setPlainText(row >= 0 && row < m_text.clauses.size() ? m_text.clauses.at(row).text : QString());
}

void ContractEditor::clauseEdited()
{
    const int row = m_clauses->currentRow();
    if (row < 0 || row >= m_text.clauses.size())
        return;
    m_text.clauses[row].text = m_clauseText->toPlainText();
    QFont font = m_clauses->item(row)->font();
    font.setItalic(m_text.clauses.at(row).edited()); // edited clauses stand out in the list
    m_clauses->item(row)->setFont(font);
    updateState();
}

void ContractEditor::regenerate()
{
    auto terms = m_form->terms();
    if (!terms)
        return; // the problem is shown; the text stays as it is
    auto fresh = draftContract(m_history.workspace(), m_participantId, terms.value(), Clock::today());
    if (!fresh) {
        showFieldMessage(m_problem, fresh.error());
        return;
    }
    m_review.clear();
    m_text = mergeRegenerated(m_text, fresh.value(), &m_review);
    const int row = std::max(0, m_clauses->currentRow());
    fillClauses(row);
    updateState();
}

void ContractEditor::fillClauses(int row)
{
    m_clauses->clear();
    for (const ContractClause &c : std::as_const(m_text.clauses)) {
        // Edited clauses in italics; those whose drafted text moved under the edit say so.
        auto *item = new QListWidgetItem(
            m_review.contains(c.title) ? tr("%1 (check: terms changed)").arg(c.title) : c.title, m_clauses);
        item->setData(ClauseRole, c.id);
        QFont font = item->font();
        font.setItalic(c.edited());
        item->setFont(font);
    }
    m_clauses->setCurrentRow(std::min(row, int(m_clauses->count()) - 1));
}

void ContractEditor::updateState()
{
    const bool readOnly = m_record && ContractService::termsReadOnly(m_record->status);
    const bool writable = !m_history.workspace().isReadOnly();
    m_form->setReadOnly(readOnly || !writable);
    m_clauseText->setReadOnly(readOnly || !writable);
    QStringList notes;
    if (!m_text.missing.isEmpty())
        notes << tr("<span style='color:#b00020'>Missing: %1.</span>")
                     .arg(m_text.missing.join(QStringLiteral("; ")).toHtmlEscaped());
    if (!m_review.isEmpty())
        notes << tr("Edited clauses to check after the change of terms: %1.")
                     .arg(m_review.join(QStringLiteral(", ")).toHtmlEscaped());
    if (readOnly)
        notes << tr("The contract is %1: read-only.").arg(wordLabel(m_record->status).toLower());
    m_locked->setVisible(readOnly);
    if (readOnly)
        m_locked->setText(tr("This contract is %1: its terms and text stay as they were agreed. Its status, and "
                             "whether the content is still in use, change under Status and Versions.")
                              .arg(wordLabel(m_record->status).toLower()));
    m_missing->setText(notes.join(QStringLiteral("<br>")));
    auto terms = m_form->terms();
    showFieldMessage(m_problem, terms ? QString() : terms.error());
    if (terms)
        showConflicts(terms.value());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(terms.ok() && !readOnly && writable);
    m_applyStatus->setEnabled(m_record && !m_nextStatus->currentData().toString().isEmpty() && writable);
    m_inUse->setEnabled(m_record.has_value() && writable);
}

void ContractEditor::showConflicts(const ContractTerms &terms)
{
    QSqlDatabase db = m_history.workspace().db();
    const bool pending = !m_record || !ContractService::termsReadOnly(m_record->status);
    auto found = conflictsOfTerms(db, m_participantId, terms.exclusivityCategory, terms.competitors,
                                  terms.exclusivityStart, terms.exclusivityEnd, m_record ? m_record->id : 0, pending);
    QStringList lines;
    if (found)
        for (const ExclusivityConflict &c : found.value())
            lines << QStringLiteral("⚠ ") + describeConflict(c).toHtmlEscaped();
    m_conflicts->setText(
        lines.isEmpty()
            ? QString()
            : QStringLiteral("<span style='color:#b00020'>%1</span>").arg(lines.join(QStringLiteral("<br>"))));
}

bool ContractEditor::save()
{
    regenerate(); // untouched clauses follow the terms as typed
    auto typed = m_form->terms();
    if (!typed) {
        showFieldMessage(m_problem, typed.error());
        return false;
    }
    ContractTerms terms = typed.value();
    terms.templateName = m_text.templateName;
    terms.body = m_text.toJson();
    const bool isNew = !m_record;
    const qint64 contractId = isNew ? 0 : m_record->id;
    auto done = m_history.edit(
        RecordImage::Kind::ParticipantTree, m_participantId, tr("Contract for %1").arg(m_title),
        [&](Transaction &tx) -> Result<qint64> {
            if (isNew) {
                auto id = ContractService::create(tx, m_participantId, terms, ContractStatus::Draft, Clock::today());
                if (!id)
                    return fail(id.error());
            } else if (auto change = ContractService::changeTerms(tx, contractId, terms); !change) {
                return fail(change.error());
            }
            return m_participantId;
        });
    if (!done) {
        showFieldMessage(m_problem, done.error());
        return false;
    }
    reload();
    // An exclusivity the creator already breaks is said now, not found by the brand later.
    if (const QStringList found = conflicts(); !found.isEmpty())
        ask::warn(this, tr("Exclusivity Conflict"),
                  tr("Saved. This exclusivity conflicts with campaigns the creator takes part in:\n\n%1")
                      .arg(found.join(QStringLiteral("\n\n"))));
    return true;
}

QStringList ContractEditor::conflicts() const
{
    QStringList out;
    if (!m_record)
        return out;
    QSqlDatabase db = m_history.workspace().db();
    if (auto found = conflictsOfContract(db, m_record->id))
        for (const ExclusivityConflict &c : found.value())
            out << describeConflict(c);
    return out;
}

bool ContractEditor::applyStatus()
{
    if (!m_record || m_nextStatus->currentData().toString().isEmpty())
        return false;
    const ContractStatus to = *wordFrom<ContractStatus>(m_nextStatus->currentData().toString());
    const QDate on = m_statusDate->date();
    auto done = m_history.edit(RecordImage::Kind::ParticipantTree, m_participantId,
                               tr("Contract for %1: %2").arg(m_title, wordLabel(to).toLower()),
                               [&](Transaction &tx) -> Result<qint64> {
                                   if (Status s = ContractService::setStatus(tx, m_record->id, to, on); !s)
                                       return fail(s.error());
                                   return m_participantId;
                               });
    if (!done) {
        showFieldMessage(m_problem, done.error());
        return false;
    }
    reload();
    return true;
}

QString ContractEditor::compareHtml(int a, int b) const
{
    if (!m_record)
        return {};
    QSqlDatabase db = m_history.workspace().db();
    auto before = ContractService::versionTerms(db, m_record->id, a, m_currency);
    auto after = ContractService::versionTerms(db, m_record->id, b, m_currency);
    if (!before || !after)
        return (before ? after.error() : before.error()).toHtmlEscaped();
    QString html = tr("<h3>Version %1 → version %2</h3>").arg(a).arg(b);
    const QList<TermChange> changes = diffTerms(before.value(), after.value());
    if (!changes.isEmpty()) {
        html += QStringLiteral("<table cellpadding='3'>");
        for (const TermChange &c : changes)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>→</td><td>%3</td></tr>")
                        .arg(c.term.toHtmlEscaped(), diffHtml(c.before, QString()), diffHtml(QString(), c.after));
        html += QStringLiteral("</table>");
    }
    auto textA = contractTextOf(m_history.workspace(), m_record->id, a);
    auto textB = contractTextOf(m_history.workspace(), m_record->id, b);
    if (textA && textB)
        html += diffTextsHtml(textA.value(), textB.value());
    if (changes.isEmpty() && textA && textB && textA.value() == textB.value())
        html += tr("<p>The two versions are the same.</p>");
    return html;
}

void ContractEditor::compareVersions()
{
    QList<int> chosen;
    for (QListWidgetItem *item : m_versions->selectedItems())
        chosen << item->data(VersionRole).toInt();
    std::sort(chosen.begin(), chosen.end());
    if (chosen.size() == 1 && chosen.first() > 1)
        chosen.prepend(chosen.first() - 1); // one chosen: against the one before
    if (chosen.size() != 2) {
        ask::warn(this, tr("Compare Versions"),
                  tr("Choose two versions in the list (Ctrl+click), or one to compare "
                     "with the version before it."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compare Versions: %1").arg(m_title));
    auto *view = new QTextBrowser(&dialog);
    view->setHtml(compareHtml(chosen.at(0), chosen.at(1)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(820, 600);
    dialog.exec();
}

void ContractEditor::attachSignedCopy()
{
    if (!m_record)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Signed Copy"), QDir::homePath(),
                                                      tr("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    QSqlDatabase db = m_history.workspace().db();
    auto versions = ContractService::versions(db, m_record->id);
    if (!versions || versions->isEmpty() || versions->constLast().version != m_record->version)
        return;
    const qint64 versionId = versions->constLast().id; // the latest, which the signed copy belongs to
    auto done = m_history.edit(RecordImage::Kind::ParticipantTree, m_participantId,
                               tr("Signed copy of %1").arg(m_title), [&](Transaction &tx) -> Result<qint64> {
                                   auto added = attachments::add(tx, AttachmentOwner::ContractVersion, versionId, path);
                                   if (!added)
                                       return fail(added.error());
                                   return m_participantId;
                               });
    if (!done)
        showFieldMessage(m_problem, done.error());
    reload();
}

bool ContractEditor::exportPdf(const QString &path)
{
    if (!m_record) {
        showFieldMessage(m_problem, tr("save the contract first, then export it"));
        return false;
    }
    auto pages = writeContractPdf(m_history.workspace(), m_record->id, 0, path);
    if (!pages) {
        ask::warn(this, tr("Export Contract"), pages.error());
        return false;
    }
    return true;
}

void ContractEditor::exportTemplate()
{
    auto terms = m_form->terms();
    const QString name = m_text.templateName.isEmpty() ? QStringLiteral("standard") : m_text.templateName;
    const ContractLanguage language = terms ? terms->language : ContractLanguage::En;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Template"), QDir::home().filePath(QStringLiteral("%1.%2.json").arg(name, wordOf(language))),
        tr("Contract templates (*.json)"));
    if (path.isEmpty())
        return;
    QSqlDatabase db = m_history.workspace().db();
    auto json = contractTemplateJson(db, name, language);
    if (!json)
        return ask::warn(this, tr("Export Template"), json.error());
    QSaveFile file(path);
    Status written = file.open(QIODevice::WriteOnly) ? (file.write(json.value()), commitWhole(file))
                                                     : Status(fail(file.errorString()));
    if (!written)
        ask::warn(this, tr("Export Template"), tr("cannot write %1: %2").arg(path, written.error()));
}

void ContractEditor::importTemplate()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Template"), QDir::homePath(), tr("Contract templates (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ask::warn(this, tr("Import Template"), tr("cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto name = saveContractTemplate(m_history.workspace(), file.readAll());
    if (!name) {
        ask::warn(this, tr("Import Template"), name.error());
        return;
    }
    QSqlDatabase db = m_history.workspace().db();
    m_form->setTemplates(contractTemplateNames(db));
    showFieldMessage(m_problem, QString());
    m_missing->setText(tr("Template '%1' kept in the workspace: choose it under Terms.").arg(name.value()));
}

void ContractEditor::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(contractHtml(m_text));
    document.print(&printer);
}

} // namespace cd

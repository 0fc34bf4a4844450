#include "BrandEditor.h"

#include "commands/EditHistory.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/Words.h"
#include "desk/FollowupsPanel.h"
#include "main/FieldMessage.h"
#include "services/Lookup.h"
#include "services/Validation.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

BrandEditor::BrandEditor(EditHistory &history, qint64 id, const BrandInput &initial, QWidget *parent)
    : RecordEditor(history, id, RecordImage::Kind::Brand, parent)
{
    setObjectName(QStringLiteral("brandEditor"));
    setWindowTitle(id ? tr("Brand — %1").arg(initial.name) : tr("New Brand"));
    auto *form = new QFormLayout;
    const auto withMessage = [&](const QString &label, QLineEdit *edit, QLabel **message) {
        *message = makeFieldMessage(this, edit);
        addFieldRow(form, label, edit, *message);
    };
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("brandNameLineEdit"));
    withMessage(tr("&Name:"), m_name, &m_nameMessage);
    m_category = new QLineEdit(initial.category, this);
    m_category->setObjectName(QStringLiteral("brandCategoryLineEdit"));
    m_category->setPlaceholderText(tr("Beverages, skincare, fintech…"));
    addFieldRow(form, tr("&Category:"), m_category);
    m_competitors = new QLineEdit(initial.competitors.join(QStringLiteral(", ")), this);
    m_competitors->setObjectName(QStringLiteral("brandCompetitorsLineEdit"));
    m_competitors->setPlaceholderText(tr("Separated by commas: Teh Botol, Frestea"));
    m_competitors->setToolTip(tr("Brands a creator working with this one should not promote at the same time; "
                                 "contracts' exclusivity checks look for them"));
    addFieldRow(form, tr("C&ompetitors:"), m_competitors);
    m_email = new QLineEdit(initial.contactEmail, this);
    m_email->setObjectName(QStringLiteral("brandEmailLineEdit"));
    withMessage(tr("Contact &email:"), m_email, &m_emailMessage);
    m_notes = new QPlainTextEdit(initial.notes, this);
    m_notes->setObjectName(QStringLiteral("brandNotesEdit"));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("No&tes:"), m_notes);
    if (id)
        form->addRow(tr("Campaigns:"), campaignsList());

    // The form and the follow-ups on tabs: below the form the list would have a few lines at most.
    auto *details = new QWidget(this);
    details->setLayout(form);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(details, tr("&Brand"));
    if (id) {
        m_followups = new FollowupsPanel(&history, FollowupAbout::Brand, this);
        m_followups->setRecord(id, initial.name);
        m_tabs->addTab(m_followups, tr("&Follow-ups"));
        const auto title = [this](int open) {
            m_tabs->setTabText(m_tabs->indexOf(m_followups),
                               open > 0 ? tr("&Follow-ups (%1)").arg(open) : tr("&Follow-ups"));
        };
        title(m_followups->openCount());
        connect(m_followups, &FollowupsPanel::openCountChanged, this, title);
    } else {
        // A follow-up needs a stored brand to belong to.
        auto *page = new QWidget(this);
        auto *pageLayout = new QVBoxLayout(page);
        auto *hint = new QLabel(tr("Save the brand first to add follow-ups."), page);
        hint->setObjectName(QStringLiteral("brandFollowupsHint"));
        hint->setForegroundRole(QPalette::PlaceholderText);
        pageLayout->addWidget(hint);
        pageLayout->addStretch();
        m_tabs->addTab(page, tr("&Follow-ups"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    finishLayout(layout);
    for (QLineEdit *edit : {m_name, m_category, m_competitors, m_email})
        connect(edit, &QLineEdit::textChanged, this, &BrandEditor::scheduleCheck);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &BrandEditor::scheduleCheck);
    resize(620, 500);
}

QWidget *BrandEditor::campaignsList()
{
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("brandCampaignsList"));
    list->setAccessibleName(tr("Campaigns of this brand"));
    list->setMaximumHeight(120);
    QSqlDatabase db = workspace().db();
    auto campaigns = lookup::brandCampaigns(db, recordId());
    if (campaigns)
        for (const lookup::BrandCampaign &c : campaigns.value())
            list->addItem(tr("%1 (%2, from %3)").arg(c.name, wordLabel(c.status), displayDate(c.start)));
    if (list->count() == 0)
        list->addItem(campaigns ? tr("No campaigns yet") : campaigns.error());
    return list;
}

BrandInput BrandEditor::collect() const
{
    BrandInput in;
    in.name = m_name->text();
    in.category = m_category->text();
    static const QRegularExpression separator(QStringLiteral("[,;]")); // as the contract's field takes them
    for (const QString &name : m_competitors->text().split(separator))
        if (!name.trimmed().isEmpty())
            in.competitors << name.trimmed();
    in.contactEmail = m_email->text();
    in.notes = m_notes->toPlainText();
    return in;
}

QString BrandEditor::findProblem()
{
    const BrandInput in = collect();
    showFieldMessage(m_nameMessage, in.name.trimmed().isEmpty()
                                        ? tr("A brand needs a name.")
                                        : checkName(cleanName(in.name), tr("brand name")).error());
    showFieldMessage(m_emailMessage, validation::email(in.contactEmail.trimmed()).error());
    return BrandService(workspace()).validate(in, recordId()).error();
}

QString BrandEditor::typedName() const
{
    return m_name->text();
}

Result<qint64> BrandEditor::write(Transaction &tx)
{
    BrandService brands(workspace());
    if (recordId() == 0)
        return brands.insert(tx, collect());
    if (Status s = brands.change(tx, recordId(), collect()); !s)
        return fail(s.error());
    return recordId();
}

} // namespace cd

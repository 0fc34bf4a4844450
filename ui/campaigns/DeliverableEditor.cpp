#include "DeliverableEditor.h"

#include "main/FieldMessage.h"

#include "common/PostUrl.h"
#include "common/Words.h"
#include "main/FormFields.h"
#include "main/OptionalDateEdit.h"
#include "services/Lookup.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

DeliverableEditor::DeliverableEditor(EditHistory &history, qint64 campaignId, qint64 id, qint64 participantId,
                                     const DeliverableInput &initial, QWidget *parent)
    : RecordEditor(history, id, RecordImage::Kind::Deliverable, parent), m_initial(initial)
{
    setObjectName(QStringLiteral("deliverableEditor"));
    setWindowTitle(id ? tr("Deliverable — %1").arg(initial.title) : tr("New Deliverable"));
    auto *form = new QFormLayout;
    m_creator = new QComboBox(this);
    m_creator->setObjectName(QStringLiteral("deliverableCreatorComboBox"));
    QSqlDatabase db = workspace().db();
    for (const auto &[participant, creator] : lookup::campaignParticipants(db, campaignId))
        m_creator->addItem(creator, participant);
    m_creator->setCurrentIndex(std::max(0, m_creator->findData(participantId)));
    m_creator->setEnabled(id == 0);
    form->addRow(tr("C&reator:"), m_creator);
    m_title = new QLineEdit(initial.title, this);
    m_title->setObjectName(QStringLiteral("deliverableTitleLineEdit"));
    m_title->setPlaceholderText(tr("e.g. Iftar reel"));
    form->addRow(tr("&Title:"), m_title);
    m_platform = new QComboBox(this);
    for (const QString &word : allWords<Platform>())
        m_platform->addItem(platformDisplayName(*wordFrom<Platform>(word)), word);
    m_platform->setCurrentIndex(m_platform->findData(wordOf(initial.platform)));
    form->addRow(tr("&Platform:"), m_platform);
    m_format = new QComboBox(this);
    m_format->addItem(tr("—"), QString());
    for (const QString &word : allWords<DeliverableFormat>())
        m_format->addItem(formatDisplayName(*wordFrom<DeliverableFormat>(word)), word);
    m_format->setCurrentIndex(initial.format ? m_format->findData(wordOf(*initial.format)) : 0);
    form->addRow(tr("&Format:"), m_format);
    m_due = makeOptionalDate(this, tr("Due date"));
    setOptionalDate(m_due, initial.due);
    form->addRow(tr("&Due:"), m_due);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("deliverableStatusComboBox"));
    for (const QString &word : allWords<DeliverableStatus>())
        m_status->addItem(wordLabel(word), word);
    m_status->setCurrentIndex(m_status->findData(wordOf(initial.status)));
    form->addRow(tr("&Status:"), m_status);
    m_used = new QSpinBox(this);
    m_used->setRange(0, 99);
    m_used->setValue(int(initial.revisionsUsed));
    m_limit = new QLineEdit(initial.revisionLimit ? QString::number(*initial.revisionLimit) : QString(), this);
    m_limit->setPlaceholderText(tr("the contract's rounds"));
    m_used->setAccessibleName(tr("Revisions used"));
    m_limit->setAccessibleName(tr("Revision limit"));
    auto *revisions = new QHBoxLayout;
    revisions->addWidget(m_used);
    revisions->addWidget(new QLabel(tr("used of"), this));
    revisions->addWidget(m_limit, 1);
    auto *revisionsLabel = new QLabel(tr("Re&visions:"), this);
    labelField(revisionsLabel, m_used);
    form->addRow(revisionsLabel, revisions);
    m_url = new QLineEdit(initial.postUrl, this);
    m_url->setObjectName(QStringLiteral("deliverableUrlLineEdit"));
    showUrlExample();
    connect(m_platform, &QComboBox::currentIndexChanged, this, &DeliverableEditor::showUrlExample);
    form->addRow(tr("Post &URL:"), m_url);
    m_posted = makeOptionalDate(this, tr("Posted on"));
    m_posted->setObjectName(QStringLiteral("deliverablePostedDateEdit"));
    setOptionalDate(m_posted, initial.postedAt);
    // A post usually goes up on its due day; the calendar and typing start there.
    m_posted->setSuggestedDate(initial.due);
    connect(m_due, &QDateEdit::dateChanged, this, [this] { m_posted->setSuggestedDate(optionalDate(m_due)); });
    form->addRow(tr("P&osted on:"), m_posted);
    m_caption = new QPlainTextEdit(initial.caption, this);
    m_caption->setObjectName(QStringLiteral("deliverableCaptionEdit"));
    m_caption->setTabChangesFocus(true);
    m_caption->setPlaceholderText(tr("The caption as posted, for the brief compliance check"));
    form->addRow(tr("&Caption:"), m_caption);
    if (id) {
        // The notes sent back with each revision, oldest first, for the next round's check.
        QStringList rounds;
        for (const lookup::FeedbackRound &r : lookup::deliverableFeedback(db, id))
            rounds << tr("%1 %2: %3").arg(r.createdAt.left(10), r.author.isEmpty() ? tr("(you)") : r.author, r.body);
        auto *feedback =
            new QLabel(rounds.isEmpty() ? tr("No revision asked yet.") : rounds.join(QLatin1Char('\n')), this);
        feedback->setObjectName(QStringLiteral("deliverableFeedbackLabel"));
        feedback->setWordWrap(true);
        feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Feedback:"), feedback);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    finishLayout(layout);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &DeliverableEditor::scheduleCheck);
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, &DeliverableEditor::scheduleCheck);
    for (QDateEdit *edit : findChildren<QDateEdit *>())
        connect(edit, &QDateEdit::dateChanged, this, &DeliverableEditor::scheduleCheck);
    connect(m_used, &QSpinBox::valueChanged, this, &DeliverableEditor::scheduleCheck);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &DeliverableEditor::scheduleCheck);
    resize(560, 520);
}

void DeliverableEditor::showUrlExample()
{
    // The example address of the post's own platform (a TikTok deliverable showed an Instagram one).
    const auto platform = wordFrom<Platform>(m_platform->currentData().toString());
    m_url->setPlaceholderText(postUrlExample(platform.value_or(Platform::Blog)));
}

Result<std::pair<qint64, DeliverableInput>> DeliverableEditor::collect() const
{
    DeliverableInput in = m_initial;
    in.title = m_title->text();
    in.platform = *wordFrom<Platform>(m_platform->currentData().toString());
    in.format = wordFrom<DeliverableFormat>(m_format->currentData().toString());
    in.due = optionalDate(m_due);
    in.status = wordFrom<DeliverableStatus>(m_status->currentData().toString()).value_or(DeliverableStatus::Planned);
    in.revisionsUsed = m_used->value();
    auto limit = optionalCount(m_limit, tr("revision limit"));
    if (!limit)
        return fail(limit.error());
    in.revisionLimit = limit.value();
    in.postUrl = m_url->text().trimmed();
    in.postedAt = optionalDate(m_posted);
    in.caption = m_caption->toPlainText();
    // An approved deliverable given its post's URL and day is posted, unless its status was chosen
    // here (it used to stay "approved" after both were saved).
    if (m_initial.status == DeliverableStatus::Approved && in.status == DeliverableStatus::Approved &&
        !in.postUrl.isEmpty() && in.postedAt.isValid())
        in.status = DeliverableStatus::Posted;
    if (m_creator->currentIndex() < 0)
        return fail(tr("add a creator to the campaign first"));
    return std::pair{m_creator->currentData().toLongLong(), in};
}

Result<qint64> DeliverableEditor::save(Transaction &tx, qint64 participant, const DeliverableInput &in)
{
    DeliverableService deliverables(workspace());
    if (recordId() == 0)
        return deliverables.insert(tx, participant, in);
    if (Status s = deliverables.change(tx, recordId(), in); !s)
        return fail(s.error());
    return recordId();
}

QString DeliverableEditor::findProblem()
{
    auto in = collect();
    return in ? problemOnSave() : in.error();
}

QString DeliverableEditor::typedName() const
{
    return tr("“%1” of %2").arg(m_title->text().simplified(), m_creator->currentText());
}

Result<qint64> DeliverableEditor::write(Transaction &tx)
{
    auto in = collect();
    if (!in)
        return fail(in.error());
    return save(tx, in->first, in->second);
}

} // namespace cd

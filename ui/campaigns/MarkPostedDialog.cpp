#include "MarkPostedDialog.h"

#include "brief/Compliance.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/PostUrl.h"
#include "common/Words.h"
#include "main/FieldMessage.h"
#include "main/FormGuard.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

MarkPostedDialog::MarkPostedDialog(EditHistory &history, qint64 campaignId, qint64 deliverableId,
                                   const DeliverableInput &current, const QString &creator, QWidget *parent)
    : QDialog(parent), m_history(history), m_campaign(campaignId), m_id(deliverableId), m_current(current)
{
    setWindowTitle(tr("Mark Posted — %1").arg(current.title));
    // Which post this is, in the dialog itself: a window title is easy to miss (and some desktops
    // show none), and the URL and caption must be the right creator's.
    const QString where = wordLabel(current.platform);
    m_heading = new QLabel(
        current.due.isValid()
            ? tr("<b>%1</b> by %2 on %3, due %4")
                  .arg(current.title.toHtmlEscaped(), creator.toHtmlEscaped(), where, displayDate(current.due))
            : tr("<b>%1</b> by %2 on %3").arg(current.title.toHtmlEscaped(), creator.toHtmlEscaped(), where),
        this);
    m_heading->setObjectName(QStringLiteral("postedHeadingLabel"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(current.postUrl, this);
    m_url->setObjectName(QStringLiteral("postedUrlLineEdit"));
    m_url->setPlaceholderText(postUrlExample(current.platform));
    form->addRow(tr("Post &URL:"), m_url);
    // The day it went up is usually today, or the due day when that has passed.
    const QDate today = Clock::today();
    const QDate day = current.postedAt.isValid()                     ? current.postedAt
                      : current.due.isValid() && current.due < today ? current.due
                                                                     : today;
    m_date = new QDateEdit(day, this);
    m_date->setObjectName(QStringLiteral("postedDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateEntryFormat());
    m_date->setMaximumDate(today);
    form->addRow(tr("Posted &on:"), m_date);
    m_caption = new QPlainTextEdit(current.caption, this);
    m_caption->setObjectName(QStringLiteral("postedCaptionEdit"));
    m_caption->setTabChangesFocus(true);
    m_caption->setPlaceholderText(tr("Paste the caption as posted: it is checked against the brief"));
    form->addRow(tr("&Caption:"), m_caption);
    m_brief = new QLabel(this);
    m_brief->setObjectName(QStringLiteral("postedBriefLabel"));
    m_brief->setWordWrap(true);
    form->addRow(QString(), m_brief);

    m_problem = makeFieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Mark &Posted"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_url, &QLineEdit::textChanged, this, &MarkPostedDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &MarkPostedDialog::check);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &MarkPostedDialog::check);
    check();
    resize(560, sizeHint().height());
    FormGuard::attach(this);
}

QString MarkPostedDialog::heading() const
{
    return m_heading->text();
}

void MarkPostedDialog::check()
{
    // A warning, not a refusal: what was posted is a fact to record, and the creator is asked to
    // fix the post itself.
    QSqlDatabase db = m_history.workspace().db();
    const auto rules =
        postCompliance(db, m_campaign, m_caption->toPlainText(), wordOf(m_current.platform), m_date->date());
    // Without a caption only the day and platform can be judged; the caption's rules wait for it.
    const bool noCaption = m_caption->toPlainText().trimmed().isEmpty();
    QStringList broken;
    if (rules)
        for (const ComplianceRule &r : rules.value()) {
            const bool aboutCaption = r.rule != QLatin1String("window") && r.rule != QLatin1String("platform");
            if (!r.pass && !(aboutCaption && noCaption))
                broken << asSentence(r.detail);
        }
    m_brief->setText(broken.isEmpty() ? QString() : tr("⚠ Against the brief: %1").arg(broken.join(QLatin1Char(' '))));
    m_brief->setVisible(!broken.isEmpty());
    const bool missing = m_url->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!missing && !m_history.workspace().isReadOnly());
    // Empty when opened: nothing to say until something is typed.
    showFieldMessage(m_problem, QString());
}

QString MarkPostedDialog::briefWarning() const
{
    return m_brief->isHidden() ? QString() : m_brief->text();
}

QString MarkPostedDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool MarkPostedDialog::save()
{
    DeliverableService deliverables(m_history.workspace());
    auto done = m_history.edit(
        RecordImage::Kind::Deliverable, m_id, tr("Mark Posted: %1").arg(m_current.title),
        [&](Transaction &tx) -> Result<qint64> {
            if (Status s = deliverables.markPosted(tx, m_id, m_url->text(), m_date->date(), m_caption->toPlainText());
                !s)
                return fail(s.error());
            return m_id;
        });
    if (!done) {
        showFieldMessage(m_problem, done.error());
        return false;
    }
    return true;
}

} // namespace cd

#include "FollowerCountDialog.h"

#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Words.h"
#include "main/FieldMessage.h"
#include "main/FormFields.h"
#include "main/FormGuard.h"
#include "services/Attachments.h"
#include "services/Lookup.h"
#include "services/MetricEntry.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace cd {

FollowerCountDialog::FollowerCountDialog(EditHistory &history, qint64 creatorId, const QString &creatorName,
                                         QWidget *parent)
    : QDialog(parent), m_history(history), m_creator(creatorId), m_name(creatorName)
{
    setWindowTitle(tr("Follower Count: %1").arg(creatorName));
    m_account = new QComboBox(this);
    m_account->setAccessibleName(tr("Account"));
    QSqlDatabase db = history.workspace().db();
    if (auto accounts = lookup::accountsOf(db, creatorId))
        for (const lookup::AccountName &a : accounts.value())
            m_account->addItem(tr("%1 @%2").arg(platformDisplayName(a.platform), a.handle), a.id);
    m_latest = new QLabel(this);
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateEntryFormat());
    m_date->setMaximumDate(Clock::today());
    m_date->setAccessibleName(tr("Seen on"));
    m_followers = new QLineEdit(this);
    m_followers->setAccessibleName(tr("Followers"));
    m_followers->setPlaceholderText(tr("e.g. 52,500"));
    m_source = new QLineEdit(tr("manual entry"), this);
    m_source->setAccessibleName(tr("Source"));
    m_proofList = new QListWidget(this);
    m_proofList->setMaximumHeight(70);
    m_proofList->setAccessibleName(tr("Proof screenshots"));
    auto *attach = new QPushButton(tr("&Attach Screenshot…"), this);
    auto *proofRow = new QHBoxLayout;
    proofRow->addWidget(m_proofList, 1);
    proofRow->addWidget(attach, 0, Qt::AlignTop);
    m_problem = makeFieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("A&ccount:"), m_account);
    form->addRow(QString(), m_latest);
    form->addRow(tr("&Seen on:"), m_date);
    form->addRow(tr("&Followers:"), m_followers);
    form->addRow(tr("S&ource:"), m_source);
    auto *proofLabel = new QLabel(tr("Proof:"), this);
    labelField(proofLabel, m_proofList);
    form->addRow(proofLabel, proofRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_account, &QComboBox::currentIndexChanged, this, &FollowerCountDialog::showLatest);
    connect(m_followers, &QLineEdit::textChanged, this, &FollowerCountDialog::check);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = chooseProofFile(this);
        if (!path.isEmpty())
            addProof(path);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showLatest();
    FormGuard::attach(this);
}

void FollowerCountDialog::showLatest()
{
    QSqlDatabase db = m_history.workspace().db();
    const auto latest = lookup::latestFollowers(db, m_account->currentData().toLongLong());
    m_latest->setText(
        latest ? tr("Last recorded: %1 on %2").arg(QLocale().toString(latest->followers), isoDate(latest->date))
               : tr("No count recorded yet."));
    check();
}

void FollowerCountDialog::check()
{
    QString problem;
    if (m_account->count() == 0)
        problem = tr("the creator has no account yet: add one in the creator's Accounts tab");
    else if (auto n = optionalCount(m_followers, tr("follower count")); !n)
        problem = n.error();
    else if (!n.value())
        problem = tr("type the follower count");
    showFieldMessage(m_problem, m_followers->text().isEmpty() && m_account->count() > 0 ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_history.workspace().isReadOnly());
}

void FollowerCountDialog::addProof(const QString &path)
{
    m_proofs << path;
    m_proofList->addItem(tr("%1 (kept on save)").arg(QFileInfo(path).fileName()));
}

bool FollowerCountDialog::save()
{
    check();
    auto followers = optionalCount(m_followers, tr("follower count"));
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled() || !followers || !followers.value())
        return false;
    const qint64 account = m_account->currentData().toLongLong();
    const QDate date = m_date->date();
    const QString source = m_source->text().trimmed();
    auto done = m_history.edit(
        RecordImage::Kind::Creator, m_creator, tr("Followers of %1 on %2").arg(m_name, isoDate(date)),
        [&](Transaction &tx) -> Result<qint64> {
            auto id = MetricEntry::recordFollowers(tx, account, date, *followers.value(), source);
            if (!id)
                return id;
            for (const QString &path : std::as_const(m_proofs))
                if (auto added = attachments::add(tx, AttachmentOwner::FollowerSnapshot, id.value(), path); !added)
                    return fail(added.error());
            return m_creator;
        });
    if (!done) {
        showFieldMessage(m_problem, done.error());
        return false;
    }
    m_proofs.clear();
    return true;
}

} // namespace cd

#include "PostNumbersDialog.h"

#include "PostNumberFields.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "main/FieldMessage.h"
#include "main/FormFields.h"
#include "main/FormGuard.h"
#include "services/Attachments.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace cd {
namespace {
constexpr int ProofIdRole = Qt::UserRole;       // a stored proof's attachment id
constexpr int ProofPathRole = Qt::UserRole + 1; // a queued proof's file path
} // namespace

PostNumbersDialog::PostNumbersDialog(EditHistory &history, qint64 deliverableId, QWidget *parent)
    : QDialog(parent), m_history(history), m_deliverable(deliverableId)
{
    auto post = MetricEntry::deliverablePost(history.workspace().db(), deliverableId, Clock::today());
    if (post)
        m_post = post.value();
    setWindowTitle(tr("Numbers for %1").arg(m_post.title));
    m_posted = new QLabel(this);
    m_posted->setWordWrap(true);
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateEntryFormat());
    m_date->setMaximumDate(Clock::today());
    if (m_post.postedAt.isValid())
        m_date->setMinimumDate(m_post.postedAt);
    m_date->setAccessibleName(tr("Numbers as of"));
    m_date->setMaximumWidth(160);

    auto *grid = new QGridLayout;
    int i = 0;
    for (const PostNumberField &field : PostNumberFields) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(postNumberLabel(field));
        edit->setPlaceholderText(tr("not given"));
        auto *label = new QLabel(postNumberLabel(field) + QLatin1Char(':'), this);
        labelField(label, edit);
        grid->addWidget(label, i / 3, (i % 3) * 2);
        grid->addWidget(edit, i / 3, (i % 3) * 2 + 1);
        m_counts << edit;
        ++i;
    }
    m_revenue = new QLineEdit(this);
    m_revenue->setAccessibleName(tr("Revenue"));
    m_revenue->setPlaceholderText(tr("attributed sales in %1, if known").arg(m_post.currency));
    m_source = new QLineEdit(tr("manual entry"), this);
    m_source->setAccessibleName(tr("Source"));
    m_source->setToolTip(tr("Where the numbers come from: \"creator's screenshot\", \"Instagram insights\"…"));

    m_proofs = new QListWidget(this);
    m_proofs->setAccessibleName(tr("Proof screenshots"));
    m_proofs->setMaximumHeight(90);
    auto *attach = new QPushButton(tr("&Attach Screenshot…"), this);
    auto *open = new QPushButton(tr("&Open"), this);
    auto *proofButtons = new QVBoxLayout;
    proofButtons->addWidget(attach);
    proofButtons->addWidget(open);
    proofButtons->addStretch();
    auto *proofRow = new QHBoxLayout;
    proofRow->addWidget(m_proofs, 1);
    proofRow->addLayout(proofButtons);

    m_problem = makeFieldMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_posted);
    form->addRow(tr("&Numbers as of:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(grid);
    auto *more = new QFormLayout;
    more->addRow(tr("&Revenue:"), m_revenue);
    more->addRow(tr("S&ource:"), m_source);
    auto *proofLabel = new QLabel(tr("Proof:"), this);
    labelField(proofLabel, m_proofs);
    more->addRow(proofLabel, proofRow);
    layout->addLayout(more);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &PostNumbersDialog::loadDay);
    for (QLineEdit *edit : std::as_const(m_counts))
        connect(edit, &QLineEdit::textChanged, this, &PostNumbersDialog::check);
    connect(m_revenue, &QLineEdit::textChanged, this, &PostNumbersDialog::check);
    connect(attach, &QPushButton::clicked, this, &PostNumbersDialog::chooseProof);
    connect(open, &QPushButton::clicked, this, &PostNumbersDialog::openProof);
    connect(m_proofs, &QListWidget::itemActivated, this, &PostNumbersDialog::openProof);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadDay();
    FormGuard::attach(this);
}

void PostNumbersDialog::loadDay()
{
    auto post = MetricEntry::deliverablePost(m_history.workspace().db(), m_deliverable, m_date->date());
    if (!post) {
        showFieldMessage(m_problem, post.error());
        return;
    }
    m_post = post.value();
    m_posted->setText(
        m_post.isPosted()
            ? tr("%1 on %2, posted %3: %4")
                  .arg(m_post.creator, platformDisplayName(m_post.platform), isoDate(m_post.postedAt), m_post.url)
            : tr("%1 on %2 is not posted yet.").arg(m_post.creator, platformDisplayName(m_post.platform)));
    const PostSnapshot day = m_post.recorded.value_or(PostSnapshot{});
    for (int i = 0; i < m_counts.size(); ++i) {
        const std::optional<qint64> value = day.*(PostNumberFields[i].member);
        m_counts.at(i)->setText(value ? QString::number(*value) : QString());
    }
    m_revenue->setText(day.revenue ? day.revenue->toPlain() : QString());
    if (m_post.recorded)
        m_source->setText(day.source);
    m_proofs->clear();
    if (m_post.snapshotId)
        if (auto files =
                attachments::list(m_history.workspace().db(), AttachmentOwner::PostSnapshot, m_post.snapshotId))
            for (const AttachmentInfo &file : files.value()) {
                auto *item = new QListWidgetItem(file.fileName, m_proofs);
                item->setData(ProofIdRole, file.id);
            }
    for (const QString &path : std::as_const(m_pendingProofs)) {
        auto *item = new QListWidgetItem(tr("%1 (kept on save)").arg(QFileInfo(path).fileName()), m_proofs);
        item->setData(ProofPathRole, path);
    }
    check();
}

Result<PostSnapshot> PostNumbersDialog::typed() const
{
    PostSnapshot s = m_post.recorded.value_or(PostSnapshot{}); // keeps the caption an import brought
    s.date = m_date->date();
    for (int i = 0; i < m_counts.size(); ++i) {
        auto value = optionalCount(m_counts.at(i), postNumberLabel(PostNumberFields[i]).toLower());
        if (!value)
            return fail(value.error());
        s.*(PostNumberFields[i].member) = value.value();
    }
    s.revenue.reset();
    if (!m_revenue->text().trimmed().isEmpty()) {
        auto money = Money::parseDisplay(m_revenue->text().trimmed(), m_post.currency);
        if (!money)
            return fail(tr("revenue: %1").arg(money.error()));
        if (money->isNegative())
            return fail(tr("revenue cannot be negative"));
        s.revenue = money.value();
    }
    s.source = m_source->text().trimmed();
    s.approximate = false; // typed numbers are exact
    return s;
}

void PostNumbersDialog::check()
{
    QString problem;
    if (!m_post.isPosted())
        problem = tr("add the post's link and posted date to the deliverable first (Edit…)");
    else if (auto s = typed(); !s)
        problem = s.error();
    else if (MetricEntry::isBlank(s.value()))
        problem = tr("type at least one number, such as views or likes");
    showFieldMessage(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_history.workspace().isReadOnly());
}

void PostNumbersDialog::addProof(const QString &path)
{
    m_pendingProofs << path;
    auto *item = new QListWidgetItem(tr("%1 (kept on save)").arg(QFileInfo(path).fileName()), m_proofs);
    item->setData(ProofPathRole, path);
}

void PostNumbersDialog::chooseProof()
{
    const QString path = chooseProofFile(this);
    if (!path.isEmpty())
        addProof(path);
}

void PostNumbersDialog::openProof()
{
    QListWidgetItem *item = m_proofs->currentItem();
    if (!item)
        return;
    QString path = item->data(ProofPathRole).toString();
    if (path.isEmpty()) {
        // A stored file opens from a copy in a folder only this user can enter.
        auto copy =
            attachments::openableCopy(m_history.workspace().db(), item->data(ProofIdRole).toLongLong(), item->text());
        if (!copy) {
            QMessageBox::warning(this, tr("Open Proof"), asSentence(copy.error()));
            return;
        }
        path = copy.value();
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool PostNumbersDialog::save()
{
    check();
    auto snapshot = typed();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled() || !snapshot)
        return false;
    MetricEntry entry;
    const EntryPost post = m_post;
    const QStringList proofs = m_pendingProofs;
    auto done = m_history.edit(
        RecordImage::Kind::ParticipantTree, post.participantId,
        tr("Numbers for %1 on %2").arg(post.title, isoDate(snapshot->date)), [&](Transaction &tx) -> Result<qint64> {
            auto id = entry.record(tx, post, snapshot.value());
            if (!id)
                return id;
            for (const QString &path : proofs)
                if (auto added = attachments::add(tx, AttachmentOwner::PostSnapshot, id.value(), path); !added)
                    return fail(added.error());
            return post.participantId;
        });
    if (!done) {
        showFieldMessage(m_problem, done.error());
        return false;
    }
    m_pendingProofs.clear();
    return true;
}

} // namespace cd

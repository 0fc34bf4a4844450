#include "DeliverablesPanel.h"

#include "DeliverableEditor.h"
#include "MarkPostedDialog.h"
#include "PostNumbersDialog.h"
#include "commands/EditHistory.h"
#include "common/Words.h"
#include "main/Ask.h"
#include "main/PageParts.h"
#include "main/StatusChip.h"
#include "models/DeliverableListModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {
namespace {
// Late deliverables stand out in a red that reads on light and dark backgrounds.
class LateInRed : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(DeliverableListModel::LateRole).toBool())
            return QColor(0xd3, 0x2f, 0x2f);
        return QIdentityProxyModel::data(index, role);
    }
};

QString stepName(const QString &status)
{
    switch (wordFrom<DeliverableStatus>(status).value_or(DeliverableStatus::Verified)) {
    case DeliverableStatus::Planned:
    case DeliverableStatus::RevisionRequested:
        return DeliverablesPanel::tr("Draft &Submitted");
    case DeliverableStatus::DraftSubmitted:
        return DeliverablesPanel::tr("A&pprove");
    case DeliverableStatus::Approved:
        return DeliverablesPanel::tr("Mark &Posted");
    case DeliverableStatus::Posted:
        return DeliverablesPanel::tr("&Verify");
    case DeliverableStatus::Verified:
        break;
    }
    return DeliverablesPanel::tr("Verified");
}
} // namespace

DeliverablesPanel::DeliverablesPanel(Workspace *workspace, EditHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history)
{
    m_model = new DeliverableListModel(workspace, this);
    auto *red = new LateInRed(this);
    red->setSourceModel(m_model);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(red);
    proxy->setSortRole(DeliverableListModel::SortRole);
    m_summary = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deliverablesTableView"));
    m_table->setModel(proxy);
    setUpRecordTable(m_table, tr("Deliverables"));
    m_table->sortByColumn(DeliverableListModel::Due, Qt::AscendingOrder);
    // Names and titles get the room (at Qt's 100 px each, "Ayu Firmansy…" beside a Brief column
    // with most of the width); the short columns keep theirs; Brief takes what is left.
    const std::pair<int, int> widths[] = {{DeliverableListModel::Creator, 170},
                                          {DeliverableListModel::Title, 150},
                                          {DeliverableListModel::Platform, 90},
                                          {DeliverableListModel::Format, 80},
                                          {DeliverableListModel::Revisions, 80}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    QStringList statuses;
    for (const QString &word : allWords<DeliverableStatus>())
        statuses << wordLabel(word);
    showStatusChips(m_table, DeliverableListModel::Status, DeliverableListModel::StatusRole, statuses);
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_advance = new QPushButton(this);
    m_advance->setObjectName(QStringLiteral("advanceDeliverableButton"));
    m_advance->setToolTip(tr("Move the deliverable one step along the pipeline"));
    QStringList steps{tr("Next Step")};
    for (const QString &word : allWords<DeliverableStatus>())
        steps << stepName(word);
    reserveWidthFor(m_advance, steps);
    m_revise = new QPushButton(tr("Request &Revision…"), this);
    m_numbers = new QPushButton(tr("&Numbers…"), this);
    m_numbers->setObjectName(QStringLiteral("deliverableNumbersButton"));
    m_numbers->setToolTip(tr("Type in a posted deliverable's views, likes and the rest for a day, with proof"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    for (QPushButton *b : {m_add, m_edit, m_advance, m_revise, m_numbers, m_delete})
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &DeliverablesPanel::addDeliverable);
    connect(m_edit, &QPushButton::clicked, this, &DeliverablesPanel::editSelected);
    connect(m_advance, &QPushButton::clicked, this, &DeliverablesPanel::advanceSelected);
    connect(m_revise, &QPushButton::clicked, this, &DeliverablesPanel::requestRevision);
    connect(m_numbers, &QPushButton::clicked, this, &DeliverablesPanel::recordNumbers);
    connect(m_delete, &QPushButton::clicked, this, &DeliverablesPanel::deleteSelected);
    connect(m_table, &QTableView::activated, this, &DeliverablesPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeliverablesPanel::updateState);
    keepSelectionByIds(m_table, m_model, DeliverableListModel::IdRole, this, [this] { updateState(); });
    updateState();
}

void DeliverablesPanel::setCampaign(qint64 campaignId)
{
    if (campaignId == m_campaign)
        return;
    m_campaign = campaignId;
    m_model->setCampaign(campaignId);
}

QString DeliverablesPanel::summary() const
{
    return m_summary->text();
}

qint64 DeliverablesPanel::selected() const
{
    const QList<qint64> ids = selectedRecordIds(m_table, DeliverableListModel::IdRole);
    return ids.isEmpty() ? 0 : ids.first();
}

QString DeliverablesPanel::selectedTitle() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(DeliverableListModel::Title);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void DeliverablesPanel::updateState()
{
    const bool writable = m_history && !m_history->workspace().isReadOnly();
    const qint64 id = selected();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString status = rows.isEmpty() ? QString() : rows.first().data(DeliverableListModel::StatusRole).toString();
    m_add->setEnabled(m_campaign != 0 && writable);
    m_edit->setEnabled(id != 0);
    m_advance->setText(id ? stepName(status) : tr("Next Step"));
    m_advance->setEnabled(id != 0 && writable && status != QLatin1String("verified"));
    m_revise->setEnabled(id != 0 && writable && status == QLatin1String("draft_submitted"));
    m_numbers->setEnabled(id != 0 && writable &&
                          (status == QLatin1String("posted") || status == QLatin1String("verified")));
    m_delete->setEnabled(id != 0 && writable);
    const int late = m_model->lateCount();
    m_summary->setText(m_campaign == 0 ? QString()
                       : late > 0
                           ? tr("%n deliverable(s), ", nullptr, m_model->rowCount()) + tr("%n late", nullptr, late)
                           : tr("%n deliverable(s)", nullptr, m_model->rowCount()));
}

void DeliverablesPanel::recordNumbers()
{
    const qint64 id = selected();
    if (!m_history || !id)
        return;
    PostNumbersDialog dialog(*m_history, id, this);
    dialog.exec();
}

void DeliverablesPanel::addDeliverable()
{
    if (!m_history || !m_campaign)
        return;
    DeliverableEditor editor(*m_history, m_campaign, 0, 0, DeliverableInput{}, this);
    if (editor.exec() == QDialog::Accepted)
        selectRecord(m_table, DeliverableListModel::IdRole, editor.recordId());
}

void DeliverablesPanel::editSelected()
{
    const qint64 id = selected();
    if (!m_history || !id)
        return;
    auto loaded = DeliverableService(m_history->workspace()).load(id);
    if (!loaded)
        return ask::warn(this, tr("Edit Deliverable"), loaded.error());
    DeliverableEditor editor(*m_history, m_campaign, id, loaded->first, loaded->second, this);
    editor.exec();
}

void DeliverablesPanel::advanceSelected()
{
    const qint64 id = selected();
    if (!m_history || !id)
        return;
    DeliverableService deliverables(m_history->workspace());
    // Posting needs the post's URL and day: asked for here rather than sending the user to Edit.
    if (auto loaded = deliverables.load(id); loaded && loaded->second.status == DeliverableStatus::Approved) {
        const QModelIndexList creator = m_table->selectionModel()->selectedRows(DeliverableListModel::Creator);
        MarkPostedDialog dialog(*m_history, m_campaign, id, loaded->second,
                                creator.isEmpty() ? QString() : creator.first().data().toString(), this);
        dialog.exec();
        return;
    }
    const QString step = QString(m_advance->text()).remove(QLatin1Char('&'));
    auto done = m_history->edit(RecordImage::Kind::Deliverable, id, tr("%1: %2").arg(step, selectedTitle()),
                                [&](Transaction &tx) -> Result<qint64> {
                                    if (auto next = deliverables.advance(tx, id); !next)
                                        return fail(next.error());
                                    return id;
                                });
    if (!done)
        ask::warn(this, step, done.error());
}

void DeliverablesPanel::requestRevision()
{
    const qint64 id = selected();
    if (!m_history || !id)
        return;
    const QString title = selectedTitle();
    const auto feedback = ask::text(this, tr("Request Revision"),
                                    tr("What should change in “%1”? The note is kept with this round.").arg(title));
    if (!feedback)
        return;
    DeliverableService deliverables(m_history->workspace());
    QString warning;
    auto done = m_history->edit(RecordImage::Kind::Deliverable, id, tr("Request a revision of %1").arg(title),
                                [&](Transaction &tx) -> Result<qint64> {
                                    auto r = deliverables.requestRevision(tx, id, *feedback, QString());
                                    if (!r)
                                        return fail(r.error());
                                    warning = r.value();
                                    return id;
                                });
    if (!done)
        ask::warn(this, tr("Request Revision"), done.error());
    else if (!warning.isEmpty())
        ask::warn(this, tr("Past the Revision Limit"),
                  tr("The request is recorded, but %1. The contract may allow a fee for extra rounds.").arg(warning));
}

void DeliverablesPanel::deleteSelected()
{
    const qint64 id = selected();
    if (!m_history || !id)
        return;
    const QString title = selectedTitle();
    const auto answer =
        ask::question(this, tr("Delete Deliverable"),
                      tr("Delete “%1” with the feedback on its drafts?\n\nEdit > Undo brings it back.").arg(title),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes)
        return;
    DeliverableService deliverables(m_history->workspace());
    const Status done = m_history->editEach(RecordImage::Kind::Deliverable, {id}, tr("Delete %1").arg(title),
                                            [&](Transaction &tx, qint64 did) { return deliverables.remove(tx, did); });
    if (!done)
        ask::warn(this, tr("Delete Deliverable"), done.error());
}

} // namespace cd

// Moving deals between columns (drag and drop, Ctrl+arrows, the card menu); the board itself is in PipelinePage.cpp.
#include "PipelinePage.h"

#include "PipelineColumnView.h"
#include "PipelineStages.h"
#include "commands/EditHistory.h"
#include "main/Ask.h"
#include "models/DealListModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>

namespace cd {
namespace {

// The stages a person sets by hand (the participant's status); the rest follow from the records.
bool isStatusStage(DealStage s)
{
    return s == DealStage::Offer || s == DealStage::Negotiating || s == DealStage::Contracted || s == DealStage::Lost;
}

} // namespace

QString PipelinePage::mimeType()
{
    return QStringLiteral("application/x-collabdesk-deal");
}

QMimeData *PipelinePage::dealMimeData(qint64 participantId, DealStage from)
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(participantId) + ' ' + QByteArray::number(int(from)));
    return mime;
}

bool PipelinePage::canMove(DealStage from, DealStage to)
{
    if (from == to || !isStatusStage(to))
        return false;
    // Delivered, invoiced and paid come before the status in the rules: a new status would leave
    // the deal where it is, unless it is lost (the first rule).
    if ((from == DealStage::Delivered || from == DealStage::Invoiced || from == DealStage::Paid) &&
        to != DealStage::Lost)
        return false;
    // In production is contracted already; it moves on when the deliverables are posted.
    return !(from == DealStage::InProduction && to == DealStage::Contracted);
}

QString PipelinePage::whyNot(DealStage from, DealStage to) const
{
    if (!isStatusStage(to))
        return tr("Deals reach %1 by themselves: it follows from their deliverables, invoices and payments.")
            .arg(dealStageName(to));
    if (from == DealStage::InProduction && to == DealStage::Contracted)
        return tr("A deal in production is contracted already; it moves on when its deliverables are posted.");
    if (from == to)
        return tr("The deal is in %1 already.").arg(dealStageName(to));
    return tr("A deal in %1 stays there while its records say so (deliverables, invoices, payments); by hand it "
              "can only be marked lost.")
        .arg(dealStageName(from));
}

const Deal *PipelinePage::dealOf(qint64 participantId) const
{
    for (const DealListModel *column : m_models)
        if (const int row = column->rowOf(participantId); row >= 0)
            return &column->dealAt(row);
    return nullptr;
}

bool PipelinePage::moveDealTo(qint64 participantId, DealStage target)
{
    const Deal *found = dealOf(participantId);
    if (!found || !m_history || !m_workspace || m_workspace->isReadOnly())
        return false;
    const Deal deal = *found; // the board reloads under us once the move commits
    if (deal.stage == target)
        return true;
    // A stage the status cannot reach from here: say why rather than write a change that shows
    // nowhere. Stages that follow from the records go to moveDeal(), whose refusal says it.
    if (isStatusStage(target) && !canMove(deal.stage, target)) {
        ask::warn(this, tr("Move Deal"), whyNot(deal.stage, target));
        return false;
    }
    m_moving = true;
    m_movedCommitted = false;
    auto done = m_history->edit(RecordImage::Kind::Participant, participantId,
                                tr("Move %1 (%2) to %3").arg(deal.creator(), deal.campaign(), dealStageName(target)),
                                [&](Transaction &tx) -> Result<qint64> {
                                    if (Status s = cd::moveDeal(tx, participantId, target); !s)
                                        return fail(s.error());
                                    return participantId;
                                });
    m_moving = false;
    if (!done) {
        ask::warn(this, tr("Move Deal"), done.error());
        return false;
    }
    if (!isVisible())
        m_stale = true; // read when shown
    else if (m_movedCommitted)
        refreshCreator(deal.creatorId());
    else if (m_stale)
        reload();
    if (const Deal *now = dealOf(participantId); now && selectDeal(participantId))
        columnView(now->stage)->setFocus(Qt::OtherFocusReason);
    if (const Deal *now = dealOf(participantId); now && now->stage != target)
        ask::warn(this, tr("Move Deal"),
                  tr("%1's deal is in %2: its records (deliverables, invoices, payments) put it there.")
                      .arg(deal.creator(), dealStageName(now->stage)));
    return true;
}

void PipelinePage::moveSelected(int step)
{
    const Deal *deal = dealOf(currentDeal());
    if (!deal || !m_history || m_workspace->isReadOnly())
        return;
    const DealStage from = deal->stage;
    for (int s = int(from) + step; s >= 0 && s < StageCount; s += step)
        if (isColumnShown(DealStage(s)) && canMove(from, DealStage(s))) {
            moveDealTo(deal->participantId, DealStage(s));
            return;
        }
    // Nothing that way: the first or last stage, or a stage that only "lost" can leave by hand.
    if (from == DealStage::Offer || from == DealStage::Lost)
        ask::warn(this, tr("Move Deal"),
                  from == DealStage::Offer ? tr("The deal is an offer: there is no stage before it.")
                                           : tr("The deal is lost: there is no stage after it."));
    else
        ask::warn(this, tr("Move Deal"), whyNot(from, DealStage::Contracted));
}

void PipelinePage::focusNeighbour(DealStage from, int step, int row)
{
    for (int s = int(from) + step; s >= 0 && s < StageCount; s += step) {
        ColumnView *view = m_views[s];
        if (!isColumnVisible(DealStage(s)) || view->model()->rowCount() == 0)
            continue;
        // The card at about the same height, so moving across keeps the eye's place.
        const int near = qBound(0, row < 0 ? 0 : row, view->model()->rowCount() - 1);
        const QModelIndex index = view->model()->index(near, 0);
        view->setFocus(Qt::TabFocusReason);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(index);
        m_scroll->ensureWidgetVisible(view, 0, 0);
        return;
    }
}

void PipelinePage::setDragging(const Deal *deal)
{
    for (DealStage stage : pipelineStages) {
        ColumnView *view = m_views[int(stage)];
        view->dragging = deal != nullptr;
        view->target = deal && canMove(deal->stage, stage);
        view->blockedText = deal && deal->stage != stage ? whyNot(deal->stage, stage) : QString();
        view->viewport()->update();
    }
}

QMenu *PipelinePage::makeContextMenu(qint64 participantId, QWidget *parent)
{
    const Deal *deal = dealOf(participantId);
    if (!deal)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    const qint64 campaignId = deal->campaignId(), creatorId = deal->creatorId();
    QAction *open = menu->addAction(tr("Open &Campaign"), this, [this, campaignId] { emit openCampaign(campaignId); });
    open->setObjectName(QStringLiteral("openCampaignAction"));
    menu->addAction(tr("Open C&reator"), this, [this, creatorId] { emit openCreator(creatorId); })
        ->setObjectName(QStringLiteral("openCreatorAction"));
    menu->setDefaultAction(open);
    menu->addSeparator();
    QMenu *move = menu->addMenu(tr("&Move To"));
    move->setObjectName(QStringLiteral("moveToMenu"));
    move->setToolTipsVisible(true);
    const bool writable = m_history && m_workspace && !m_workspace->isReadOnly();
    move->setEnabled(writable);
    for (DealStage stage : pipelineStages) {
        if (!isColumnShown(stage))
            continue;
        QAction *to = move->addAction(dealStageName(stage), this,
                                      [this, participantId, stage] { moveDealTo(participantId, stage); });
        to->setObjectName(QStringLiteral("moveTo_%1").arg(wordOf(stage)));
        to->setCheckable(stage == deal->stage);
        to->setChecked(stage == deal->stage);
        to->setEnabled(canMove(deal->stage, stage));
        if (!to->isEnabled())
            to->setToolTip(whyNot(deal->stage, stage));
    }
    return menu;
}

void PipelinePage::showContextMenu(ColumnView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QMenu *menu = makeContextMenu(index.data(DealListModel::ParticipantIdRole).toLongLong(), this);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(view->viewport()->mapToGlobal(pos));
}

} // namespace cd

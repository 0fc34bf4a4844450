#pragma once

// The pipeline board's column list, private to PipelinePage (PipelinePage.cpp and PipelinePageMoves.cpp include it).
#include "PipelinePage.h"
#include "models/DealListModel.h"

#include <QApplication>
#include <QColor>
#include <QDrag>
#include <QKeyEvent>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPersistentModelIndex>

#include <functional>

namespace cd {

// Captions and hints: muted, readable on light and dark windows.
inline QColor pipelineSecondaryColor(const QWidget *widget)
{
    const bool dark = widget->palette().color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x59, 0x63, 0x6e);
}

// One column's list. Cards are dragged with a mime type of the page's own (the core model knows
// nothing of drag and drop), and while a card is dragged the columns it cannot go to say why.
class PipelinePage::ColumnView : public QListView
{
public:
    ColumnView(DealStage columnStage, QWidget *parent) : QListView(parent), stage(columnStage)
    {
        // The drag and drop below are ours, not the model's (which knows nothing of them).
        setDragDropMode(QAbstractItemView::NoDragDrop);
        setAcceptDrops(true);
        viewport()->setAcceptDrops(true);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setUniformItemSizes(true);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSpacing(3);
        setMouseTracking(true); // hovered cards darken their edge
        setContextMenuPolicy(Qt::CustomContextMenu);
        setFrameShape(QFrame::NoFrame);
        viewport()->setBackgroundRole(QPalette::AlternateBase);
    }

    const DealStage stage;
    bool movable = true; // false in a read-only workspace
    QString emptyText, blockedText;
    bool dragging = false, target = false, hovering = false;
    std::function<bool(DealStage from)> accepts;
    std::function<void(qint64 participantId)> dropped;
    std::function<void(qint64 participantId)> dragStarted;
    std::function<void()> dragEnded;
    std::function<void(int step)> ctrlArrow, arrow;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (horizontal && event->modifiers() == Qt::ControlModifier) {
            ctrlArrow(step);
            return;
        }
        if (horizontal && event->modifiers() == Qt::NoModifier) {
            arrow(step);
            return;
        }
        QListView::keyPressEvent(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        QListView::mousePressEvent(event);
        m_pressed = event->button() == Qt::LeftButton ? QPersistentModelIndex(indexAt(event->position().toPoint()))
                                                      : QPersistentModelIndex();
        m_pressPos = event->position().toPoint();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_pressed.isValid() && movable && (event->buttons() & Qt::LeftButton) &&
            (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            const QModelIndex index = m_pressed;
            m_pressed = QPersistentModelIndex();
            dragCard(index);
            return;
        }
        QListView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        m_pressed = QPersistentModelIndex();
        QListView::mouseReleaseEvent(event);
    }

    void dragEnterEvent(QDragEnterEvent *event) override { dragMoveEvent(event); }

    void dragMoveEvent(QDragMoveEvent *event) override
    {
        const auto from = source(event->mimeData());
        if (from && accepts(from->second)) {
            event->setDropAction(Qt::MoveAction);
            event->accept();
            setHovering(true);
        } else {
            event->ignore();
        }
    }

    void dragLeaveEvent(QDragLeaveEvent *) override { setHovering(false); }

    void dropEvent(QDropEvent *event) override
    {
        setHovering(false);
        const auto from = source(event->mimeData());
        if (!from || !accepts(from->second)) {
            event->ignore();
            return;
        }
        event->setDropAction(Qt::MoveAction);
        event->accept();
        // After the drag has ended: a message box inside the platform's drag loop is not safe.
        const qint64 id = from->first;
        QMetaObject::invokeMethod(
            this, [this, id] { dropped(id); }, Qt::QueuedConnection);
    }

    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        QPainter p(viewport());
        const QRect area = viewport()->rect();
        const QColor highlight = palette().color(QPalette::Active, QPalette::Highlight);
        if (dragging && !target && !blockedText.isEmpty()) {
            // Not a place for this card: veiled, with the reason in words.
            QColor veil = palette().color(QPalette::Window);
            veil.setAlphaF(0.85);
            p.fillRect(area, veil);
            // The reason on a plain panel of its own, never over the cards' text.
            const int width = area.width() - 32;
            QRect text = p.fontMetrics().boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, blockedText);
            text.moveCenter(QPoint(area.center().x(), area.top() + 40 + text.height() / 2));
            const QRect panel = text.adjusted(-10, -8, 10, 8);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(QRectF(panel).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
            p.setPen(pipelineSecondaryColor(this));
            p.drawText(text, Qt::AlignCenter | Qt::TextWordWrap, blockedText);
            return;
        }
        if (dragging && target) {
            if (hovering) {
                QColor tint = highlight;
                tint.setAlphaF(0.10);
                p.fillRect(area, tint);
            }
            p.setPen(QPen(highlight, 2, hovering ? Qt::SolidLine : Qt::DashLine));
            p.drawRect(area.adjusted(1, 1, -1, -1));
        }
        if (model() && model()->rowCount() == 0 && !emptyText.isEmpty()) {
            p.setPen(pipelineSecondaryColor(this));
            p.drawText(area.adjusted(12, 24, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, emptyText);
        }
    }

private:
    // The participant and stage a drag carries, when it is a card of this board.
    static std::optional<std::pair<qint64, DealStage>> source(const QMimeData *mime)
    {
        if (!mime || !mime->hasFormat(PipelinePage::mimeType()))
            return std::nullopt;
        const QList<QByteArray> parts = mime->data(PipelinePage::mimeType()).split(' ');
        bool idOk = false, stageOk = false;
        const qint64 id = parts.value(0).toLongLong(&idOk);
        const int stage = parts.value(1).toInt(&stageOk);
        if (!idOk || !stageOk || stage < 0 || stage >= PipelinePage::StageCount)
            return std::nullopt;
        return std::pair{id, DealStage(stage)};
    }

    void setHovering(bool on)
    {
        if (hovering != on) {
            hovering = on;
            viewport()->update();
        }
    }

    void dragCard(const QModelIndex &index)
    {
        const qint64 id = index.data(DealListModel::ParticipantIdRole).toLongLong();
        setCurrentIndex(index);
        // The card itself under the pointer, as painted.
        const QRect rect = visualRect(index);
        const qreal ratio = devicePixelRatioF();
        QPixmap picture(rect.size() * ratio);
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::transparent);
        {
            QPainter p(&picture);
            QStyleOptionViewItem option;
            initViewItemOption(&option);
            option.rect = QRect(QPoint(0, 0), rect.size());
            option.state |= QStyle::State_Selected;
            itemDelegateForIndex(index)->paint(&p, option, index);
        }
        auto *drag = new QDrag(this);
        drag->setMimeData(PipelinePage::dealMimeData(id, stage));
        drag->setPixmap(picture);
        drag->setHotSpot(m_pressPos - rect.topLeft());
        dragStarted(id);
        drag->exec(Qt::MoveAction);
        dragEnded();
    }

    QPersistentModelIndex m_pressed;
    QPoint m_pressPos;
};

} // namespace cd

#include "PageParts.h"

#include "ColumnFit.h"
#include "KeptSetting.h"

#include <QAbstractButton>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QTableView>

namespace cd {

QLabel *makePageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

void setUpRecordTable(QTableView *table, const QString &accessibleName)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
}

namespace {
// The header said it resized at every re-read of a long list (its stretched last column follows
// the scroll bar), and each said change had the settings file replaced on disk: the agency demo's
// Payments page spent 10 ms of each re-read on it. The stretched column's width is nobody's choice,
// so its resizes are not changes; the others are kept as KeptSetting keeps a burst of them.
class HeaderStateKeeper final : public QObject
{
public:
    HeaderStateKeeper(QTableView *table, const QString &key)
        : QObject(table->horizontalHeader()), m_table(table), m_kept(new KeptSetting(key, this))
    {}

    void resized(int column)
    {
        if (QHeaderView *header = m_table ? m_table->horizontalHeader() : nullptr;
            header && header->stretchLastSection() && column == lastShown(header))
            return;
        changed();
    }
    void changed()
    {
        // Widths fitted to a small window for the moment are not the user's choice.
        if (m_table && !isFittingColumns(m_table))
            m_kept->set(headerStateToKeep(m_table));
    }

private:
    static int lastShown(const QHeaderView *header)
    {
        for (int visual = header->count() - 1; visual >= 0; --visual)
            if (const int column = header->logicalIndex(visual); !header->isSectionHidden(column))
                return column;
        return -1;
    }

    QPointer<QTableView> m_table;
    KeptSetting *m_kept;
};
} // namespace

void rememberHeaderState(QTableView *table, const QString &key)
{
    QHeaderView *header = table->horizontalHeader();
    header->restoreState(QSettings().value(key).toByteArray());
    auto *keeper = new HeaderStateKeeper(table, key);
    const auto changed = [keeper] { keeper->changed(); };
    QObject::connect(header, &QHeaderView::sectionResized, keeper, [keeper](int column) { keeper->resized(column); });
    QObject::connect(header, &QHeaderView::sectionMoved, keeper, changed);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, keeper, changed);
}

void fitColumnTo(QTableView *table, int column, const QStringList &texts, int extra)
{
    const QFontMetrics metrics(table->font());
    int widest = 0;
    for (const QString &text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    // The cell's own margins and the header's sort arrow.
    const int needed =
        widest + 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 24 + extra;
    QHeaderView *header = table->horizontalHeader();
    if (header->sectionSize(column) < needed)
        header->resizeSection(column, needed);
}

void reserveWidthFor(QAbstractButton *button, const QStringList &labels)
{
    const QString shown = button->text();
    int widest = 0;
    for (const QString &label : labels) {
        button->setText(label);
        widest = std::max(widest, button->sizeHint().width());
    }
    button->setText(shown);
    button->setMinimumWidth(widest);
}

QList<qint64> selectedRecordIds(const QTableView *table, int idRole)
{
    QList<qint64> ids;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        ids << index.data(idRole).toLongLong();
    return ids;
}

bool selectRecord(QTableView *table, int idRole, qint64 id)
{
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(idRole).toLongLong() == id) {
            table->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void keepSelectionByIds(QTableView *table, QAbstractItemModel *source, int idRole, QObject *context,
                        const std::function<void()> &reselected)
{
    auto kept = std::make_shared<QList<qint64>>();
    QObject::connect(source, &QAbstractItemModel::modelAboutToBeReset, context,
                     [=] { *kept = selectedRecordIds(table, idRole); });
    QObject::connect(source, &QAbstractItemModel::modelReset, context, [=] {
        QAbstractItemModel *shown = table->model();
        for (qint64 id : std::as_const(*kept))
            for (int row = 0; row < shown->rowCount(); ++row)
                if (shown->index(row, 0).data(idRole).toLongLong() == id)
                    table->selectionModel()->select(shown->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        reselected();
    });
}

} // namespace cd

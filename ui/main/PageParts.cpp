#include "PageParts.h"

#include "ColumnFit.h"
#include "KeptSetting.h"
#include "common/LocalSettings.h"

#include <QAbstractButton>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
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
// The section a stretched last section is: the last one shown.
int lastShown(const QHeaderView *header)
{
    for (int visual = header->count() - 1; visual >= 0; --visual)
        if (const int column = header->logicalIndex(visual); !header->isSectionHidden(column))
            return column;
    return -1;
}
} // namespace

void rememberHeaderState(QTableView *table, const QString &key)
{
    QHeaderView *header = table->horizontalHeader();
    header->restoreState(LocalSettings::value(key).toByteArray());
    // Kept as KeptSetting keeps a burst of changes: each said change had the settings file replaced
    // on disk, and the header says it resized at every re-read of a long list (its stretched last
    // column follows the scroll bar): 10 ms of each of the agency Payments page's re-reads. The
    // stretched column's width is nobody's choice, so its resizes are not changes; nor are widths
    // fitted to a small window for the moment.
    auto *kept = new KeptSetting(key, header);
    const auto changed = [table = QPointer<QTableView>(table), kept] {
        if (table && !isFittingColumns(table))
            kept->set(headerStateToKeep(table));
    };
    QObject::connect(header, &QHeaderView::sectionResized, kept, [header, changed](int column) {
        if (!header->stretchLastSection() || column != lastShown(header))
            changed();
    });
    QObject::connect(header, &QHeaderView::sectionMoved, kept, changed);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, kept, changed);
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

#include "ColumnChooser.h"

#include "ColumnFit.h"
#include "common/LocalSettings.h"

#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTableView>

#include <algorithm>

namespace cd {
namespace {

const char *const ChooserName = "cdColumnChooser";

class ColumnChooser : public QObject
{
public:
    ColumnChooser(QTableView *table, const QString &key, const QList<int> &hiddenAtFirst)
        : QObject(table), m_table(table), m_key(key)
    {
        setObjectName(QLatin1String(ChooserName));
        if (LocalSettings::contains(key)) {
            for (const QVariant &column : LocalSettings::value(key).toList())
                m_hidden.insert(column.toInt());
        } else {
            m_hidden = QSet<int>(hiddenAtFirst.cbegin(), hiddenAtFirst.cend());
        }
        QHeaderView *header = table->horizontalHeader();
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
            QMenu menu(m_table);
            addChoices(&menu);
            menu.exec(header->viewport()->mapToGlobal(at));
        });
        apply();
    }

    void addChoices(QMenu *menu)
    {
        const QAbstractItemModel *model = m_table->model();
        const int columns = model ? model->columnCount() : 0;
        int shown = 0;
        for (int c = 0; c < columns; ++c)
            shown += !m_table->isColumnHidden(c);
        for (int c = 0; c < columns; ++c) {
            if (m_notApplying.contains(c))
                continue;
            QAction *action = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_table->isColumnHidden(c));
            // The last column shown stays: a table of no columns cannot be given one back from here.
            action->setEnabled(!(action->isChecked() && shown == 1));
            connect(action, &QAction::toggled, this, [this, c](bool on) { choose(c, on); });
        }
    }

    void setApplies(int column, bool applies)
    {
        if (applies == !m_notApplying.contains(column))
            return;
        if (applies)
            m_notApplying.remove(column);
        else
            m_notApplying.insert(column);
        apply();
    }

private:
    void choose(int column, bool shown)
    {
        if (shown)
            m_hidden.remove(column);
        else
            m_hidden.insert(column);
        QList<int> sorted(m_hidden.cbegin(), m_hidden.cend());
        std::sort(sorted.begin(), sorted.end());
        QVariantList kept;
        for (int c : std::as_const(sorted))
            kept << c;
        LocalSettings::set(m_key, kept);
        apply();
    }

    void apply()
    {
        const int columns = m_table->model() ? m_table->model()->columnCount() : 0;
        // A kept choice that leaves nothing to show (written by hand, or by a version with other
        // columns) is no choice.
        bool anyShown = false;
        for (int c = 0; c < columns && !anyShown; ++c)
            anyShown = !m_hidden.contains(c) && !m_notApplying.contains(c);
        if (!anyShown)
            m_hidden.clear();
        for (int c = 0; c < columns; ++c)
            m_table->setColumnHidden(c, m_hidden.contains(c) || m_notApplying.contains(c));
        // The names take up the room a hidden column leaves, or give up what a shown one needs.
        refitColumns(m_table);
    }

    QTableView *m_table;
    const QString m_key;
    QSet<int> m_hidden;      // as chosen (or at first)
    QSet<int> m_notApplying; // hidden and not offered, whatever was chosen
};

ColumnChooser *chooserOf(QTableView *table)
{
    return static_cast<ColumnChooser *>(
        table->findChild<QObject *>(QLatin1String(ChooserName), Qt::FindDirectChildrenOnly));
}

} // namespace

void offerColumnChoice(QTableView *table, const QString &key, const QList<int> &hiddenAtFirst)
{
    new ColumnChooser(table, key, hiddenAtFirst);
}

void setColumnApplies(QTableView *table, int column, bool applies)
{
    if (ColumnChooser *chooser = chooserOf(table))
        chooser->setApplies(column, applies);
    else
        table->setColumnHidden(column, !applies);
}

bool addColumnChoices(QTableView *table, QMenu *menu)
{
    ColumnChooser *chooser = table ? chooserOf(table) : nullptr;
    if (chooser)
        chooser->addChoices(menu);
    return chooser;
}

QTableView *tableWithColumnChoice(QWidget *page)
{
    if (!page)
        return nullptr;
    const QList<QTableView *> tables = page->findChildren<QTableView *>();
    const auto offering = std::ranges::find_if(tables, [](QTableView *t) { return chooserOf(t) != nullptr; });
    return offering == tables.cend() ? nullptr : *offering;
}

} // namespace cd

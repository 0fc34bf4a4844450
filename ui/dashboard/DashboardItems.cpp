#include "DashboardItems.h"
#include "DashboardPage.h"

#include "common/Dates.h"
#include "common/Words.h"

#include <QHash>
#include <QSignalBlocker>
#include <QTreeWidget>

namespace cd::boardlists {

// Under a list (top level) or under a heading in it.
QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QStringList &cells, Opens opens, qint64 id)
{
    auto *item = new QTreeWidgetItem(parent, cells);
    // A cell cut short by a narrow column shows its whole text on hover.
    for (int c = 0; c < cells.size(); ++c)
        item->setToolTip(c, cells[c]);
    item->setData(0, IdRole, id);
    item->setData(0, KindRole, int(opens));
    return item;
}

// A heading row across the whole list: "Late · 312".
QTreeWidgetItem *addGroup(QTreeWidgetItem *parent, const QString &text, int count)
{
    auto *item = new QTreeWidgetItem(parent, {DashboardPage::tr("%1 · %2").arg(text, QLocale().toString(count))});
    item->setData(0, SpannedRole, true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

// Figures line up at the right, where their digits compare (design.md), in the rows and the header.
void alignFigures(QTreeWidgetItem *item, std::initializer_list<int> columns)
{
    for (int column : columns)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

void addHeading(QTreeWidgetItem *list, const QString &text)
{
    auto *item = new QTreeWidgetItem(list, {text});
    item->setData(0, SpannedRole, true); // "Tumbuh paling cepat" needs more than a name's room
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
}

void markLate(QTreeWidgetItem *item)
{
    for (int col = 0; col < item->columnCount(); ++col)
        item->setForeground(col, Late);
}

// The due list in groups a person can take in: late, due today, later this week, each with its
// count. A group of more than eight is split by campaign, collapsed ("Ramadan Refresh · 12"), so at
// agency scale the list is a few lines to open rather than hundreds of red rows.
void fillDue(QTreeWidgetItem *list, const QList<DashboardData::Due> &due, const QDate &today)
{
    constexpr int SplitAbove = 8;
    const QString names[] = {DashboardPage::tr("Late"), DashboardPage::tr("Due today"),
                             DashboardPage::tr("Later this week")};
    QList<const DashboardData::Due *> groups[std::size(names)];
    for (const DashboardData::Due &d : due)
        groups[d.due < today ? 0 : d.due == today ? 1 : 2] << &d;
    for (int g = 0; g < int(std::size(names)); ++g) {
        const QString &name = names[g];
        const QList<const DashboardData::Due *> &rows = groups[g];
        const bool late = g == 0;
        if (rows.isEmpty())
            continue;
        QTreeWidgetItem *group = addGroup(list, name, int(rows.size()));
        if (late)
            markLate(group);
        const auto addRow = [&](QTreeWidgetItem *parent, const DashboardData::Due &d) {
            // The day without its year ("1 Dec"), whole on hover: the names need the room.
            const QString day = QLocale().toString(d.due, QStringLiteral("d MMM"));
            QTreeWidgetItem *item = addItem(
                parent, {day, DashboardPage::tr("%1 · %2").arg(d.title, d.creator), d.campaign, wordLabel(d.status)},
                OpensCampaign, d.campaignId);
            item->setToolTip(0, displayDate(d.due));
            if (late)
                markLate(item);
        };
        if (rows.size() <= SplitAbove) {
            for (const DashboardData::Due *d : std::as_const(rows))
                addRow(group, *d);
        } else {
            // By campaign, in the order the campaigns first come due.
            QList<qint64> order;
            QHash<qint64, QList<const DashboardData::Due *>> byCampaign;
            for (const DashboardData::Due *d : std::as_const(rows)) {
                if (!byCampaign.contains(d->campaignId))
                    order << d->campaignId;
                byCampaign[d->campaignId] << d;
            }
            for (qint64 campaign : std::as_const(order)) {
                const auto &its = byCampaign[campaign];
                QTreeWidgetItem *sub = addGroup(group, its.first()->campaign, int(its.size()));
                sub->setData(0, IdRole, campaign);
                sub->setData(0, KindRole, int(OpensCampaign));
                sub->setToolTip(0, its.first()->campaign);
                if (late)
                    markLate(sub);
                for (const DashboardData::Due *d : its)
                    addRow(sub, *d);
            }
        }
        group->setData(0, ExpandedRole, true);
    }
}

// Sizes `columns` of `list` to the widest of their cells and titles. Once a fill, rather than by
// the header's ResizeToContents, which measured every row again whenever the list was laid out or
// painted (twice a fill: a sixth of the GUI thread's work in an agency dashboard's reload).
void fitColumns(QTreeWidget *list, const QList<int> &columns)
{
    for (int column : columns)
        list->resizeColumnToContents(column);
}

// The rows made under `made` (not in any list: adding to it tells no view) replace those of `list`
// in one step. Thousands of warnings added to a shown list one by one held the GUI thread 75-83 ms at
// large. Spanning and expanding need the list, so they follow, then the fitted columns' widths.
void putIn(QTreeWidget *list, QTreeWidgetItem &made, const QList<int> &fitted)
{
    list->clear();
    list->addTopLevelItems(made.takeChildren());
    QList<QTreeWidgetItem *> pending;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        pending << list->topLevelItem(i);
    // Each group opened here would fit the columns again (the list's `expanded` handler, there for
    // the user's clicks): they are fitted once, below.
    const QSignalBlocker quiet(list);
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        if (item->data(0, SpannedRole).toBool())
            item->setFirstColumnSpanned(true);
        if (item->data(0, ExpandedRole).toBool())
            item->setExpanded(true);
        for (int i = 0; i < item->childCount(); ++i)
            pending << item->child(i);
    }
    fitColumns(list, fitted);
}

} // namespace cd::boardlists

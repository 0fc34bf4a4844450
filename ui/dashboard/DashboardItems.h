#pragma once

// The dashboard's lists are QTreeWidgets filled item by item: the roles its items carry and the
// helpers that make them, shared by DashboardPage's parts.
#include "analytics/Dashboard.h"

#include <QColor>
#include <QDate>
#include <QStringList>

#include <initializer_list>

class QTreeWidget;
class QTreeWidgetItem;

namespace cd::boardlists {

constexpr int IdRole = Qt::UserRole + 1;    // what a double-click opens
constexpr int KindRole = Qt::UserRole + 2;  // 0 campaign, 1 creator
inline const QColor Late(0xd3, 0x2f, 0x2f); // late rows and groups
// Set on an item made apart from its list, done once it is in (see putIn()).
constexpr int SpannedRole = Qt::UserRole + 4; // its text across all columns
constexpr int ExpandedRole = Qt::UserRole + 5;

// What a double-click on an item opens (KindRole).
enum Opens
{
    OpensCampaign = 0,
    OpensCreator = 1
};

// Under a list (top level) or under a heading in it.
QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QStringList &cells, Opens opens, qint64 id);

// Every cell of `item` in the late colour.
void markLate(QTreeWidgetItem *item);

// A heading row across the whole list: "Late · 312".
QTreeWidgetItem *addGroup(QTreeWidgetItem *parent, const QString &text, int count);

// Figures line up at the right, where their digits compare (design.md), in the rows and the header.
void alignFigures(QTreeWidgetItem *item, std::initializer_list<int> columns);
// A bold heading across the list ("Highest"), above the rows it names.
void addHeading(QTreeWidgetItem *list, const QString &text);
// The due list in groups a person can take in: late, due today, later this week, each with its
// count. A group of more than eight is split by campaign, collapsed ("Ramadan Refresh · 12"), so at
// agency scale the list is a few lines to open rather than hundreds of red rows.
void fillDue(QTreeWidgetItem *list, const QList<DashboardData::Due> &due, const QDate &today);
// Sizes `columns` of `list` to the widest of their cells and titles. Once a fill, rather than by
// the header's ResizeToContents, which measured every row again whenever the list was laid out or
// painted (twice a fill: a sixth of the GUI thread's work in an agency dashboard's reload).
void fitColumns(QTreeWidget *list, const QList<int> &columns);
// The rows made under `made` (not in any list: adding to it tells no view) replace those of `list`
// in one step. Thousands of warnings added to a shown list one by one held the GUI thread 75-83 ms at
// large. Spanning and expanding need the list, so they follow, then the fitted columns' widths.
void putIn(QTreeWidget *list, QTreeWidgetItem &made, const QList<int> &fitted);

} // namespace cd::boardlists

#include "ColumnFit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>

#include <algorithm>

namespace cd {
namespace {

const char *const FittingProperty = "cdFittingColumns";
const char *const FitterName = "cdColumnFitter";

class ColumnFitter : public QObject
{
public:
    ColumnFitter(QTableView *table, const QList<int> &flexible, int floor)
        : QObject(table), m_table(table), m_floor(floor)
    {
        setObjectName(QLatin1String(FitterName));
        QHeaderView *header = table->horizontalHeader();
        m_flexible = flexible;
        for (int column = 0; column < header->count(); ++column)
            m_own.insert(column, header->sectionSize(column));
        takePreferredWidths();
        table->viewport()->installEventFilter(this);
        // A drag on the header (a mouse button is down) is the user's; ours happen without one.
        connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
            if (m_fitting || QGuiApplication::mouseButtons() == Qt::NoButton)
                return;
            if (m_preferred.contains(column))
                m_preferred[column] = size;
            m_userTookOver = true;
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            fit();
        return QObject::eventFilter(watched, event);
    }

    void fit()
    {
        if (m_userTookOver || m_fitting || !m_table->isVisible())
            return;
        takePreferredWidths();
        QHeaderView *header = m_table->horizontalHeader();
        // What the other columns take at their own widths; the flexible ones share the rest in
        // proportion to the widths they would like, none below the floor (a column held at the floor
        // leaves the others a little less). The last column is resized too: a stretched last
        // section never shrinks below the width it was last given. Room to spare goes to the
        // flexible columns as well, not to a stretched last column of figures: at 1366 px the
        // small demo's Payments list cut brand and campaign names beside a Net column of 330 px.
        const int last = lastShown();
        int others = 0;
        QHash<int, int> shared; // flexible column -> preferred width, while it is not at the floor
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            if (m_preferred.contains(column))
                shared.insert(column, m_preferred.value(column));
            else if (column == last && header->stretchLastSection() && m_own.contains(column))
                others += m_own.value(column);
            else
                others += header->sectionSize(column);
        }
        QHash<int, int> widths;
        int room = m_table->viewport()->width() - others;
        for (bool again = true; again;) {
            again = false;
            int wanted = 0;
            for (int preferred : std::as_const(shared))
                wanted += preferred;
            const double share = wanted > 0 ? std::max(0.0, double(room) / wanted) : 1.0;
            for (auto it = shared.begin(); it != shared.end();) {
                const int floor = std::min(m_floor, it.value());
                widths[it.key()] = std::max(floor, int(it.value() * share));
                if (it.value() * share < floor) {
                    room -= floor;
                    it = shared.erase(it);
                    again = true;
                } else {
                    ++it;
                }
            }
        }
        m_fitting = true;
        m_table->setProperty(FittingProperty, true);
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            header->resizeSection(it.key(), it.value());
        m_table->setProperty(FittingProperty, false);
        m_fitting = false;
    }

    // The header's state as the user set it: the flexible columns at their preferred widths, not
    // at the widths fitted to this window for the moment.
    QByteArray stateToKeep()
    {
        QHeaderView *header = m_table->horizontalHeader();
        QHash<int, int> fitted;
        m_fitting = true;
        m_table->setProperty(FittingProperty, true);
        for (auto it = m_preferred.cbegin(); it != m_preferred.cend(); ++it)
            if (!header->isSectionHidden(it.key())) {
                fitted.insert(it.key(), header->sectionSize(it.key()));
                header->resizeSection(it.key(), it.value());
            }
        const QByteArray state = header->saveState();
        for (auto it = fitted.cbegin(); it != fitted.cend(); ++it)
            header->resizeSection(it.key(), it.value());
        m_table->setProperty(FittingProperty, false);
        m_fitting = false;
        return state;
    }

private:
    // A hidden column has no width to read (an agency's Invoice column in a brand's workspace, or
    // hidden by a restored state): its preferred width is the one it has when it first shows.
    void takePreferredWidths()
    {
        const QHeaderView *header = m_table->horizontalHeader();
        for (int column : std::as_const(m_flexible))
            if (!m_preferred.contains(column) && !header->isSectionHidden(column))
                m_preferred.insert(column, header->sectionSize(column));
    }

    // The column shown at the right end, -1 when none is.
    int lastShown() const
    {
        const QHeaderView *header = m_table->horizontalHeader();
        for (int visual = header->count() - 1; visual >= 0; --visual)
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                return header->logicalIndex(visual);
        return -1;
    }

    QPointer<QTableView> m_table;
    QList<int> m_flexible;
    QHash<int, int> m_preferred;
    // Each column's width as the page set it, before the table was shown: what a column of figures
    // stretched at the right end needs of its width.
    QHash<int, int> m_own;
    const int m_floor;
    bool m_fitting = false;
    bool m_userTookOver = false;
};

} // namespace

void fitColumnsToWidth(QTableView *table, const QList<int> &flexible, int floor)
{
    new ColumnFitter(table, flexible, floor);
}

void refitColumns(QTableView *table)
{
    if (auto *fitter = table->findChild<QObject *>(QLatin1String(FitterName), Qt::FindDirectChildrenOnly))
        static_cast<ColumnFitter *>(fitter)->fit();
}

QByteArray headerStateToKeep(QTableView *table)
{
    if (auto *fitter = table->findChild<QObject *>(QLatin1String(FitterName), Qt::FindDirectChildrenOnly))
        return static_cast<ColumnFitter *>(fitter)->stateToKeep();
    return table->horizontalHeader()->saveState();
}

bool isFittingColumns(const QTableView *table)
{
    return table->property(FittingProperty).toBool();
}

} // namespace cd

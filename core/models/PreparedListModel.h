#pragma once

#include "ListReads.h"
#include "common/FreeMemory.h"
#include "common/Result.h"
#include "storage/Workspace.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace cd {

// What the Brands and Campaigns lists share: rows read whole (`Derived::read(db)`, thread-safe given
// a connection of the calling thread) with what the read prepared for the search and the sort,
// shown in one reset, either read again by the model itself after each committed change that
// `Derived::dependsOn` or fed by its page from a read on a worker (ListReads). A failed read
// empties the list and keeps its error.
template <typename Derived, typename Row>
class PreparedListModel : public QAbstractTableModel, public PreparedRowsLookup
{
public:
    using Rows = PreparedList<Row>;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_list.rows.size());
    }

    void setRows(const Result<Rows> &rows)
    {
        beginResetModel();
        Rows replaced = std::exchange(m_list, rows ? rows.value() : Rows());
        m_error = rows ? QString() : rows.error();
        endResetModel();
        const qsizetype entries = replaced.size();
        freeInBackground(std::move(replaced), entries);
    }
    // Reads again on the calling thread.
    void reload()
    {
        if (m_workspace) {
            QSqlDatabase db = m_workspace->db();
            setRows(Derived::read(db));
        }
    }
    QString lastError() const { return m_error; }

protected:
    PreparedListModel(Workspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace) {}

    // For the derived constructor (the model is whole by then): with ListReads::Itself, reads now
    // and after each change that matters.
    void startReading(ListReads reads)
    {
        if (!m_workspace || reads == ListReads::Fed)
            return;
        QObject::connect(m_workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
            if (Derived::dependsOn(kinds))
                reload();
        });
        reload();
    }

    // A read's rows with what the search and the sort need, worked out from the cells as a model of
    // the calling thread shows them.
    static Rows prepare(QList<Row> rows)
    {
        Derived shown(nullptr);
        shown.m_list.rows = std::move(rows);
        shown.m_list.prepared = prepareRowsOf(shown, Derived::SortRole);
        return std::move(shown.m_list);
    }

    const PreparedRows &prepared() const override { return m_list.prepared; }
    const QList<Row> &rows() const { return m_list.rows; }

private:
    QPointer<Workspace> m_workspace;
    Rows m_list;
    QString m_error;
};

} // namespace cd

#pragma once

#include "money/PaymentTable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

#include <optional>

namespace cd {

class Workspace;

// Every payment (as readPayments() gives it) with where it stands as of a date: who owes what,
// how late. QtCore only; colours and icons are the view's. Made with a workspace it reads its rows
// itself and reloads when a committed change touches payments, invoices or what they name; made
// without one it shows the rows it is given (a page that reads them on a worker thread).
class PaymentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Status,
        Due,
        DaysOverdue,
        Direction,
        Brand,
        Campaign,
        Creator,
        Kind,
        Amount,
        Withheld,
        Net,
        Paid,
        Invoice,
        MethodReference,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int StateRole = Qt::UserRole + 3;         // int(PaymentState) as of asOf()
    static constexpr int ParticipantIdRole = Qt::UserRole + 4; // the participant the row belongs to
    static constexpr int DirectionRole = Qt::UserRole + 5;     // int(PaymentDirection)
    static constexpr int StateWordRole = Qt::UserRole + 6;     // "overdue", for the status chip

    // `shown` false: nothing is read until setShown(true) (a page reads its rows when it is shown,
    // not when the window opens). No workspace: the model shows what setRows() gives it and reads
    // nothing itself (reload() does nothing).
    explicit PaymentListModel(Workspace *workspace, QObject *parent = nullptr, bool shown = true);

    // Shows `rows` as of `asOf` in one reset (selections and sorting follow as after a reload). The
    // table is taken as it is (shared, not copied): 50,000 payments cost the GUI thread no copy.
    void setTable(PaymentTable table, const QDate &asOf);
    void setRows(const QList<PaymentRow> &rows, const QDate &asOf);

    // While not shown a change in the workspace only marks the rows stale; showing again reads
    // them when anything changed meanwhile.
    void setShown(bool shown);

    // The date statuses and days overdue are computed for; Clock::today() unless set.
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    // Which payments to read (a participant's, a creator's: the "my creators" list later); a model
    // fed by setRows() shows what it is given instead.
    const PaymentFilter &filter() const { return m_filter; }
    void setFilter(const PaymentFilter &filter);

    // The payments as read, in the model's order (for totals, filters and actions).
    const PaymentTable &table() const { return m_table; }
    // The payment with this id, none when the model does not show it.
    std::optional<PaymentRow> rowById(qint64 id) const;
    // Puts the payments of `ids` as read again (`read`: those that still exist) in place of what
    // the model has: a row changed in place, added at the end or removed, each told to views as
    // such; the payables drafted for a changed receivable follow it. True when a row came or
    // went, or names another campaign or creator than before (the names offered may change).
    bool applyRows(const QList<qint64> &ids, const PaymentTable &read);
    // Why the last reload read nothing (empty when it worked).
    const QString &error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Without QAbstractTableModel's checks through rowCount() and columnCount(), two virtual calls
    // each: the proxy's sort makes two indexes per comparison, millions at a read.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads every row in one query (no per-row SQL: 50,000 rows stay fast). On the calling
    // thread: a page that must not pause reads on a worker and hands the rows to setRows().
    void reload();

    // Words for people, translated: "overdue", "awaiting brand", "Kill fee", "Receivable".
    static QString stateName(PaymentState state);
    static QString kindName(PaymentKind kind);
    static QString directionName(PaymentDirection direction);

private:
    void reloadWhenShown();

    QPointer<Workspace> m_workspace;
    QDate m_asOf;
    bool m_asOfSet = false;
    bool m_shown = true;
    bool m_stale = false;
    bool m_fed = false; // rows come from setRows() only
    PaymentFilter m_filter;
    PaymentTable m_table;
    QString m_error;
};

} // namespace cd

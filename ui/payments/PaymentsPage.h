#pragma once

#include "PaymentTiles.h"
#include "common/Result.h"
#include "main/RecordActions.h"
#include "money/PaymentLedger.h"
#include "storage/Changes.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace cd {

class BackgroundRead;
class EditHistory;
class PaymentListModel;
class Workspace;

// "Who owes what, how late?": tiles per currency (overdue, due, awaiting the brand, paid) and the
// open amounts by days overdue, then the payments themselves, filtered by status, direction
// (agency workspaces), brand, creator and campaign and searched as you type. Mark Paid (whole or
// in part, with proof), add, edit and delete payments, draft a campaign's schedule, and (agency)
// invoice a brand's receivables; every change is one undoable step. The rows (50,000 in a large
// agency) are read on a worker thread when the page is shown and after each change; what is shown
// stays until they arrive, and the heading says they are being read.
class PaymentsPage : public QWidget, public RecordActions
{
    Q_OBJECT
public:
    enum StatusFilter
    {
        Open, // due, overdue or awaiting the brand
        Overdue,
        Due,
        Paid,
        All
    };

    PaymentsPage(Workspace *workspace, EditHistory *history, QWidget *parent = nullptr);

    PaymentListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *brandBox() const { return m_brand; }
    QComboBox *creatorBox() const { return m_creator; }
    QComboBox *campaignBox() const { return m_campaign; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *emptyLabel() const { return m_empty; }
    // "as of 23 Nov 2026", with " · reading…" while rows are on their way.
    QLabel *asOfLabel() const { return m_asOf; }
    void setStatusFilter(StatusFilter filter);

    // The figure a tile shows ("Rp12.000.000"), empty when there is no such tile. `state` is
    // Overdue, Due, AwaitingBrand or Paid.
    QString tileText(const QString &currency, PaymentDirection direction, PaymentState state) const;
    // Reads the payments again as of today (the clock's), on a worker; the rows shown stay until
    // the new ones arrive. Showing the page does this when anything changed since the last read.
    void reload();
    // Whether rows are being read (tests and benchmarks wait for it).
    bool isReading() const;
    // Whether rows were read at least once (until then the page says it is reading).
    bool hasRows() const { return m_loaded; }
    // Whether only the first open rows by due date are shown, every row still being read.
    bool showsFirstRowsOnly() const { return !m_loaded && m_firstShown; }
    // How many open rows that first screen holds (three screens of a tall window).
    static constexpr int FirstScreenRows = 150;

    // "3 of 9 payments" for the status bar.
    QString summary() const;
    // Selects the payment, showing every status when the filter hid it; while rows are being read,
    // once they arrive (a payment just added, or opened from elsewhere before the first read).
    void select(qint64 id);
    QList<PaymentRow> selectedRows() const;
    // Only the payments of these deals (participants); nullopt: all ("My creators").
    void showOnlyParticipants(const std::optional<QSet<qint64>> &participants);

    // Settles the chosen payment in MarkPaidDialog.
    void markPaidSelected();
    // Puts the chosen receivables on a new invoice (agency), after asking.
    void createInvoiceFromSelected();
    void showInvoices();
    // Drafts the schedule of a campaign's creators from their terms (asks which campaign).
    void draftSchedule();

    // RecordActions: the Edit menu and the main toolbar act on payments here.
    QString recordName() const override;
    QList<qint64> selectedIds() const override;
    void addRecord() override;
    void editSelected() override;
    void duplicateSelected() override;
    void deleteSelected() override;

    // Test seam: runs the page's dialogs instead of exec() (returns QDialog::Accepted or Rejected).
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }

signals:
    void selectionChanged();
    void summaryChanged(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Read;
    void showRead(const Result<Read> &read, const QDate &day);
    // A committed change: kept until the page is in view, then caught up with.
    void changedInWorkspace(const Changes &changes);
    // Brings the rows up to date with what changed since they were read: the few payments a
    // change named, read back one by one; anything else, every payment again on the worker.
    void catchUp();
    // Reads back and puts in place the payments `changes` name, when that is all it changed;
    // false when only a whole read will do.
    bool readBack(const Changes &changes);
    void updateHeading();
    void applyPerspective();
    void refilter();
    void offerPaidColumns();
    void fillColumnBox(QComboBox *box, int column, const QStringList &values, const QString &allText);
    // The brands, creators and campaigns the filter boxes offer, where they differ from those shown.
    void offerNames(const std::array<QStringList, 3> &names);
    void rebuildTiles();
    void updateActions();
    void showMessage(const QString &text);
    int run(QDialog &dialog);

    Workspace *m_workspace;
    EditHistory *m_history;
    PaymentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_agency = false;
    QLabel *m_asOf, *m_message, *m_empty;
    PaymentTiles *m_tiles;
    BackgroundRead *m_read;
    BackgroundRead *m_firstRows; // the first open rows by due date, while every row is read
    bool m_firstShown = false;   // those rows are shown (until every row arrives)
    bool m_stale = true;         // every payment is to be read again (or nothing was read yet)
    Changes m_unread;            // changes since the last read, not caught up with yet
    bool m_loaded = false;       // rows arrived at least once
    // Whether an unpaid payment has a method or reference (offerPaidColumns), and whether that is
    // known for the rows shown.
    bool m_unpaidHaveMethods = false, m_unpaidMethodsKnown = false;
    QString m_readError; // why the last read failed (empty when it worked)
    qint64 m_pendingSelect = 0;
    bool m_onlyParticipants = false;    // My Creators narrows the rows
    PaymentTiles::Figures m_figures;    // of every row, computed by the worker with them
    std::array<QStringList, 3> m_names; // in the brand, creator and campaign boxes
    QWidget *m_filterBar;
    QHash<QAction *, QWidget *> m_buttons;
    QComboBox *m_status, *m_direction, *m_brand, *m_creator, *m_campaign;
    QLineEdit *m_search;
    QTableView *m_table;
    QStackedLayout *m_stack;
    QAction *m_markPaid, *m_new, *m_edit, *m_delete, *m_invoice, *m_invoices, *m_draft;
    std::function<int(QDialog &)> m_runDialog;
};

} // namespace cd

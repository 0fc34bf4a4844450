#pragma once

#include "common/Result.h"
#include "desk/Today.h"

#include <QDate>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace cd {

class BackgroundRead;
class EditHistory;
class MyCreators;
class TodayModel;
struct TodayItem;
class Workspace;

// The desk's first page (domain.md "The talent manager's desk"): the eleven sections of what needs
// doing today, for my creators or everyone's, each item opening its record and offering its next
// action here (Approve or Request Revision on a draft, Mark Paid, Send Contract, Mark Done).
class TodayPage : public QWidget
{
    Q_OBJECT
public:
    TodayPage(Workspace *workspace, EditHistory *history, MyCreators *myCreators, QWidget *parent = nullptr);

    TodayModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Reads the list again as of today (the clock's), on a worker; the list shown stays until the
    // new one arrives.
    void reload();
    bool isReading() const;
    // "5 things today, 2 late" for the status bar.
    QString summary() const;

signals:
    void openCampaign(qint64 campaignId);
    void openCreator(qint64 creatorId);
    void openBrand(qint64 brandId);
    void openContract(qint64 contractId);
    void openPayment(qint64 paymentId);
    void summaryChanged(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The current row in the model's terms (column 0), and its item (null for a section's row or
    // the row that offers a section's other items).
    QModelIndex currentSource() const;
    const TodayItem *current() const;
    void updateActions();
    void openCurrent();
    void runNextAction();
    void requestRevision();
    void reloadIfShown(const QStringList &changedKinds);
    void fillJumpLinks();
    void showList(const Result<QList<TodaySectionItems>> &sections, const QDate &day, qint64 manager);
    void updateScope();
    QString countThings() const;
    void jumpTo(int sectionRow);
    // Reads the section of a last row that offers its other items (TodayModel::IsMoreRole) again,
    // all of it, and selects the first of those.
    void showWhole(const QModelIndex &moreRow);

    Workspace *m_workspace;
    EditHistory *m_history;
    MyCreators *m_myCreators;
    TodayModel *m_model;
    QTreeView *m_view;
    QLabel *m_scope;
    QLabel *m_jump; // every section's count, each a link to it
    QPushButton *m_open, *m_next, *m_revise;
    // One reader a half (TodayHalf), both at once when both must be read, each reading the parts
    // asked for in its half (TodayPart); the list changes once, when every half asked for has arrived.
    static std::size_t index(TodayHalf half) { return std::size_t(half); }
    void readParts(TodayParts parts);
    void halfArrived(quint64 request, TodayHalf half, const Result<QList<TodaySectionItems>> &sections,
                     const QDate &day, qint64 manager);
    std::array<BackgroundRead *, std::size(TodayHalves)> m_reads{};
    std::array<std::optional<Result<QList<TodaySectionItems>>>, std::size(TodayHalves)> m_arrived;
    TodayParts m_asked = 0;      // the parts the read under way reads
    TodayParts m_staleParts = 0; // parts a change reached since they were last read
    quint64 m_request = 0;       // the read under way (arrivals of older ones are dropped)
    bool m_stale = true;
    bool m_reading = false;
    QDate m_readingDay;   // the day the read under way is of
    qint64 m_manager = 0; // whose list is shown
    QString m_error;
    QString m_summary; // summary() of the list shown
    // The sections asked for whole (a bit per TodaySection); the others hold their first items.
    unsigned m_whole = 0;
    // The sections opened or closed by hand, kept so when the list is read again; and whether the
    // page itself is opening or closing them.
    unsigned m_openedByHand = 0, m_closedByHand = 0;
    bool m_expanding = false;
    // A brand's workspace has no receivables: its Today leaves that section out (the CLI's JSON
    // keeps every section, as formats.md lists them).
    bool m_brandsOnly = false;
    bool isHiddenSection(TodaySection section) const
    {
        return m_brandsOnly && section == TodaySection::ReceivablesOverdue;
    }
    // The item to select once a section asked for whole arrives: its section's row and its own.
    std::optional<std::pair<int, int>> m_selectAfter;
};

} // namespace cd

#pragma once

#include "desk/DealPipeline.h"

#include "common/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QMimeData;
class QScrollArea;
class QTimer;

namespace cd {

class DealCardDelegate;
class DealListModel;
class BackgroundRead;
class EditHistory;
class MyCreators;
class Workspace;

// The deal pipeline board (domain.md "The talent manager's desk": "Deal pipeline"): one column per
// stage, offer to lost (invoiced only in an agency's workspace), each a list of cards painted by
// DealCardDelegate over its own DealListModel, under a header with the stage's count and gross per
// currency. Filters by manager (following "My creators"), brand and creator name. A deal moves by
// drag and drop, Ctrl+Left / Ctrl+Right or its context menu, to offer, negotiating, contracted or
// lost only (the other stages follow from the records), each move one undoable step.
class PipelinePage : public QWidget
{
    Q_OBJECT
public:
    PipelinePage(Workspace *workspace, EditHistory *history, MyCreators *myCreators, QWidget *parent = nullptr);
    ~PipelinePage() override;

    // Reads the deals again (manager and brand filters) and shows them (creator search).
    void reload();
    // Whether the deals are being read (on a worker; the cards shown stay meanwhile).
    bool isReading() const;
    // "1,234 deals · 42 offers · 3 late" for the status bar.
    QString summary() const;
    // How long the last reload took (reading, and filling the columns), for benchmarks.
    qint64 lastReadMs() const { return m_readMs; }
    qint64 lastShowMs() const { return m_showMs; }

    // The board's parts, for the window and tests.
    DealListModel *column(DealStage stage) const;
    QListView *columnView(DealStage stage) const;
    // Whether the workspace has the stage (invoiced: agencies only), and whether its column is on
    // screen now (lost: when "Show lost deals" is ticked).
    bool isColumnShown(DealStage stage) const;
    bool isColumnVisible(DealStage stage) const;
    QCheckBox *showLostCheck() const { return m_showLost; }
    // The header as plain text: "Negotiating · 42 · Rp1.250.000.000" (currencies joined by " + ").
    QString headerText(DealStage stage) const;
    QComboBox *managerFilter() const { return m_manager; }
    QComboBox *brandFilter() const { return m_brand; }
    QLineEdit *creatorSearch() const { return m_search; }

    // The participant whose card is selected, 0 for none.
    qint64 currentDeal() const;
    // Selects the deal's card in whichever column holds it and scrolls to it; false when not shown.
    bool selectDeal(qint64 participantId);
    // Moves the deal to `target` as one undoable step and selects it in its new column. Says why in
    // a message box (ask::warn) when it cannot move there; false then.
    bool moveDealTo(qint64 participantId, DealStage target);
    // Moves the selected deal to the nearest stage it can be moved to, left (-1) or right (+1).
    void moveSelected(int step);
    // What a card's context menu holds (Open Campaign, Open Creator, Move To): for the views and tests.
    QMenu *makeContextMenu(qint64 participantId, QWidget *parent);

    // Whether a deal in `from` can be moved to `to` by hand (and would land there).
    static bool canMove(DealStage from, DealStage to);
    // A card in drag and drop: its participant and the stage it came from.
    static QString mimeType();
    static QMimeData *dealMimeData(qint64 participantId, DealStage from);

signals:
    void openCampaign(qint64 campaignId);
    void openCreator(qint64 creatorId);
    void summaryChanged(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class ColumnView;
    static constexpr int StageCount = 8;

    void reloadIfShown();
    // A committed change: kept until the page is in view, then caught up with
    // (PipelinePageChanges.cpp).
    void changedInWorkspace(const Changes &changes);
    // Brings the board up to date with what changed since it was read: the deals of the creators
    // whose records a change named, read again creator by creator; anything else, every deal.
    void catchUp();
    // Reads again the deals of the creators `changes` names, when that is all it changed; false
    // when only a whole read will do.
    bool readBack(const Changes &changes);
    void fillFilters();
    static constexpr unsigned AllStages = (1u << StageCount) - 1;
    void showDeals();
    // Every deal read, by stage, each stage in its column's order (split on the worker: copying
    // 44,000 deals into their columns held the window 40-50 ms at large scale).
    using Board = std::array<QList<Deal>, StageCount>;
    // A board read, and which columns differ from the board shown when it was asked for (worked
    // out on the worker too: comparing 55,000 deals held the GUI thread 12-15 ms at large); none when
    // there was nothing to compare with.
    struct BoardRead
    {
        Board board;
        std::optional<unsigned> changed;
    };
    // The filters, day and perspective of a read, as "manager/brand/day/agency".
    static QString readScope(const DealFilter &filter, const QDate &day, bool agency);
    // Shows m_board (through the creator search), resetting only the columns in `stagesMask`.
    // Without a search each column shares its stage's list with m_board: one copy of each deal.
    void showStages(unsigned stagesMask);
    // Calls `f` with each deal the columns show.
    template <typename F> void forEachShown(F f) const;
    // Reads one creator's deals again (after a move made here, or a change naming that creator's
    // deal, deliverable or payment), instead of every deal.
    void refreshCreator(qint64 creatorId);
    void showRead(const Result<BoardRead> &read, const QString &scope, quint64 comparedWith, const QDate &day);
    void updateHeaders();
    // Shows the columns of the stages the workspace has, lost ones when asked for.
    void showColumns();
    const Deal *dealOf(qint64 participantId) const;
    QString whyNot(DealStage from, DealStage to) const;
    void showContextMenu(ColumnView *view, const QPoint &pos);
    void focusNeighbour(DealStage from, int step, int row);
    void setDragging(const Deal *deal);
    void applyPalette();
    void followMyCreators(qint64 managerId);

    Workspace *m_workspace;
    EditHistory *m_history;
    MyCreators *m_myCreators;
    DealCardDelegate *m_delegate;
    std::array<DealListModel *, StageCount> m_models{};
    std::array<ColumnView *, StageCount> m_views{};
    std::array<QLabel *, StageCount> m_headers{};
    std::array<QString, StageCount> m_headerTexts;
    QComboBox *m_manager = nullptr, *m_brand = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showLost = nullptr;
    QLabel *m_scope = nullptr, *m_notice = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr;
    QTimer *m_searchTimer = nullptr;
    Board m_board;              // every deal read
    quint64 m_boardVersion = 0; // counts the changes to m_board, so a read knows what it compared with
    QString m_readScope;        // the filters, day and perspective m_board was read with
    QString m_shownSearch;      // the creator search the columns were filtered with
    QDate m_today;
    qint64 m_managerId = 0, m_brandId = 0, m_lastMine = 0;
    qint64 m_readMs = 0, m_showMs = 0;
    QElapsedTimer m_timer; // from a read's request to its cards shown
    BackgroundRead *m_read;
    bool m_stale = true, m_filtersStale = true, m_agency = true;
    Changes m_unread;                                // changes since the last read, not caught up with yet
    bool m_moving = false, m_movedCommitted = false; // a move of this page is being written
};

} // namespace cd

#include "PipelinePage.h"

#include "common/LocalSettings.h"
#include "main/FieldMessage.h"

#include "DealCardDelegate.h"
#include "MyCreators.h"
#include "PipelineColumnView.h"
#include "PipelineStages.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/FreeMemory.h"
#include "common/IdPositions.h"
#include "desk/Managers.h"
#include "main/BackgroundRead.h"
#include "main/PageParts.h"
#include "main/WrappingLabel.h"
#include "models/DealListModel.h"
#include "money/MoneySettings.h"
#include "services/Lookup.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <vector>

namespace cd {

// An empty column says which deals land in it: a board's Contracted column stays empty while every
// confirmed deal has deliverables planned (In production), which read as a fault.
static QString emptyColumnText(DealStage stage)
{
    switch (stage) {
    case DealStage::Offer:
        return PipelinePage::tr("No deals. Creators invited to a campaign land here.");
    case DealStage::Negotiating:
        return PipelinePage::tr("No deals. Drag an offer here while the terms are talked over.");
    case DealStage::Contracted:
        return PipelinePage::tr("No deals. Confirmed deals wait here until their deliverables are planned.");
    case DealStage::InProduction:
        return PipelinePage::tr("No deals. Confirmed deals with content still to post land here.");
    case DealStage::Delivered:
        return PipelinePage::tr("No deals. Deals whose content is all posted land here.");
    case DealStage::Invoiced:
        return PipelinePage::tr("No deals. Deals whose receivables are all on an invoice land here.");
    case DealStage::Paid:
        return PipelinePage::tr("No deals. Deals paid in full land here.");
    case DealStage::Lost:
        return PipelinePage::tr("No deals. Declined and cancelled deals land here.");
    }
    return PipelinePage::tr("No deals");
}
namespace {

// Columns share the board's width; below this the board scrolls sideways. Seven columns (an
// agency's board without lost deals, or a brand's with them) fit beside the sidebar at 1366 px.
constexpr int MinColumnWidth = 150;

// The stages (bits of a mask) whose cards differ between two reads of the same deals, each a
// list per stage: a column whose cards did not change keeps its model (a column of 11,000 paid
// deals takes ~20 ms to sort).
template <typename Board> unsigned changedStages(const Board &before, const Board &after)
{
    // The deals before, found by id through IdPositions rather than a hash of 55,000 at large.
    QList<qint64> ids;
    QList<const Deal *> was;
    for (const QList<Deal> &stage : before)
        for (const Deal &d : stage) {
            ids << d.participantId;
            was << &d;
        }
    const IdPositions positions(ids);
    std::vector<bool> matched(std::size_t(was.size()));
    // Two reads make their own creators and campaigns: theirs are compared by what they say.
    const auto same = [](const Deal &a, const Deal &b) {
        return a.stage == b.stage && a.status == b.status && a.grossMinor == b.grossMinor && a.nextDate == b.nextDate &&
               a.nextWhat == b.nextWhat && a.deliverables == b.deliverables &&
               a.deliverablesPosted == b.deliverablesPosted && a.creatorId() == b.creatorId() &&
               a.campaignId() == b.campaignId() && a.brandId() == b.brandId() && a.creator() == b.creator() &&
               a.manager() == b.manager() && a.campaign() == b.campaign() && a.brand() == b.brand() &&
               a.currency() == b.currency();
    };
    unsigned touched = 0;
    for (const QList<Deal> &stage : after)
        for (const Deal &d : stage) {
            const qsizetype at = positions.at(d.participantId);
            const Deal *old = at >= 0 && !matched[std::size_t(at)] ? was.at(at) : nullptr;
            if (old)
                matched[std::size_t(at)] = true;
            if (!old || !same(*old, d))
                touched |= 1u << int(d.stage);
            if (old && old->stage != d.stage)
                touched |= 1u << int(old->stage);
        }
    for (qsizetype i = 0; i < was.size(); ++i)
        if (!matched[std::size_t(i)])
            touched |= 1u << int(was.at(i)->stage);
    return touched;
}

} // namespace

PipelinePage::PipelinePage(Workspace *workspace, EditHistory *history, MyCreators *myCreators, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_history(history), m_myCreators(myCreators),
      m_delegate(new DealCardDelegate(this)), m_searchTimer(new QTimer(this)),
      m_read(new BackgroundRead(workspace, this))
{
    setObjectName(QStringLiteral("pipelinePage"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QHBoxLayout;
    heading->addWidget(makePageTitle(tr("Deal Pipeline"), this));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("pipelineScopeLabel"));
    heading->addWidget(m_scope, 1, Qt::AlignBottom);
    // Lost deals are history: their column is off until asked for, which leaves room for the
    // others at 1366 px; a deal marked lost here turns it on (selectDeal).
    m_showLost = new QCheckBox(this);
    m_showLost->setObjectName(QStringLiteral("pipelineShowLostCheckBox"));
    m_showLost->setChecked(LocalSettings::value(QStringLiteral("pipeline/showLost"), false).toBool());
    connect(m_showLost, &QCheckBox::toggled, this, [this](bool on) {
        LocalSettings::set(QStringLiteral("pipeline/showLost"), on);
        showColumns();
        // Laid out now, not at the next event loop: a deal selected in the column scrolls to
        // where it really is (selectDeal).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    });
    heading->addWidget(m_showLost, 0, Qt::AlignBottom);
    layout->addLayout(heading);

    // Filters: whose creators, which brand, which creator by name.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("pipelineManagerComboBox"));
    m_manager->setAccessibleName(tr("Manager"));
    m_manager->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_brand = new QComboBox(this);
    m_brand->setObjectName(QStringLiteral("pipelineBrandComboBox"));
    m_brand->setAccessibleName(tr("Brand"));
    m_brand->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_brand->setMaximumWidth(260);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pipelineCreatorLineEdit"));
    m_search->setAccessibleName(tr("Creator"));
    m_search->setPlaceholderText(tr("Search creators…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        labelField(label, field);
        bar->addWidget(label);
        bar->addWidget(field);
        bar->addSpacing(16);
    };
    labelled(tr("&Manager:"), m_manager);
    labelled(tr("&Brand:"), m_brand);
    labelled(tr("C&reator:"), m_search);
    m_notice = new WrappingLabel(this);
    m_notice->setObjectName(QStringLiteral("pipelineNoticeLabel"));
    applyPalette();
    bar->addWidget(m_notice, 1);
    layout->addLayout(bar);

    // The board: a column per stage, side by side, scrolled sideways; each list scrolls its cards.
    auto *board = new QWidget;
    auto *grid = m_grid = new QGridLayout(board);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(0);
    for (DealStage stage : pipelineStages) {
        const int i = int(stage);
        m_models[i] = new DealListModel(stage, this);
        auto *header = new QLabel(board);
        header->setObjectName(QStringLiteral("pipelineHeader_%1").arg(wordOf(stage)));
        header->setTextFormat(Qt::RichText);
        header->setMinimumWidth(MinColumnWidth);
        header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        header->setMargin(8);
        header->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        header->setBackgroundRole(QPalette::AlternateBase);
        header->setAutoFillBackground(true);
        m_headers[i] = header;
        auto *view = new ColumnView(stage, board);
        view->setObjectName(QStringLiteral("pipelineList_%1").arg(wordOf(stage)));
        view->setAccessibleName(dealStageName(stage));
        view->setMinimumWidth(MinColumnWidth);
        view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
        view->setModel(m_models[i]);
        view->setItemDelegate(m_delegate);
        view->emptyText = emptyColumnText(stage);
        view->accepts = [view, stage](DealStage from) { return view->movable && canMove(from, stage); };
        view->dropped = [this, stage](qint64 id) { moveDealTo(id, stage); };
        view->dragStarted = [this](qint64 id) { setDragging(dealOf(id)); };
        view->dragEnded = [this] { setDragging(nullptr); };
        view->ctrlArrow = [this](int step) { moveSelected(step); };
        view->arrow = [this, view, stage](int step) { focusNeighbour(stage, step, view->currentIndex().row()); };
        m_views[i] = view;
        grid->addWidget(header, 0, i);
        grid->addWidget(view, 1, i);

        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            emit openCampaign(index.data(DealListModel::CampaignIdRole).toLongLong());
        });
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
        // One card selected on the whole board.
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view](const QItemSelection &selected) {
                    if (selected.isEmpty())
                        return;
                    for (ColumnView *other : m_views)
                        if (other != view && other->selectionModel()->hasSelection())
                            other->selectionModel()->clear();
                });
    }
    grid->setRowStretch(1, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("pipelineScrollArea"));
    m_scroll->setWidget(board);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    showColumns(); // lost ones hidden from the start, not from the first read

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchTimer, &QTimer::timeout, this, &PipelinePage::showDeals);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Refilling the lists blocks these (fillFilters); everything else that changes them is a choice.
    connect(m_manager, &QComboBox::currentIndexChanged, this, [this] {
        m_managerId = m_manager->currentData().toLongLong();
        reloadIfShown();
    });
    connect(m_brand, &QComboBox::currentIndexChanged, this, [this] {
        m_brandId = m_brand->currentData().toLongLong();
        reloadIfShown();
    });
    if (m_workspace)
        connect(m_workspace, &Workspace::recordsChanged, this, &PipelinePage::changedInWorkspace);
    if (m_myCreators) {
        m_lastMine = m_managerId = m_myCreators->managerId();
        connect(m_myCreators, &MyCreators::changed, this, &PipelinePage::followMyCreators);
    }
    for (ColumnView *view : m_views)
        view->movable = m_history && m_workspace && !m_workspace->isReadOnly();
}

PipelinePage::~PipelinePage() = default;

void PipelinePage::applyPalette()
{
    for (QLabel *label : {m_notice, m_scope}) {
        if (!label) // not built yet
            continue;
        QPalette muted = palette();
        muted.setColor(QPalette::WindowText, pipelineSecondaryColor(this));
        label->setPalette(muted);
    }
}

void PipelinePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A light or dark palette chosen while the page is open: captions follow it.
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PipelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

void PipelinePage::reloadIfShown()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void PipelinePage::followMyCreators(qint64 managerId)
{
    // MyCreators says changed() after every edit of my creators' deals too; only a new "me" or a
    // flipped switch moves the filter, so a manager picked here by hand stays picked.
    if (managerId == m_lastMine)
        return;
    m_lastMine = m_managerId = managerId;
    const QSignalBlocker blocker(m_manager);
    if (const int i = m_manager->findData(managerId); i >= 0)
        m_manager->setCurrentIndex(i);
    else
        m_filtersStale = true; // a manager added since the list was filled
    reloadIfShown();
}

void PipelinePage::fillFilters()
{
    m_filtersStale = false;
    const QSignalBlocker managerBlocker(m_manager), brandBlocker(m_brand);
    QSqlDatabase db = m_workspace->db();
    m_manager->clear();
    m_manager->addItem(tr("All managers"), qint64(0));
    if (auto managers = ManagerService::list(db))
        for (const Manager &m : managers.value())
            m_manager->addItem(m.name, m.id);
    m_brand->clear();
    m_brand->addItem(tr("All brands"), qint64(0));
    for (const auto &[id, name] : lookup::allIdsAndNames(db, "brands"))
        m_brand->addItem(name, id);
    // A filter whose manager or brand is gone shows everything rather than nothing.
    const int manager = m_manager->findData(m_managerId), brand = m_brand->findData(m_brandId);
    m_manager->setCurrentIndex(qMax(manager, 0));
    m_brand->setCurrentIndex(qMax(brand, 0));
    m_managerId = m_manager->currentData().toLongLong();
    m_brandId = m_brand->currentData().toLongLong();
}

void PipelinePage::reload()
{
    m_stale = false;
    m_unread = {};
    if (!m_workspace)
        return;
    if (m_filtersStale)
        fillFilters();
    m_today = Clock::today();
    QSqlDatabase db = m_workspace->db();
    m_agency = MoneySettings::read(db).isAgency();
    // Every deal is read on a worker (about 0.1 s at agency scale); the cards shown stay until then.
    const DealFilter filter{m_managerId, m_brandId, 0};
    const QDate day = m_today;
    const bool agency = m_agency;
    m_timer.start();
    const QString scope = readScope(filter, day, agency);
    // The board shown, to compare the new one with on the worker (shared, not copied).
    std::optional<Board> shown;
    if (scope == m_readScope)
        shown = m_board;
    const quint64 version = m_boardVersion;
    m_read->run<BoardRead>(
        [filter, day, beside = m_workspace->readerOpener(), shown](QSqlDatabase &readDb) -> Result<BoardRead> {
            // Sorted here, on the worker, each deal moved once, straight to its column in the
            // columns' order; the search keeps it.
            auto read = deals(readDb, filter, day, beside);
            if (!read)
                return fail(read.error());
            QList<Deal> all = std::move(read).value();
            const QList<qsizetype> order = DealListModel::cardOrderOf(all);
            std::array<qsizetype, StageCount> counts{};
            for (const Deal &d : std::as_const(all))
                ++counts[int(d.stage)];
            BoardRead r;
            for (int s = 0; s < StageCount; ++s)
                r.board[s].reserve(counts[s]);
            for (qsizetype i : order)
                r.board[int(all[i].stage)] << std::move(all[i]);
            if (shown)
                r.changed = changedStages(*shown, r.board);
            return r;
        },
        [this, scope, version, day](const Result<BoardRead> &read) { showRead(read, scope, version, day); });
}

QString PipelinePage::readScope(const DealFilter &filter, const QDate &day, bool agency)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(filter.managerId)
        .arg(filter.brandId)
        .arg(day.toJulianDay())
        .arg(int(agency));
}

bool PipelinePage::isReading() const
{
    return m_read->isBusy();
}

void PipelinePage::showRead(const Result<BoardRead> &read, const QString &scope, quint64 comparedWith, const QDate &day)
{
    m_readMs = m_timer.restart();
    // The same deals read again (after an edit elsewhere) reset only the columns that changed, when
    // the board shown is the one the read compared with; other filters, another day or perspective,
    // or a first read show every column anew.
    unsigned stagesMask = AllStages;
    if (read && read->changed && scope == m_readScope && comparedWith == m_boardVersion)
        stagesMask = *read->changed;
    m_readScope = read ? scope : QString();
    Board replaced = std::exchange(m_board, read ? read->board : Board());
    ++m_boardVersion;
    const QString whose = m_managerId ? tr("%1's creators").arg(m_manager->currentText()) : tr("everyone's creators");
    const QString which = m_brandId ? tr("%1 · %2").arg(whose, m_brand->currentText()) : whose;
    m_scope->setText(tr("as of %1 · %2").arg(displayDate(day), which));
    showStages(stagesMask);
    m_showMs = m_timer.elapsed();
    // What no column shows any more goes on a pool thread (a column left as it was keeps its list).
    for (QList<Deal> &stage : replaced)
        freeInBackground(std::move(stage));
    if (!read)
        m_notice->setText(tr("The deals could not be read: %1").arg(read.error()));
}

void PipelinePage::showDeals()
{
    showStages(AllStages);
}

template <typename F> void PipelinePage::forEachShown(F f) const
{
    for (const DealListModel *column : m_models)
        for (const Deal &d : column->deals())
            f(d);
}

void PipelinePage::showStages(unsigned stagesMask)
{
    m_searchTimer->stop();
    const qint64 kept = currentDeal();
    const QString text = m_search->text().trimmed();
    if (text != m_shownSearch) // other cards in every column
        stagesMask = AllStages;
    m_shownSearch = text;
    m_delegate->setToday(m_today);
    m_delegate->setShowManager(m_managerId == 0);
    showColumns();
    // Only the columns being reset need their cards; without a search each shares its stage's list.
    for (int s = 0; s < StageCount; ++s) {
        if (!(stagesMask & (1u << s)))
            continue;
        if (text.isEmpty()) {
            m_models[s]->setOrderedDeals(m_board[s]);
            continue;
        }
        QList<Deal> found;
        for (const Deal &d : std::as_const(m_board[s]))
            if (d.creator().contains(text, Qt::CaseInsensitive))
                found << d;
        m_models[s]->setOrderedDeals(std::move(found));
    }
    updateHeaders();
    if (kept)
        selectDeal(kept);

    qsizetype shown = 0, all = 0;
    for (int s = 0; s < StageCount; ++s) {
        shown += m_models[s]->rowCount();
        all += m_board[s].size();
    }
    if (!text.isEmpty() && shown == 0)
        m_notice->setText(tr("No creator's name contains “%1”.").arg(text));
    else if (all == 0)
        m_notice->setText(m_managerId || m_brandId
                              ? tr("No deals for these filters.")
                              : tr("No deals yet: creators added to a campaign appear here as offers."));
    else
        m_notice->setText(m_history && !m_workspace->isReadOnly()
                              ? tr("Drag a card to another column, or press Ctrl+← / Ctrl+→.")
                              : QString());
    emit summaryChanged(summary());
}

void PipelinePage::refreshCreator(qint64 creatorId)
{
    // Something else changed meanwhile, the board was never read, or a read is on its way: all of it.
    if (m_stale || m_read->isBusy()) {
        reload();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_workspace->db();
    auto read = deals(db, DealFilter{m_managerId, m_brandId, creatorId}, m_today);
    if (!read) {
        reload();
        return;
    }
    // Only the columns whose cards changed are reset; each new card goes where its column's order
    // puts it. A column whose cards are the same is not written to: it shares its list with the
    // column shown, and writing would copy it (at large 20,000 deals: most of a read-back's 55 ms).
    Board before, after;
    for (int s = 0; s < StageCount; ++s)
        for (const Deal &d : std::as_const(m_board[s]))
            if (d.creatorId() == creatorId)
                before[s] << d;
    for (const Deal &d : std::as_const(read.value()))
        after[int(d.stage)] << d;
    const unsigned touched = changedStages(before, after);
    if (touched) {
        ++m_boardVersion;
        for (int s = 0; s < StageCount; ++s)
            if (touched & (1u << s))
                m_board[s].removeIf([&](const Deal &d) { return d.creatorId() == creatorId; });
        const DealListModel::CardBefore order = DealListModel::cardBefore();
        for (const Deal &d : std::as_const(read.value()))
            if (QList<Deal> &stage = m_board[int(d.stage)]; touched & (1u << int(d.stage)))
                stage.insert(std::upper_bound(stage.cbegin(), stage.cend(), d, order) - stage.cbegin(), d);
    }
    m_readMs = timer.restart();
    showStages(touched);
    m_showMs = timer.elapsed();
}

void PipelinePage::updateHeaders()
{
    QList<StageSummary> sums; // each column's own
    for (int s = 0; s < StageCount; ++s)
        sums << summarise(m_models[s]->deals()).at(s);
    static const char *const meanings[] = {
        QT_TR_NOOP("Invited; no answer yet."),
        QT_TR_NOOP("Talking terms."),
        QT_TR_NOOP("Confirmed; nothing left to make, or nothing planned yet."),
        QT_TR_NOOP("Confirmed, with deliverables not yet posted."),
        QT_TR_NOOP("Every deliverable posted or verified."),
        QT_TR_NOOP("Every receivable on an invoice."),
        QT_TR_NOOP("Every receivable (agency) or payable (brand) paid."),
        QT_TR_NOOP("Declined or cancelled."),
    };
    const QLocale locale;
    for (const StageSummary &s : sums) {
        const int i = int(s.stage);
        QStringList gross;
        for (auto it = s.grossByCurrency.cbegin(); it != s.grossByCurrency.cend(); ++it)
            if (!it.value().isZero()) // offers with no fee yet add nothing worth a "Rp0"
                gross << it.value().format();
        if (s.stage == DealStage::Lost)
            m_showLost->setText(tr("Show &lost deals (%1)").arg(locale.toString(s.count)));
        const QString name = dealStageName(s.stage), count = locale.toString(s.count);
        m_headerTexts[i] = gross.isEmpty() ? tr("%1 · %2").arg(name, count)
                                           : tr("%1 · %2 · %3").arg(name, count, gross.join(QStringLiteral(" + ")));
        // Name and count on the first line, one line per currency under it (an empty column
        // keeps the line so the lists start level).
        m_headers[i]->setText(
            QStringLiteral("<b>%1</b> · %2<br>%3")
                .arg(name.toHtmlEscaped(), count,
                     gross.isEmpty() ? QStringLiteral("&nbsp;") : gross.join(QStringLiteral("<br>"))));
        m_headers[i]->setToolTip(QStringLiteral("<p>%1</p><p>%2</p>")
                                     .arg(m_headerTexts[i].toHtmlEscaped(), tr(meanings[i]).toHtmlEscaped()));
    }
}

QString PipelinePage::summary() const
{
    int deals = 0, offers = 0, late = 0;
    forEachShown([&](const Deal &d) {
        ++deals;
        offers += d.stage == DealStage::Offer;
        late += DealCardDelegate::isLate(int(d.stage), d.nextDate, m_today);
    });
    QString out = tr("%Ln deal(s)", nullptr, deals) + QStringLiteral(" · ") + tr("%Ln offer(s)", nullptr, offers);
    if (late > 0)
        out += QStringLiteral(" · ") + tr("%Ln late", nullptr, late);
    return out;
}

DealListModel *PipelinePage::column(DealStage stage) const
{
    return m_models[int(stage)];
}

QListView *PipelinePage::columnView(DealStage stage) const
{
    return m_views[int(stage)];
}

bool PipelinePage::isColumnShown(DealStage stage) const
{
    return stage != DealStage::Invoiced || m_agency;
}

void PipelinePage::showColumns()
{
    for (DealStage stage : pipelineStages) {
        const int i = int(stage);
        const bool on = isColumnVisible(stage);
        m_headers[i]->setVisible(on);
        m_views[i]->setVisible(on);
        // A hidden column's stretch would still take its share of the width.
        m_grid->setColumnStretch(i, on ? 1 : 0);
    }
}

bool PipelinePage::isColumnVisible(DealStage stage) const
{
    return isColumnShown(stage) && (stage != DealStage::Lost || m_showLost->isChecked());
}

QString PipelinePage::headerText(DealStage stage) const
{
    return m_headerTexts[int(stage)];
}

qint64 PipelinePage::currentDeal() const
{
    for (ColumnView *view : m_views) {
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return selected.constFirst().data(DealListModel::ParticipantIdRole).toLongLong();
    }
    return 0;
}

bool PipelinePage::selectDeal(qint64 participantId)
{
    for (DealStage stage : pipelineStages) {
        if (!isColumnShown(stage))
            continue;
        const int row = m_models[int(stage)]->rowOf(participantId);
        if (row < 0)
            continue;
        if (!isColumnVisible(stage))
            m_showLost->setChecked(true); // a deal asked for is shown, lost or not
        ColumnView *view = m_views[int(stage)];
        const QModelIndex index = m_models[int(stage)]->index(row);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        view->scrollTo(index);
        // The column may be off to the side (lost is the eighth).
        m_scroll->ensureWidgetVisible(view, 0, 0);
        return true;
    }
    return false;
}

} // namespace cd

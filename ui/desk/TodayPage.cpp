#include "TodayPage.h"

#include "MyCreators.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "desk/Followups.h"
#include "desk/Managers.h"
#include "main/Ask.h"
#include "main/BackgroundRead.h"
#include "main/PageParts.h"
#include "main/RoleColors.h"
#include "main/WrappingLabel.h"
#include "models/PaymentListModel.h"
#include "models/TodayModel.h"
#include "money/MoneySettings.h"
#include "money/PaymentLedger.h"
#include "payments/MarkPaidDialog.h"
#include "services/DeliverableService.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QFont>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShowEvent>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace cd {
namespace {
// Section rows in bold, a section's row that offers its other items in the colour of a link, and
// why a late item is listed ("2 days late", "109 days overdue") in the colour of what is late, as
// Payments shows its overdue rows (the core model has no fonts or colours: it is QtCore only).
class SectionFont : public QIdentityProxyModel
{
public:
    explicit SectionFont(QWidget *page) : QIdentityProxyModel(page), m_page(page) {}
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.data(TodayModel::IsSectionRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && index.data(TodayModel::IsMoreRole).toBool())
            return QGuiApplication::palette().link();
        if (role == Qt::ForegroundRole && index.column() == TodayModel::Detail &&
            index.data(TodayModel::LateRole).toBool())
            return roleColor(ColorRole::Bad, m_page);
        return QIdentityProxyModel::data(index, role);
    }

private:
    const QWidget *m_page;
};
} // namespace

namespace {
// A section with more items than this opens to its first few (TodayModel::PreviewRows).
constexpr int MostOpen = 15;
} // namespace

TodayPage::TodayPage(Workspace *workspace, EditHistory *history, MyCreators *myCreators, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_history(history), m_myCreators(myCreators),
      m_model(new TodayModel(this))
{
    for (BackgroundRead *&read : m_reads)
        read = new BackgroundRead(workspace, this);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QHBoxLayout;
    heading->addWidget(makePageTitle(tr("Today"), this));
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("todayScopeLabel"));
    heading->addWidget(m_scope, 1, Qt::AlignBottom);
    layout->addLayout(heading);

    // The day at a glance: with hundreds of items the sections far down the list would go unseen.
    m_jump = new WrappingLabel(this);
    m_jump->setObjectName(QStringLiteral("todayJumpLabel"));
    m_jump->setTextFormat(Qt::RichText);
    m_jump->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_jump, &QLabel::linkActivated, this, [this](const QString &link) { jumpTo(link.toInt()); });
    layout->addWidget(m_jump);

    auto *bar = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("todayOpenButton"));
    m_open->setToolTip(tr("Open the chosen item's record (Enter)"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("todayNextActionButton"));
    m_revise = new QPushButton(tr("Request &Revision…"), this);
    m_revise->setObjectName(QStringLiteral("todayRequestRevisionButton"));
    for (QPushButton *b : {m_open, m_next, m_revise})
        bar->addWidget(b);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("todayTreeView"));
    m_view->setAccessibleName(tr("Today"));
    auto *shown = new SectionFont(this);
    shown->setSourceModel(m_model);
    m_view->setModel(shown);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    const int widths[] = {330, 170, 200, 100};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);

    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_next, &QPushButton::clicked, this, &TodayPage::runNextAction);
    connect(m_revise, &QPushButton::clicked, this, &TodayPage::requestRevision);
    connect(m_view, &QTreeView::activated, this, [this, shown](const QModelIndex &index) {
        const QModelIndex source = shown->mapToSource(index);
        if (m_model->item(source))
            openCurrent();
        else if (m_model->isMoreRow(source))
            showWhole(source);
        else
            m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
    });
    // What a person opens or closes stays so (showList); the list's own choices are not theirs.
    const auto byHand = [this, shown](const QModelIndex &index, bool open) {
        if (m_expanding)
            return;
        const auto bit = todaySectionBit(TodaySection(shown->mapToSource(index).data(TodayModel::SectionRole).toInt()));
        m_openedByHand = open ? m_openedByHand | bit : m_openedByHand & ~bit;
        m_closedByHand = open ? m_closedByHand & ~bit : m_closedByHand | bit;
    };
    connect(m_view, &QTreeView::expanded, this, [byHand](const QModelIndex &index) { byHand(index, true); });
    connect(m_view, &QTreeView::collapsed, this, [byHand](const QModelIndex &index) { byHand(index, false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TodayPage::updateActions);
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &TodayPage::reloadIfShown);
    if (m_myCreators)
        connect(m_myCreators, &MyCreators::changed, this, [this] {
            m_staleParts = AllTodayParts; // someone else's list: every part
            m_stale = true;
            if (isVisible())
                reload();
        });
    updateActions();
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The day may have turned since the last look: then every part (unless they are being read for
    // today already, as the window reads this page out of sight).
    const QDate today = Clock::today();
    if (m_model->asOf() != today && !(m_reading && m_readingDay == today))
        reload();
    else if (m_stale)
        readParts(m_staleParts);
}

void TodayPage::reloadIfShown(const QStringList &changedKinds)
{
    m_staleParts |= todayPartsChangedBy(changedKinds);
    m_stale = true;
    if (isVisible())
        readParts(m_staleParts);
}

void TodayPage::reload()
{
    readParts(AllTodayParts);
}

void TodayPage::readParts(TodayParts parts)
{
    m_stale = false;
    if (!m_workspace)
        return;
    const qint64 manager = m_myCreators ? m_myCreators->managerId() : 0;
    const QDate day = Clock::today();
    // Read on workers: at agency scale the list takes longer than a frame. What is shown stays
    // until every half asked for has arrived; the heading says it is being read. A part not read
    // again is kept as shown, which only a list of the same day and person can give; and parts
    // asked for by a read that has not arrived yet are read with this one.
    const bool keepsShown = !m_model->sections().isEmpty() && m_model->asOf() == day && m_manager == manager;
    parts = keepsShown ? parts | m_asked : AllTodayParts;
    m_asked = parts;
    m_staleParts = 0;
    m_arrived = {};
    const quint64 request = ++m_request;
    m_reading = true;
    m_readingDay = day;
    updateScope();
    for (const TodayHalf half : TodayHalves)
        if (const TodayParts inHalf = parts & todayHalfParts(half))
            m_reads.at(index(half))
                ->run<QList<TodaySectionItems>>(
                    [day, manager, inHalf, whole = m_whole](QSqlDatabase &db) {
                        auto read = today(db, day, manager, inHalf);
                        if (read)
                            keepFirstTodayItems(read.value(), TodayItemsHeld, whole, day);
                        return read;
                    },
                    [this, request, half, day, manager](const Result<QList<TodaySectionItems>> &sections) {
                        halfArrived(request, half, sections, day, manager);
                    });
}

void TodayPage::halfArrived(quint64 request, TodayHalf half, const Result<QList<TodaySectionItems>> &sections,
                            const QDate &day, qint64 manager)
{
    if (request != m_request)
        return; // a half of a read asked for again since (its parts are read with the newer one)
    m_arrived.at(index(half)) = sections;
    const auto asked = [this](TodayHalf h) { return m_asked & todayHalfParts(h); };
    for (const TodayHalf h : TodayHalves)
        if (asked(h) && !m_arrived.at(index(h)))
            return;
    // Every half asked for is in: the parts not read again as shown, these in their place.
    Result<QList<TodaySectionItems>> list = m_model->sections();
    for (const TodayHalf h : TodayHalves) {
        if (!asked(h))
            continue;
        if (!*m_arrived.at(index(h))) {
            list = fail(m_arrived.at(index(h))->error());
            break;
        }
        QList<TodaySectionItems> read = std::move(*m_arrived.at(index(h))).value();
        if (list->size() != read.size())
            list = read; // nothing shown yet (or an error was): this half's read has every section
        takeTodayParts(asked(h), std::move(read), list.value());
    }
    m_asked = 0;
    m_arrived = {};
    showList(list, day, manager);
}

bool TodayPage::isReading() const
{
    return std::ranges::any_of(m_reads, [](const BackgroundRead *read) { return read->isBusy(); });
}

void TodayPage::showList(const Result<QList<TodaySectionItems>> &sections, const QDate &day, qint64 manager)
{
    m_reading = false;
    const TodayItem *before = current();
    const QString record = before ? before->record : QString();
    const qint64 id = before ? before->id : 0;
    if (!sections) {
        m_model->setSections({}, day);
        m_summary = countThings();
        m_error = tr("Today's list could not be read: %1").arg(sections.error());
        updateScope();
        return;
    }
    m_error.clear();
    m_manager = manager;
    // Sections with a few things in them open whole; long ones open to their first few (an agency's
    // 194 drafts to review pushed its late work 500 rows down, and closed they left the desk a list
    // of headings): the most urgent of each is in sight, and Enter or Open on the row after them
    // lists the rest. Empty ones stay closed but keep their "(0)". A section opened or
    // closed by hand stays so when the list is read again (a long one opened to work through stays
    // open after each draft approved).
    unsigned previewed = 0;
    for (const TodaySectionItems &s : sections.value())
        if (const unsigned bit = todaySectionBit(s.section); s.count() > MostOpen && !(m_openedByHand & bit))
            previewed |= bit;
    m_model->setSections(sections.value(), day, previewed);
    const auto *shown = static_cast<const QIdentityProxyModel *>(m_view->model());
    const QScopedValueRollback<bool> byList(m_expanding, true);
    QSqlDatabase db = m_workspace->db();
    m_brandsOnly = !MoneySettings::read(db).isAgency();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        const int items = section.data(TodayModel::CountRole).toInt();
        const auto which = TodaySection(section.data(TodayModel::SectionRole).toInt());
        const unsigned bit = todaySectionBit(which);
        m_view->setFirstColumnSpanned(row, {}, true);
        m_view->setRowHidden(row, {}, isHiddenSection(which));
        m_view->setExpanded(shown->mapFromSource(section), items > 0 && !(m_closedByHand & bit));
    }
    updateScope();
    fillJumpLinks();
    if (m_selectAfter) { // the first of the items a section's last row offered
        const QModelIndex section = m_model->index(m_selectAfter->first, 0);
        if (const QModelIndex next = m_model->index(m_selectAfter->second, 0, section); next.isValid()) {
            m_view->setExpanded(shown->mapFromSource(section), true);
            m_view->setCurrentIndex(shown->mapFromSource(next));
            m_view->scrollTo(m_view->currentIndex());
        }
        m_selectAfter.reset();
    } else if (const QModelIndex again = m_model->find(record, id); again.isValid())
        m_view->setCurrentIndex(shown->mapFromSource(again));
    updateActions();
    m_summary = countThings();
    emit summaryChanged(m_summary);
}

void TodayPage::updateScope()
{
    if (!m_error.isEmpty()) {
        m_scope->setText(m_error);
        return;
    }
    QSqlDatabase db = m_workspace->db();
    const QString whose =
        m_manager ? tr("%1's creators").arg(ManagerService::nameOf(db, m_manager)) : tr("everyone's creators");
    const QString text =
        tr("%1 · %2").arg(displayDate(m_model->asOf().isValid() ? m_model->asOf() : Clock::today()), whose);
    m_scope->setText(m_reading ? tr("%1 · reading…").arg(text) : text);
}

void TodayPage::fillJumpLinks()
{
    const QString bad = roleColor(ColorRole::Bad, this).name();
    QStringList links;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        const auto which = TodaySection(section.data(TodayModel::SectionRole).toInt());
        if (isHiddenSection(which))
            continue;
        const int count = section.data(TodayModel::CountRole).toInt();
        // Late work and overdue money in the "bad" colour; the words say it too.
        const bool urgent = count > 0 && (which == TodaySection::Late || which == TodaySection::ReceivablesOverdue ||
                                          which == TodaySection::Conflicts);
        const QString shownCount = QLocale().toString(count);
        const QString number = urgent ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(bad, shownCount)
                                      : QStringLiteral("<b>%1</b>").arg(shownCount);
        const QString text = QStringLiteral("%1&nbsp;%2")
                                 .arg(todaySectionTitle(which)
                                          .toHtmlEscaped()
                                          .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))
                                          .replace(QLatin1Char('-'), QChar(0x2011)), // "Follow-ups" broke at its hyphen
                                      number);
        links << (count > 0 ? QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2</a>").arg(row).arg(text)
                            : QStringLiteral("<span style=\"color:%1\">%2</span>")
                                  .arg(roleColor(ColorRole::Muted, this).name(), text));
    }
    // Apart by a gap the line may break after only (an em space: Unicode's break-after class), not by
    // a "·": wrapped, a dot was left at the end of the line or began the next.
    m_jump->setText(links.join(QStringLiteral("&nbsp;&nbsp;") + QChar(0x2003)));
}

void TodayPage::jumpTo(int sectionRow)
{
    const auto *shown = static_cast<const QIdentityProxyModel *>(m_view->model());
    const QModelIndex section = shown->mapFromSource(m_model->index(sectionRow, 0));
    if (!section.isValid())
        return;
    m_view->setExpanded(section, true);
    m_view->scrollTo(section, QAbstractItemView::PositionAtTop);
    m_view->setCurrentIndex(m_model->rowCount(m_model->index(sectionRow, 0)) > 0
                                ? shown->mapFromSource(m_model->index(0, 0, m_model->index(sectionRow, 0)))
                                : section);
    m_view->setFocus();
}

QString TodayPage::summary() const
{
    // Counted once per list: the status bar asks again whenever any page's count changes (each key
    // typed in another page's search), and counting 3,500 items took most of a keystroke's time.
    return m_summary;
}

QString TodayPage::countThings() const
{
    // Late: everything whose day has passed, not only the deliverables of the "Late" section (the
    // bar said "0 late" over revisions and payments days overdue). A record listed twice (a draft to
    // review that is also due this week) is one thing to do, late if either listing is.
    // (From the items themselves: through the model's indexes and roles the large demo's 17,000
    // took a third of the GUI thread's work in a re-read. Each record as its kind's place among the
    // few kinds and its id in one number, sorted: a hash of the kind's word and the id was 8% of the
    // GUI thread's samples in an app_bench run at large.)
    QStringList kinds;
    std::vector<quint64> things; // kind, id, and whether it is late in the lowest bit
    const auto add = [&](const QString &record, qint64 id, bool late) {
        qsizetype kind = kinds.indexOf(record);
        if (kind < 0) {
            kind = kinds.size();
            kinds << record;
        }
        things.push_back((((quint64(kind) << 48) | quint64(id)) << 1) | (late ? 1 : 0));
    };
    for (const TodaySectionItems &section : m_model->sections()) {
        for (const TodayItem &it : section.items)
            add(it.record, it.id, m_model->isLate(it));
        for (const TodayThing &it : section.beyond)
            add(it.record, it.id, it.late);
    }
    std::sort(things.begin(), things.end());
    // The last listing of each record says whether any was late.
    qsizetype count = 0, late = 0;
    for (size_t i = 0; i < things.size(); ++i)
        if (i + 1 == things.size() || things[i + 1] >> 1 != things[i] >> 1) {
            ++count;
            late += qsizetype(things[i] & 1);
        }
    return tr("%n thing(s) to do, %1", nullptr, int(count)).arg(tr("%n late", nullptr, int(late)));
}

void TodayPage::showWhole(const QModelIndex &moreRow)
{
    const QModelIndex section = moreRow.parent();
    const auto which = TodaySection(section.data(TodayModel::SectionRole).toInt());
    m_openedByHand |= todaySectionBit(which); // whole, and it stays open when read again
    m_closedByHand &= ~todaySectionBit(which);
    m_selectAfter = {section.row(), moreRow.row()};
    if (m_model->sections().at(section.row()).beyond.isEmpty()) {
        // Every item is held (a preview showed the first few): listed again as read, without a read.
        const Result<QList<TodaySectionItems>> held = m_model->sections();
        showList(held, m_model->asOf(), m_manager);
        return;
    }
    m_whole |= todaySectionBit(which);
    readParts(todayPartBit(todayPartOf(which)));
}

QModelIndex TodayPage::currentSource() const
{
    const auto *shown = static_cast<const QIdentityProxyModel *>(m_view->model());
    return shown->mapToSource(m_view->currentIndex().siblingAtColumn(0));
}

const TodayItem *TodayPage::current() const
{
    return m_model->item(currentSource());
}

void TodayPage::updateActions()
{
    const TodayItem *it = current();
    const bool writable = m_history && m_workspace && !m_workspace->isReadOnly();
    m_open->setEnabled(it != nullptr || m_model->isMoreRow(currentSource())); // that row opens into the others
    QString next;
    if (it) {
        if (it->section == TodaySection::DraftsToReview)
            next = tr("&Approve");
        else if (it->record == QLatin1String("payment"))
            next = tr("Mark &Paid…");
        else if (it->record == QLatin1String("contract") && it->contractStatus == ContractStatus::Draft)
            next = tr("&Send Contract");
        else if (it->record == QLatin1String("followup"))
            next = tr("Mark &Done");
    }
    m_next->setText(next.isEmpty() ? tr("Next Step") : next);
    m_next->setVisible(!next.isEmpty());
    m_next->setEnabled(writable);
    m_revise->setVisible(it && it->section == TodaySection::DraftsToReview);
    m_revise->setEnabled(writable);
}

void TodayPage::openCurrent()
{
    if (const QModelIndex source = currentSource(); m_model->isMoreRow(source))
        return showWhole(source);
    const TodayItem *it = current();
    if (!it)
        return;
    if (it->record == QLatin1String("contract"))
        emit openContract(it->id);
    else if (it->record == QLatin1String("payment"))
        emit openPayment(it->id);
    else if (it->campaignId != 0)
        emit openCampaign(it->campaignId);
    else if (it->creatorId != 0)
        emit openCreator(it->creatorId);
    else if (it->record == QLatin1String("followup")) {
        // A follow-up on a brand names neither a campaign nor a creator: open the brand itself.
        QSqlDatabase db = m_workspace->db();
        if (auto f = FollowupService::load(db, it->id); f && f->about == FollowupAbout::Brand)
            emit openBrand(f->recordId);
    }
}

void TodayPage::runNextAction()
{
    const TodayItem *found = current();
    if (!found || !m_history)
        return;
    const TodayItem it = *found; // the list reloads under us once the edit commits
    Result<qint64> done = qint64(0);
    if (it.section == TodaySection::DraftsToReview) {
        DeliverableService deliverables(m_history->workspace());
        done = m_history->edit(RecordImage::Kind::Deliverable, it.id, tr("Approve %1").arg(it.what),
                               [&](Transaction &tx) -> Result<qint64> {
                                   if (auto next = deliverables.advance(tx, it.id); !next)
                                       return fail(next.error());
                                   return it.id;
                               });
    } else if (it.record == QLatin1String("payment")) {
        QSqlDatabase db = m_workspace->db();
        auto row = readPayment(db, MoneySettings::read(db), it.id);
        if (!row)
            return ask::warn(this, tr("Mark Paid"), row.error());
        MarkPaidDialog(*m_history, row.value(), this).exec();
        return;
    } else if (it.record == QLatin1String("contract")) {
        done = m_history->edit(
            RecordImage::Kind::ParticipantTree, it.participantId, tr("Send the contract of %1").arg(it.creator),
            [&](Transaction &tx) -> Result<qint64> {
                if (Status s = ContractService::setStatus(tx, it.id, ContractStatus::Sent, Clock::today()); !s)
                    return fail(s.error());
                return it.participantId;
            });
    } else if (it.record == QLatin1String("followup")) {
        done = m_history->edit(RecordImage::Kind::Followup, it.id, tr("Follow-up done: %1").arg(it.what),
                               [&](Transaction &tx) -> Result<qint64> {
                                   if (Status s = FollowupService::setDone(tx, it.id, Clock::today()); !s)
                                       return fail(s.error());
                                   return it.id;
                               });
    }
    if (!done)
        ask::warn(this, m_next->text().remove(QLatin1Char('&')), done.error());
}

void TodayPage::requestRevision()
{
    const TodayItem *found = current();
    if (!found || !m_history || found->section != TodaySection::DraftsToReview)
        return;
    const TodayItem it = *found;
    const auto feedback = ask::text(this, tr("Request Revision"),
                                    tr("What should change in “%1”? The note is kept with this round.").arg(it.what));
    if (!feedback)
        return;
    DeliverableService deliverables(m_history->workspace());
    QString warning;
    auto done = m_history->edit(RecordImage::Kind::Deliverable, it.id, tr("Request a revision of %1").arg(it.what),
                                [&](Transaction &tx) -> Result<qint64> {
                                    auto r = deliverables.requestRevision(tx, it.id, *feedback, QString());
                                    if (!r)
                                        return fail(r.error());
                                    warning = r.value();
                                    return it.id;
                                });
    if (!done)
        ask::warn(this, tr("Request Revision"), done.error());
    else if (!warning.isEmpty())
        ask::warn(this, tr("Past the Revision Limit"),
                  tr("The request is recorded, but %1. The contract may allow a fee for extra rounds.").arg(warning));
}

} // namespace cd

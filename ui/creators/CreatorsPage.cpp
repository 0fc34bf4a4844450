#include "CreatorsPage.h"

#include "main/ColumnChooser.h"
#include "main/EmptyState.h"

#include "CreatorEditor.h"
#include "CreatorFilterProxy.h"
#include "DocumentLanguage.h"
#include "FollowerCountDialog.h"
#include "MediaKitDocument.h"
#include "analytics/MediaKit.h"
#include "charts/ChartLanguage.h"
#include "charts/ChartPicture.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Names.h"
#include "common/Tier.h"
#include "common/Words.h"
#include "main/Ask.h"
#include "main/BackgroundRead.h"
#include "main/DocumentDialog.h"
#include "main/FieldMessage.h"
#include "main/PageParts.h"
#include "models/CreatorRosterModel.h"
#include "services/CreatorErasure.h"
#include "services/CreatorProfile.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace cd {

CreatorsPage::CreatorsPage(Workspace *workspace, EditHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history), m_workspace(workspace)
{
    // Fed by reads on a worker: at agency scale the roster and its engagement rates take longer than
    // a frame, and the window must not wait for them.
    m_model = new CreatorRosterModel(workspace, this, CreatorRosterModel::Reads::Fed);
    m_read = new BackgroundRead(workspace, this);
    if (workspace)
        m_ratesOpener = workspace->readerOpener();
    m_firstRows = new BackgroundRead(workspace, this);
    m_proxy = new CreatorFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    QLabel *title = makePageTitle(tr("Creators"), this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("creatorSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, niche, country, manager…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search creators"));
    m_search->setMinimumWidth(280);

    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheckBox"));

    auto *bar = new QHBoxLayout;
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierComboBox"));
    m_tier->setAccessibleName(tr("Filter by tier"));
    m_tier->addItem(tr("All tiers"), -1);
    for (Tier t : {Tier::Nano, Tier::Micro, Tier::Macro, Tier::Mega})
        m_tier->addItem(tierDisplayName(t), int(t));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformComboBox"));
    m_platform->setAccessibleName(tr("Filter by platform"));
    m_platform->addItem(tr("All platforms"), QString());
    for (const QString &word : allWords<Platform>())
        m_platform->addItem(platformDisplayName(*wordFrom<Platform>(word)), word);
    m_niche = new QComboBox(this);
    m_niche->setObjectName(QStringLiteral("nicheComboBox"));
    m_niche->setAccessibleName(tr("Filter by niche"));

    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(m_tier);
    bar->addWidget(m_platform);
    bar->addWidget(m_niche);
    bar->addWidget(m_showArchived);
    bar->addWidget(m_search);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("creatorsTableView"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table, tr("Creators"));
    m_table->sortByColumn(CreatorRosterModel::Name, Qt::AscendingOrder);
    // Country wide enough for "United States" and "Philippines", now that it shows names.
    const int widths[] = {190, 70, 190, 95, 100, 110, 120, 140};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    // Platforms wide enough for a creator on four of them: cut at three ("Facebook, Instagram,
    // TikTok…") while the status beside it had room to spare.
    QStringList platforms;
    for (const QString &word : allWords<Platform>())
        platforms << platformDisplayName(*wordFrom<Platform>(word));
    std::ranges::sort(platforms, [](const QString &a, const QString &b) { return a.size() > b.size(); });
    fitColumnTo(m_table, CreatorRosterModel::Platforms, {QStringList(platforms.mid(0, 4)).join(QStringLiteral(", "))});
    // Column widths, order and sorting as the user left them.
    rememberHeaderState(m_table, QStringLiteral("creators/header"));
    offerColumnChoice(m_table, QStringLiteral("creators/hiddenColumns"));

    m_empty = new EmptyState(QString(), this);

    auto *content = new QWidget(this);
    m_stack = new QStackedLayout(content);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(content, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CreatorFilterProxy::setSearchText);
    connect(m_showArchived, &QCheckBox::toggled, m_proxy, &CreatorFilterProxy::setShowArchived);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTier(m_tier->currentData().toInt()); });
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPlatform(m_platform->currentData().toString()); });
    connect(m_niche, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setNiche(m_niche->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CreatorsPage::fillNiches);
    fillNiches();
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CreatorsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CreatorsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CreatorsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CreatorsPage::updateState);
    if (workspace) {
        // On a server, asked once here and again when the managers change (a role given in Settings).
        QSqlDatabase db = workspace->db();
        m_changeable = team::changeable(db);
        connect(workspace, &Workspace::recordsChanged, this, &CreatorsPage::changedInWorkspace);
    }
    // A change the roster cannot read back reloads it; the selection survives by id.
    keepSelectionByIds(m_table, m_model, CreatorRosterModel::IdRole, this, [this] { emit selectionChanged(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CreatorsPage::selectionChanged);
    connect(m_table, &QTableView::activated, this, &CreatorsPage::editSelected);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_recordFollowers = new QAction(tr("Record &Follower Count…"), this);
    m_recordFollowers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_recordFollowers->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_recordFollowers->setToolTip(tr("Type in a follower count seen on the creator's profile, with a screenshot"));
    connect(m_recordFollowers, &QAction::triggered, this, &CreatorsPage::recordFollowers);
    m_table->addAction(m_recordFollowers);
    connect(this, &CreatorsPage::selectionChanged, this, [this] {
        m_recordFollowers->setEnabled(selectedIds().size() == 1 && m_history && !m_history->workspace().isReadOnly() &&
                                      whyNotChangeable().isEmpty());
    });
    m_recordFollowers->setEnabled(false);
    m_mediaKit = new QAction(tr("Media &Kit as PDF…"), this);
    m_mediaKit->setToolTip(tr("A one-page media kit for brands: platforms, engagement, growth, audience, latest "
                              "collaborations and rate card"));
    connect(m_mediaKit, &QAction::triggered, this, &CreatorsPage::exportMediaKit);
    m_table->addAction(m_mediaKit);
    // Reading is enough: a media kit can be written from a read-only workspace.
    connect(this, &CreatorsPage::selectionChanged, this,
            [this] { m_mediaKit->setEnabled(selectedIds().size() == 1 && m_history); });
    m_mediaKit->setEnabled(false);
    m_erase = new QAction(tr("&Erase Personal Data…"), this);
    m_erase->setToolTip(tr("On the creator's request: remove their personal data for good; campaigns keep anonymous "
                           "rows and tax records are kept"));
    connect(m_erase, &QAction::triggered, this, &CreatorsPage::eraseSelected);
    m_table->addAction(m_erase);
    connect(this, &CreatorsPage::selectionChanged, this, [this] {
        m_erase->setEnabled(selectedIds().size() == 1 && m_history && !m_history->workspace().isReadOnly() &&
                            whyNotChangeable().isEmpty());
    });
    m_erase->setEnabled(false);
    updateState();
    if (workspace)
        reload();
    else
        m_readOnce = true;
}

void CreatorsPage::eraseSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_history)
        return;
    QSqlDatabase db = m_history->workspace().db();
    const auto preview = previewErasure(db, ids.first());
    if (!preview) {
        ask::warn(this, tr("Erase Personal Data"), preview.error());
        return;
    }
    // Nothing can bring it back, not even Undo: Cancel is the default.
    const auto answer = ask::question(this, tr("Erase Personal Data"),
                                      tr("%1\n\nThis cannot be undone, and Edit > Undo forgets its earlier steps.")
                                          .arg(preview->describe(false).join(QStringLiteral("\n\n"))),
                                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                                      {{QMessageBox::Yes, tr("Erase for Good")}});
    if (answer != QMessageBox::Yes)
        return;
    const auto erased = eraseCreator(m_history->workspace(), ids.first());
    if (!erased) {
        ask::warn(this, tr("Erase Personal Data"), erased.error());
        return;
    }
    // The undo steps hold images of the records as they were, personal data included.
    m_history->clear();
    ask::question(this, tr("Erase Personal Data"), erased->describe(true).join(QStringLiteral("\n\n")), QMessageBox::Ok,
                  QMessageBox::Ok);
}

namespace {
QString mediaKitPathForTests;
}

void CreatorsPage::setMediaKitPathForTests(const QString &path)
{
    mediaKitPathForTests = path;
}

void CreatorsPage::exportMediaKit()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_history)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CreatorRosterModel::Name);
    askForMediaKit(this, m_history->workspace(), ids.first(),
                   rows.isEmpty() ? QString() : rows.first().data().toString());
}

void CreatorsPage::askForMediaKit(QWidget *parent, Workspace &workspace, qint64 creatorId, const QString &name)
{
    ContractLanguage language = defaultDocumentLanguage();
    QString path = mediaKitPathForTests;
    if (path.isEmpty()) {
        DocumentDialog dialog(tr("Media Kit for %1").arg(name),
                              tr("One A4 page from what is saved, as of today: platforms, engagement and growth "
                                 "over the last 90 days, audience, latest collaborations and rate card."),
                              parent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        language = dialog.language();
        // A file name has no room for '/' and the like; the creator's name otherwise stays as written.
        QString fileName = tr("Media kit - %1.pdf").arg(name);
        fileName.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
        path = QFileDialog::getSaveFileName(parent, tr("Save Media Kit"), QDir::home().filePath(fileName),
                                            tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    if (Status s = writeMediaKit(workspace, creatorId, language, path); !s)
        ask::warn(parent, tr("Media Kit"), s.error());
}

Status CreatorsPage::writeMediaKit(Workspace &workspace, qint64 creatorId, ContractLanguage language,
                                   const QString &path)
{
    QSqlDatabase db = workspace.db();
    auto kit = mediaKit(db, creatorId, Clock::today());
    if (!kit)
        return fail(kit.error());
    // No counts in the 90 days: no chart, and the kit says why.
    QPicture chart;
    const QList<MediaKitChartLine> lines = mediaKitChartLines(kit.value(), language);
    if (!lines.isEmpty()) {
        const ChartLanguage words(language); // its months and words in the kit's language
        chart = followerGrowthPicture(mediaKitChartTitle(kit.value(), language), lines, kit->asOf.addDays(-89),
                                      mediaKitChartSize());
    }
    if (auto pages = writeMediaKitPdf(kit.value(), language, chart, path); !pages)
        return fail(pages.error());
    return {};
}

void CreatorsPage::recordFollowers()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_history)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CreatorRosterModel::Name);
    FollowerCountDialog dialog(*m_history, ids.first(), rows.isEmpty() ? QString() : rows.first().data().toString(),
                               this);
    dialog.exec();
}

QString CreatorsPage::recordName() const
{
    return tr("Creator");
}

QList<qint64> CreatorsPage::selectedIds() const
{
    return selectedRecordIds(m_table, CreatorRosterModel::IdRole);
}

void CreatorsPage::select(qint64 id)
{
    // Not in the roster yet while it is being read (just added, or asked for from Today before
    // the first read arrived): chosen when the read arrives.
    if (!m_readOnce || isReading()) {
        if (!selectRecord(m_table, CreatorRosterModel::IdRole, id))
            m_pendingSelect = id;
        return;
    }
    // It may be an archived creator, hidden until archived ones show.
    if (!selectRecord(m_table, CreatorRosterModel::IdRole, id)) {
        m_showArchived->setChecked(true);
        selectRecord(m_table, CreatorRosterModel::IdRole, id);
    }
}

void CreatorsPage::edit(qint64 id, const CreatorProfile &initial)
{
    if (!m_history)
        return;
    CreatorEditor editor(*m_history, id, initial, this);
    if (editor.exec() == QDialog::Accepted)
        select(editor.recordId());
}

void CreatorsPage::addRecord()
{
    edit(0, CreatorProfile{});
}

void CreatorsPage::editSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    auto profile = CreatorProfileService(m_history->workspace()).load(ids.first());
    if (!profile)
        ask::warn(this, tr("Edit Creator"), profile.error());
    else
        edit(ids.first(), profile.value());
}

void CreatorsPage::duplicateSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    auto profile = CreatorProfileService(m_history->workspace()).load(ids.first());
    if (!profile) {
        ask::warn(this, tr("Duplicate Creator"), profile.error());
        return;
    }
    // A duplicate starts a similar creator: the profile and rate card carry over; handles,
    // follower history, audience, vetting and the tax number belong to the original person.
    CreatorProfile copy = profile.value();
    copy.details.npwp.clear();
    copy.details.name = tr("%1 (copy)").arg(copy.details.name);
    copy.details.status = CreatorStatus::Active;
    copy.accounts.clear();
    copy.audience.clear();
    copy.audienceAsOf = {};
    copy.vetting.clear();
    edit(0, copy);
}

bool CreatorsPage::selectionArchived() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex &i) {
        return i.data(CreatorRosterModel::ArchivedRole).toBool();
    });
}

QString CreatorsPage::whyNotChangeable() const
{
    if (m_changeable.everyone)
        return {};
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const qint64 manager = row.data(CreatorRosterModel::ManagerIdRole).toLongLong();
            !m_changeable.allows(manager))
            return team::notYours(row.data().toString(), manager != 0);
    return {};
}

void CreatorsPage::toggleArchiveSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    const bool unarchive = selectionArchived();
    const QString first = m_table->selectionModel()->selectedRows().first().data().toString();
    const QString text = ids.size() == 1 ? (unarchive ? tr("Unarchive %1").arg(first) : tr("Archive %1").arg(first))
                                         : (unarchive ? tr("Unarchive %n creator(s)", nullptr, int(ids.size()))
                                                      : tr("Archive %n creator(s)", nullptr, int(ids.size())));
    CreatorService creators(m_history->workspace());
    const Status done = m_history->editEach(RecordImage::Kind::Creator, ids, text, [&](Transaction &tx, qint64 id) {
        return creators.setStatus(tx, id, unarchive ? CreatorStatus::Active : CreatorStatus::Archived);
    });
    if (!done)
        ask::warn(this, text, done.error());
}

void CreatorsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    QSqlDatabase db = m_history->workspace().db();
    qsizetype accounts = 0, snapshots = 0, rates = 0, vetting = 0, files = 0;
    QStringList inCampaigns;
    QList<qint64> withHistory;
    for (qint64 id : ids) {
        auto image = RecordImage::capture(db, RecordImage::Kind::Creator, id);
        auto campaigns = CreatorService::campaignCount(db, id);
        if (!image || !campaigns) {
            ask::warn(this, tr("Delete Creator"), image ? campaigns.error() : image.error());
            return;
        }
        if (campaigns.value() > 0) {
            inCampaigns << tr("%1 (%n campaign(s))", nullptr, campaigns.value()).arg(image->name());
            withHistory << id;
        }
        accounts += image->rowCount(QStringLiteral("accounts"));
        snapshots += image->rowCount(QStringLiteral("follower_snapshots"));
        rates += image->rowCount(QStringLiteral("rate_cards"));
        vetting += image->rowCount(QStringLiteral("vetting_answers"));
        files += image->rowCount(QStringLiteral("attachments"));
    }
    // A creator with campaign history is archived, never deleted: campaigns, KPIs and contracts
    // refer to them.
    if (!inCampaigns.isEmpty()) {
        // Only those with history are offered the archive; the rest of a mixed selection stays.
        const QString others =
            withHistory.size() < ids.size()
                ? tr("\n\nThe other creators selected are left as they are; delete them on their own.")
                : QString();
        const auto answer = ask::question(
            this, tr("Delete Creator"),
            tr("%1 took part in campaigns, and deleting would take that history with them.\n\nArchive instead? "
               "Archived creators are hidden from daily views and keep their history.%2")
                .arg(inCampaigns.join(QStringLiteral(", ")), others),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes, {{QMessageBox::Yes, tr("Archive")}});
        if (answer != QMessageBox::Yes)
            return;
        CreatorService creators(m_history->workspace());
        const Status done = m_history->editEach(
            RecordImage::Kind::Creator, withHistory, tr("Archive %n creator(s)", nullptr, int(withHistory.size())),
            [&](Transaction &tx, qint64 id) { return creators.setStatus(tx, id, CreatorStatus::Archived); });
        if (!done)
            ask::warn(this, tr("Delete Creator"), done.error());
        return;
    }
    const QString first = m_table->selectionModel()->selectedRows().first().data().toString();
    const QString what = ids.size() == 1 ? first : tr("%n creator(s)", nullptr, int(ids.size()));
    QStringList goes;
    for (const auto &[n, text] : {std::pair{accounts, tr("%n platform account(s)", nullptr, int(accounts))},
                                  std::pair{snapshots, tr("%n follower count(s)", nullptr, int(snapshots))},
                                  std::pair{rates, tr("%n rate card price(s)", nullptr, int(rates))},
                                  std::pair{vetting, tr("%n vetting answer(s)", nullptr, int(vetting))},
                                  std::pair{files, tr("%n attached file(s)", nullptr, int(files))}})
        if (n > 0)
            goes << text;
    const QString detail = goes.isEmpty() ? tr("Nothing else is stored for it.")
                                          : tr("This also deletes %1.").arg(goes.join(QStringLiteral(", ")));
    const auto answer = ask::question(
        this, tr("Delete Creator"), tr("Delete %1?\n\n%2\nEdit > Undo brings it all back.").arg(what, detail),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes)
        return;
    CreatorService creators(m_history->workspace());
    const Status done = m_history->editEach(RecordImage::Kind::Creator, ids, tr("Delete %1").arg(what),
                                            [&](Transaction &tx, qint64 id) { return creators.remove(tx, id); });
    if (!done)
        ask::warn(this, tr("Delete Creator"), done.error());
}

void CreatorsPage::fillNiches()
{
    // The niches in use (the read sorted them for people); the current choice survives a reload,
    // and the list is left as it is when a read brings the same niches.
    const QStringList niches = m_model->niches();
    if (m_niche->count() > 0 && niches == m_nichesShown)
        return;
    m_nichesShown = niches;
    const QString current = m_niche->currentData().toString();
    const QSignalBlocker blocker(m_niche);
    m_niche->clear();
    m_niche->addItem(tr("All niches"), QString());
    for (const QString &niche : niches)
        m_niche->addItem(niche, niche);
    // The choice found ignoring case (MatchFixedString), as the list filters: "Food" stays chosen
    // when a read lists it as "FOOD". One no creator has any more gives way to "All niches", and
    // the list stops filtering by it.
    const int chosen = current.isEmpty() ? 0 : m_niche->findData(current, Qt::UserRole, Qt::MatchFixedString);
    m_niche->setCurrentIndex(std::max(0, chosen));
    if (chosen < 0)
        m_proxy->setNiche(QString());
}

QString CreatorsPage::summary() const
{
    if (!m_readOnce && m_model->rowCount() == 0)
        return tr("Reading the roster…");
    // (A first screen that holds every creator is counted as the whole roster is.)
    if (!m_readOnce && m_model->rowCount() < m_firstRowsOf)
        return tr("The first %1 of %n creator(s) by name; reading the rest…", nullptr, int(m_firstRowsOf))
            .arg(QLocale().toString(m_model->rowCount()));
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == all)
        return tr("%n creator(s)", nullptr, all);
    const QString count = tr("%1 of %n creator(s)", nullptr, all).arg(QLocale().toString(shown)); // "18,605 of 20,000"
    // Every filter can read "All…" while the archived are hidden: say so, or the count looks wrong.
    const int archived = m_proxy->showArchived() ? 0 : m_model->archivedCount();
    return archived ? tr("%1 (%n archived hidden)", nullptr, archived).arg(count) : count;
}

void CreatorsPage::reload()
{
    using Roster = CreatorRosterModel::Roster;
    const QDate today = Clock::today();
    // The first read of a roster sorted by name also asks for the first screen on its own: at
    // 20,000 creators it arrives in tens of milliseconds, the whole roster in half a second or more.
    // (Sorted by another column the first screen would need every row.) Later reads keep the rows
    // shown until the new ones arrive.
    if (!m_readOnce && m_proxy->sortColumn() == CreatorRosterModel::Name) {
        const CreatorRosterModel::FirstRows first{FirstScreenRows, m_proxy->sortOrder()};
        m_firstRows->run<Roster>(
            [today, first](QSqlDatabase &db) { return Result<Roster>(CreatorRosterModel::read(db, today, first)); },
            [this](const Result<Roster> &roster) {
                // Too late (the whole roster is here), or failed: the whole read says what went wrong.
                if (m_readOnce || !roster || !roster->error.isEmpty())
                    return;
                m_firstRowsOf = roster->creators.value_or(0);
                m_model->setRoster(roster.value());
            });
    }
    m_readAsOf = today;
    m_read->run<Roster>(
        [today, rates = m_ratesOpener](QSqlDatabase &db) {
            return Result<Roster>(CreatorRosterModel::read(db, today, std::nullopt, rates));
        },
        [this](const Result<Roster> &roster) {
            m_readOnce = true;
            Roster failed;
            if (!roster)
                failed.error = roster.error();
            m_model->setRoster(roster ? roster.value() : failed);
            if (const qint64 id = std::exchange(m_pendingSelect, 0))
                select(id);
        });
}

bool CreatorsPage::isReading() const
{
    return m_read->isBusy() || m_firstRows->isBusy();
}

bool CreatorsPage::showsFirstRowsOnly() const
{
    return !m_readOnce && m_model->rowCount() > 0;
}

void CreatorsPage::updateState()
{
    // The first screen shown before the whole roster may hold no match for a filter: the whole will.
    if (!m_readOnce && m_proxy->rowCount() == 0) {
        m_empty->setText(tr("<h3>Reading the roster…</h3>"));
        m_empty->setActionsShown(false);
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0 && !m_model->lastError().isEmpty()) {
        m_empty->setText(
            tr("<h3>The roster could not be read</h3><p>%1</p>").arg(asSentence(m_model->lastError()).toHtmlEscaped()));
        m_empty->setActionsShown(false);
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(tr("<h3>No creators yet</h3><p>Creators you add or import appear here, with their tier, "
                            "platforms and follower counts.</p>"));
        m_empty->setActionsShown(true);
        m_stack->setCurrentWidget(m_empty);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(tr("<h3>No creator matches</h3><p>Change the search, or show archived creators.</p>"));
        m_empty->setActionsShown(false);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    emit summaryChanged(summary());
}

} // namespace cd

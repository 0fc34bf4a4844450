#pragma once

#include "common/Result.h"
#include "common/Words.h"
#include "desk/TeamRoles.h"
#include "main/RecordActions.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QCheckBox;
class QAction;
class QComboBox;
class QLabel;
class QStackedLayout;
class QTableView;

namespace cd {

class BackgroundRead;
class EmptyState;

struct CreatorProfile;

class CreatorFilterProxy;
class CreatorRosterModel;
class EditHistory;

// The roster: a searchable, sortable table of creators, archived ones hidden by default; adds,
// edits, duplicates, archives and deletes creators through the workspace's edit history.
class CreatorsPage : public QWidget, public RecordActions
{
    Q_OBJECT
public:
    CreatorsPage(Workspace *workspace, EditHistory *history, QWidget *parent = nullptr);

    QString recordName() const override;
    QList<qint64> selectedIds() const override;
    void addRecord() override;
    void editSelected() override;
    void duplicateSelected() override;
    void deleteSelected() override;
    bool canArchive() const override { return true; }
    bool selectionArchived() const override;
    void toggleArchiveSelected() override;
    QString whyNotChangeable() const override;
    // The chosen creator's follower count on a day (FollowerCountDialog).
    void recordFollowers();
    QAction *recordFollowersAction() const { return m_recordFollowers; }
    // The chosen creator's one-page media kit as a PDF (askForMediaKit).
    void exportMediaKit();
    QAction *mediaKitAction() const { return m_mediaKit; }
    // Erases the chosen creator's personal data for good, on their request (asked first).
    void eraseSelected();
    QAction *eraseAction() const { return m_erase; }
    // Asks the language (the app's by default) and where to save ("Media kit - NAME.pdf"), then
    // writes the media kit of `creatorId` from what is saved, as of today. The creator's page
    // offers it too.
    static void askForMediaKit(QWidget *parent, Workspace &workspace, qint64 creatorId, const QString &name);
    // Writes it without asking.
    static Status writeMediaKit(Workspace &workspace, qint64 creatorId, ContractLanguage language, const QString &path);
    // For tests: while set, askForMediaKit asks nothing and writes to `path` in the default language.
    static void setMediaKitPathForTests(const QString &path);
    // Selects the creator `id` (showing archived ones when it is archived) and scrolls to it.
    void select(qint64 id);

    EmptyState *emptyState() const { return m_empty; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    CreatorFilterProxy *proxy() const { return m_proxy; }
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *platformFilter() const { return m_platform; }
    QComboBox *nicheFilter() const { return m_niche; }
    // "12 of 40 creators" for the status bar.
    QString summary() const;
    // Reads the roster again on a worker (as every change that touches it does); what is shown
    // stays until the new rows arrive.
    void reload();
    // Whether the roster is being read (tests and benchmarks wait for it).
    bool isReading() const;
    // Whether only the first screen by name is shown, the whole roster still being read.
    bool showsFirstRowsOnly() const;
    // How many creators the first screen holds (about three screens of a tall window).
    static constexpr int FirstScreenRows = 150;

signals:
    void summaryChanged(const QString &summary);
    void selectionChanged();

private:
    // A committed change (CreatorsPageChanges.cpp): the creators it names are read back, or the
    // whole roster read again.
    void changedInWorkspace(const Changes &changes);
    bool readBack(const Changes &changes);
    void edit(qint64 id, const CreatorProfile &initial);
    void updateState();
    void fillNiches();

    EditHistory *m_history = nullptr;
    team::Changeable m_changeable; // whose creators the person signed in may change
    QAction *m_recordFollowers = nullptr;
    QAction *m_mediaKit = nullptr;
    QAction *m_erase = nullptr;
    CreatorRosterModel *m_model = nullptr;
    BackgroundRead *m_read = nullptr;
    Workspace::Opener m_ratesOpener;       // the whole roster's rates are read beside its rows
    QStringList m_nichesShown;             // in the niche filter's list
    BackgroundRead *m_firstRows = nullptr; // the first screen by name, while the whole roster is read
    bool m_readOnce = false;               // the first read has arrived (until then the page says it is reading)
    QDate m_readAsOf;                      // the day the last whole read took the rates as of
    QPointer<Workspace> m_workspace;
    qint64 m_firstRowsOf = 0;   // how many creators there are, while only the first rows are shown
    qint64 m_pendingSelect = 0; // asked for before the read that holds it arrived
    CreatorFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_niche = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace cd

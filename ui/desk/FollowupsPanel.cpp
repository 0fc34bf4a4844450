#include "FollowupsPanel.h"

#include "FollowupDialog.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "desk/Followups.h"
#include "main/Ask.h"
#include "main/RoleColors.h"
#include "main/WrappingLabel.h"
#include "models/PaymentListModel.h"
#include "records/RecordImage.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

// The rows of one panel, in the order people work through them: open ones by due date, then the
// done ones (greyed) by due date.
class FollowupListModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(FollowupListModel)
public:
    enum Column
    {
        Due,
        About, // shown on a campaign's panel, where a row may be the campaign's or one of its deals'
        Note,
        Manager,
        Done,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int DoneRole = Qt::UserRole + 2;

    FollowupListModel(const QWidget *colours, QObject *parent) : QAbstractTableModel(parent), m_colours(colours) {}

    void setRows(QList<Followup> rows, const QDate &today)
    {
        std::stable_sort(rows.begin(), rows.end(), [](const Followup &a, const Followup &b) {
            const bool aDone = a.input.doneOn.isValid(), bDone = b.input.doneOn.isValid();
            if (aDone != bDone)
                return !aDone;
            if (a.input.due != b.input.due)
                return a.input.due < b.input.due;
            return a.id < b.id;
        });
        beginResetModel();
        m_rows = std::move(rows);
        m_today = today;
        endResetModel();
    }
    const Followup *at(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == id)
                return row;
        return -1;
    }
    int openCount() const
    {
        return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Followup &f) { return isOpen(f); }));
    }
    int lateCount() const
    {
        return int(std::count_if(m_rows.begin(), m_rows.end(), [this](const Followup &f) { return isLate(f); }));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Followup &f = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return text(f, index.column());
        case Qt::ToolTipRole:
            if (index.column() == Note)
                return f.input.note.trimmed(); // the list shows its first line only
            if (index.column() == Due && isLate(f))
                return tr("%n day(s) late", nullptr, int(f.input.due.daysTo(m_today)));
            if (index.column() == About)
                return FollowupDialog::describe(f);
            return {};
        case Qt::ForegroundRole:
            // Words carry the meaning ("late", "done …"); the colour only repeats it.
            if (!isOpen(f))
                return roleColor(ColorRole::Muted, m_colours);
            if (index.column() == Due && isLate(f))
                return roleColor(ColorRole::Bad, m_colours);
            return {};
        case IdRole:
            return f.id;
        case DoneRole:
            return !isOpen(f);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Due:
            return tr("Due");
        case About:
            return tr("About");
        case Note:
            return tr("Note");
        case Manager:
            return tr("Owner");
        case Done:
            return tr("Status");
        default:
            return {};
        }
    }

private:
    static bool isOpen(const Followup &f) { return !f.input.doneOn.isValid(); }
    bool isLate(const Followup &f) const { return isOpen(f) && f.input.due < m_today; }

    QString text(const Followup &f, int column) const
    {
        switch (column) {
        case Due: {
            const QString day = displayDate(f.input.due);
            if (isLate(f))
                return tr("%1 · late").arg(day);
            if (isOpen(f) && f.input.due == m_today)
                return tr("%1 · today").arg(day);
            return day;
        }
        case About:
            switch (f.input.about) {
            case FollowupAbout::Participant:
                return f.creator;
            case FollowupAbout::Campaign:
                return tr("the campaign");
            default:
                return FollowupDialog::describe(f);
            }
        case Note:
            return f.input.note.trimmed().section(QLatin1Char('\n'), 0, 0);
        case Manager:
            // Unassigned, a creator's follow-up is their manager's (named); with no manager, anyone's
            // ("Creator's manager" was shown for creators who had none).
            if (!f.manager.isEmpty())
                return f.manager;
            if ((f.input.about == FollowupAbout::Creator || f.input.about == FollowupAbout::Participant) &&
                !f.creatorManager.isEmpty())
                return tr("%1 (creator's manager)").arg(f.creatorManager);
            return tr("Anyone");
        case Done:
            return isOpen(f) ? tr("Open") : tr("Done %1").arg(displayDate(f.input.doneOn));
        default:
            return {};
        }
    }

    const QWidget *m_colours;
    QList<Followup> m_rows;
    QDate m_today;
};

FollowupsPanel::FollowupsPanel(EditHistory *history, FollowupAbout about, QWidget *parent)
    : QWidget(parent), m_history(history), m_about(about)
{
    setObjectName(QStringLiteral("followupsPanel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followupsTableView"));
    m_table->setAccessibleName(tr("Follow-ups"));
    m_model = new FollowupListModel(m_table, this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < FollowupListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == FollowupListModel::Note ? QHeaderView::Stretch
                                                                     : QHeaderView::ResizeToContents);
    m_table->setColumnHidden(FollowupListModel::About, about != FollowupAbout::Campaign);

    // The empty state sits inside the list, so the list keeps its place and its keys.
    m_empty = new QLabel(m_table->viewport());
    m_empty->setObjectName(QStringLiteral("followupsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);

    m_new = new QAction(tr("&New Follow-up…"), this);
    m_new->setObjectName(QStringLiteral("newFollowupAction"));
    m_new->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_edit = new QAction(tr("Ed&it…"), this);
    m_edit->setObjectName(QStringLiteral("editFollowupAction"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    m_done = new QAction(tr("Mark D&one"), this);
    m_done->setObjectName(QStringLiteral("toggleFollowupDoneAction"));
    m_done->setShortcut(QKeySequence(Qt::Key_Space));
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteFollowupAction"));
    m_delete->setShortcut(QKeySequence(Qt::Key_Delete));
    m_delete->setToolTip(tr("Delete the chosen follow-up (Delete). Nothing is asked: Undo brings it back."));
    // The keys belong to the list alone: Ctrl+N, Enter and Delete mean other things in the window or
    // dialog around it (the event filter takes them first, see eventFilter()).
    for (QAction *a : {m_new, m_edit, m_done, m_delete})
        a->setShortcutContext(Qt::WidgetShortcut);
    m_table->addActions({m_new, m_edit, m_done, m_delete});
    // Insert adds one from anywhere in the panel (a button, the empty list), so the hints name it:
    // outside the list Ctrl+N is the window's New Workspace.
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, [this] {
        if (m_new->isEnabled())
            m_new->trigger();
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->installEventFilter(this);
    connect(m_new, &QAction::triggered, this, &FollowupsPanel::addFollowup);
    connect(m_edit, &QAction::triggered, this, &FollowupsPanel::editSelected);
    connect(m_done, &QAction::triggered, this, &FollowupsPanel::toggleDone);
    connect(m_delete, &QAction::triggered, this, &FollowupsPanel::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &FollowupsPanel::editSelected);

    const auto button = [this](const QString &text, const QString &tip, QAction *action, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false); // Enter in a dialog around the panel stays with its Save
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, b, &QWidget::setEnabled);
        return b;
    };
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followupsSummaryLabel"));
    m_doneButton =
        button(tr("Mark D&one"), tr("Mark the chosen follow-up done (Space)"), m_done, "toggleFollowupDoneButton");
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(button(tr("&New…"), tr("Add a follow-up: a day and a note (Insert)"), m_new, "newFollowupButton"));
    bar->addWidget(button(tr("Ed&it…"), tr("Change the chosen follow-up's day, note or owner (Enter)"), m_edit,
                          "editFollowupButton"));
    bar->addWidget(m_doneButton);
    bar->addWidget(button(tr("&Delete"), m_delete->toolTip(), m_delete, "deleteFollowupButton"));

    m_message = new WrappingLabel(this);
    m_message->setObjectName(QStringLiteral("followupsMessageLabel"));
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_message, &QLabel::linkActivated, this, &FollowupsPanel::undoLast);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // The row the keyboard lands on (focus selects none) is the one the buttons act on: show it.
                if (current.isValid() && !m_table->selectionModel()->hasSelection())
                    m_table->selectionModel()->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                updateState();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowupsPanel::updateState);
    if (m_history) {
        // Names shown in the list change with their records; a follow-up goes with its record.
        connect(&m_history->workspace(), &Workspace::changed, this, [this](const QStringList &kinds) {
            static const QStringList shown = {QStringLiteral("followups"),    QStringLiteral("creators"),
                                              QStringLiteral("brands"),       QStringLiteral("campaigns"),
                                              QStringLiteral("participants"), QStringLiteral("managers")};
            for (const QString &kind : kinds)
                if (shown.contains(kind))
                    return reload();
        });
        // The Undo link stands for this panel's step only while it is the last one.
        connect(m_history->stack(), &QUndoStack::indexChanged, this, [this](int index) {
            if (index != m_undoIndex && m_undoIndex >= 0) {
                m_undoIndex = -1;
                m_message->setText(m_lastMessage.toHtmlEscaped());
            }
        });
    }
    reload();
}

QAbstractItemModel *FollowupsPanel::model() const
{
    return m_model;
}

void FollowupsPanel::setRecord(qint64 id, const QString &label)
{
    const bool other = id != m_id;
    m_id = id;
    m_label = label;
    if (other) {
        m_message->clear();
        m_lastMessage.clear();
        m_undoIndex = -1;
    }
    reload();
}

int FollowupsPanel::openCount() const
{
    return m_model->openCount();
}

QString FollowupsPanel::summary() const
{
    return m_summary->text();
}

void FollowupsPanel::reload()
{
    const Followup *before = selected();
    const qint64 keptId = before ? before->id : 0;
    const int keptRow = m_table->currentIndex().row();
    QList<Followup> rows;
    QString error;
    if (m_history && m_id != 0) {
        QSqlDatabase db = m_history->workspace().db();
        FollowupFilter filter;
        filter.about = m_about;
        filter.recordId = m_id;
        filter.withDeals = true; // a creator's or campaign's tab lists its deals' follow-ups too
        if (auto list = FollowupService::list(db, filter))
            rows = list.value();
        else
            error = list.error();
    }
    m_model->setRows(rows, Clock::today());
    // The same follow-up stays chosen; when it went, the one that took its place.
    int row = keptId ? m_model->rowOf(keptId) : -1;
    if (row < 0 && keptRow >= 0 && m_model->rowCount() > 0)
        row = std::min(keptRow, m_model->rowCount() - 1);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, FollowupListModel::Note));

    const int open = m_model->openCount(), late = m_model->lateCount();
    const int done = m_model->rowCount() - open;
    if (!error.isEmpty()) {
        m_summary->setText(tr("The follow-ups could not be read: %1").arg(error));
    } else if (m_model->rowCount() == 0) {
        m_summary->clear();
    } else {
        QString text = tr("%n open", nullptr, open);
        if (late > 0)
            text = tr("%1, %n late", nullptr, late).arg(text);
        if (done > 0)
            text = tr("%1 · %n done", nullptr, done).arg(text);
        m_summary->setText(text);
    }
    QString empty;
    if (m_id == 0)
        empty = m_about == FollowupAbout::Campaign ? tr("Choose a campaign to see its follow-ups.") : QString();
    else if (m_model->rowCount() == 0)
        empty = m_about == FollowupAbout::Campaign
                    ? tr("No follow-ups on this campaign or its creators yet.\nNew… (Insert) adds a dated note: "
                         "a brief to chase, a result to ask for.")
                    : tr("No follow-ups yet.\nNew… (Insert) adds a dated note: a call to make, a reply to chase.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    updateState();
    emit openCountChanged(open);
}

const Followup *FollowupsPanel::selected() const
{
    // The selected row, else the one the keyboard is on (the list gives it the focus without
    // selecting it), so Space and Delete work as soon as the list has the focus.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return m_model->at(rows.isEmpty() ? m_table->currentIndex().row() : rows.first().row());
}

void FollowupsPanel::updateState()
{
    const bool writable = m_history && !m_history->workspace().isReadOnly();
    const Followup *f = selected();
    m_new->setEnabled(writable && m_id != 0);
    m_edit->setEnabled(m_history && f);
    m_delete->setEnabled(writable && f);
    const bool reopen = f && f->input.doneOn.isValid();
    m_done->setEnabled(writable && f);
    m_done->setText(reopen ? tr("Re&open") : tr("Mark D&one"));
    m_doneButton->setText(m_done->text());
    m_doneButton->setToolTip(reopen ? tr("Open the chosen follow-up again (Space)")
                                    : tr("Mark the chosen follow-up done today (Space)"));
}

bool FollowupsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Taking the shortcut first (ShortcutOverride) keeps the window's Ctrl+N and Delete and the
    // dialog's default button from acting while the list has the focus.
    if (watched == m_table && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())));
        for (QAction *a : {m_new, m_edit, m_done, m_delete})
            if (a->shortcuts().contains(pressed)) {
                event->accept();
                if (event->type() == QEvent::KeyPress && a->isEnabled())
                    a->trigger();
                return true;
            }
    }
    return QWidget::eventFilter(watched, event);
}

void FollowupsPanel::tell(const QString &message, bool undoable)
{
    m_lastMessage = message;
    m_undoIndex = undoable && m_history ? m_history->stack()->index() : -1;
    // A panel inside a dialog has no Edit menu within reach: the Undo link is the way back.
    m_message->setText(undoable ? tr("%1 <a href=\"undo\">Undo</a>").arg(message.toHtmlEscaped())
                                : message.toHtmlEscaped());
}

void FollowupsPanel::undoLast()
{
    if (!m_history || m_undoIndex < 0 || m_history->stack()->index() != m_undoIndex)
        return;
    const QString step = m_history->stack()->undoText();
    m_history->stack()->undo();
    tell(tr("Undone: %1.").arg(step), false);
}

void FollowupsPanel::addFollowup()
{
    if (!m_history || m_id == 0 || m_history->workspace().isReadOnly())
        return;
    FollowupInput initial;
    initial.about = m_about;
    initial.recordId = m_id;
    FollowupDialog dialog(*m_history, 0, initial, m_label, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const int row = m_model->rowOf(dialog.followupId()); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, FollowupListModel::Note));
    tell(tr("Added “%1”, due %2.")
             .arg(FollowupDialog::shortNote(dialog.noteEdit()->toPlainText()), displayDate(dialog.dueEdit()->date())),
         true);
}

void FollowupsPanel::editSelected()
{
    const Followup *found = selected();
    if (!m_history || !found)
        return;
    const Followup f = *found; // the list reloads under us once the edit commits
    FollowupDialog dialog(*m_history, f.id, f.input, FollowupDialog::describe(f), this);
    if (dialog.exec() == QDialog::Accepted)
        tell(tr("Saved “%1”.").arg(FollowupDialog::shortNote(dialog.noteEdit()->toPlainText())), true);
}

void FollowupsPanel::toggleDone()
{
    const Followup *found = selected();
    if (!m_history || !found || m_history->workspace().isReadOnly())
        return;
    const Followup f = *found;
    const bool reopen = f.input.doneOn.isValid();
    const QString note = FollowupDialog::shortNote(f.input.note);
    auto done =
        m_history->edit(RecordImage::Kind::Followup, f.id,
                        reopen ? tr("Reopen follow-up: %1").arg(note) : tr("Follow-up done: %1").arg(note),
                        [&](Transaction &tx) -> Result<qint64> {
                            if (Status s = FollowupService::setDone(tx, f.id, reopen ? QDate() : Clock::today()); !s)
                                return fail(s.error());
                            return f.id;
                        });
    if (!done)
        return ask::warn(this, reopen ? tr("Reopen") : tr("Mark Done"), done.error());
    tell(reopen ? tr("Reopened “%1”.").arg(note) : tr("Marked “%1” done.").arg(note), true);
}

void FollowupsPanel::deleteSelected()
{
    const Followup *found = selected();
    if (!m_history || !found || m_history->workspace().isReadOnly())
        return;
    const Followup f = *found;
    const QString note = FollowupDialog::shortNote(f.input.note);
    auto done = m_history->edit(RecordImage::Kind::Followup, f.id, tr("Delete follow-up: %1").arg(note),
                                [&](Transaction &tx) -> Result<qint64> {
                                    if (Status s = FollowupService::erase(tx, f.id); !s)
                                        return fail(s.error());
                                    return f.id;
                                });
    if (!done)
        return ask::warn(this, tr("Delete Follow-up"), done.error());
    tell(tr("Deleted “%1”.").arg(note), true);
}

} // namespace cd

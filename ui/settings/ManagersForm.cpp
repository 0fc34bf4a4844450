#include "ManagersForm.h"

#include "common/Names.h"
#include "desk/Managers.h"
#include "desk/MyCreators.h"
#include "desk/TeamRoles.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "main/PageParts.h"
#include "storage/Workspace.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

// The managers as listed by ManagerService::list, one row each. Small (a workspace has a handful
// of managers), so it is loaded whole.
class ManagerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Email,
        SignsInAs, // shown for a server workspace only
        Creators,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setManagers(QList<Manager> managers)
    {
        beginResetModel();
        m_managers = std::move(managers);
        endResetModel();
    }
    const QList<Manager> &managers() const { return m_managers; }
    const Manager *byId(qint64 id) const
    {
        for (const Manager &m : m_managers)
            if (m.id == id)
                return &m;
        return nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_managers.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Manager &m = m_managers.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name:
                return m.name;
            case Email:
                return m.email;
            case SignsInAs:
                return m.role;
            case Creators:
                return QLocale().toString(m.creators);
            }
            break;
        case Qt::ToolTipRole:
            // A narrow column elides; the whole value shows on hover.
            if (index.column() == Name)
                return m.name;
            if (index.column() == Email && !m.email.isEmpty())
                return m.email;
            break;
        case Qt::TextAlignmentRole:
            if (index.column() == Creators)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case IdRole:
            return m.id;
        case SortRole:
            switch (index.column()) {
            case Name:
                return m.name;
            case Email:
                return m.email;
            case SignsInAs:
                return m.role;
            case Creators:
                return m.creators;
            }
            break;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::DisplayRole) {
            switch (section) {
            case Name:
                return tr("Name");
            case Email:
                return tr("Email");
            case SignsInAs:
                return tr("Signs In As");
            case Creators:
                return tr("Creators");
            }
        }
        if (role == Qt::TextAlignmentRole && section == Creators)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

private:
    QList<Manager> m_managers;
};

namespace {
QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

ManagersForm::ManagersForm(Workspace &workspace, MyCreators *myCreators, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_myCreators(myCreators)
{
    setObjectName(QStringLiteral("managersForm"));
    auto *intro = hint(tr("The people who look after creators. Each creator has at most one manager, chosen on the "
                          "creator's Profile tab. Changes on this tab are saved as you make them."),
                       this);

    m_model = new ManagerListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManagerListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("managersTableView"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table, tr("Managers"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->sortByColumn(ManagerListModel::Name, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ManagerListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(ManagerListModel::Email, QHeaderView::Stretch);
    header->setSectionResizeMode(ManagerListModel::SignsInAs, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ManagerListModel::Creators, QHeaderView::ResizeToContents);
    // Signing in as someone is a server's matter: a file is opened by one person at a time.
    m_table->setColumnHidden(ManagerListModel::SignsInAs, !m_workspace.isServer());

    // The empty state sits inside the list, so the list keeps its place (and its shortcuts).
    m_empty = hint(tr("No managers yet. Add one (Ctrl+N), or type a manager's name on a creator's Profile tab."),
                   m_table->viewport());
    m_empty->setObjectName(QStringLiteral("managersEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);

    // Shortcuts belong to the list: Ctrl+N and Delete mean other things elsewhere in the dialog.
    m_add = new QAction(tr("&Add Manager…"), this);
    m_add->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_edit = new QAction(tr("&Edit Manager…"), this);
    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_remove = new QAction(tr("&Remove Manager…"), this);
    m_remove->setShortcut(QKeySequence(Qt::Key_Delete));
    for (QAction *a : {m_add, m_edit, m_remove})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addActions({m_add, m_edit, m_remove});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_add, &QAction::triggered, this, &ManagersForm::addManager);
    connect(m_edit, &QAction::triggered, this, &ManagersForm::editSelected);
    connect(m_remove, &QAction::triggered, this, &ManagersForm::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ManagersForm::editSelected);

    const auto button = [this](const QString &text, const QString &tip, QAction *action, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false); // Enter in the dialog stays with Save
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, b, &QWidget::setEnabled);
        return b;
    };
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(button(tr("&Add…"), tr("Add a manager (Ctrl+N)"), m_add, "addManagerButton"));
    buttons->addWidget(button(tr("&Edit…"), tr("Rename the selected manager or change their email (F2)"), m_edit,
                              "editManagerButton"));
    buttons->addWidget(button(tr("&Remove…"), tr("Remove the selected manager; their creators are kept (Delete)"),
                              m_remove, "removeManagerButton"));
    buttons->addStretch();
    auto *list = new QHBoxLayout;
    list->addWidget(m_table, 1);
    list->addLayout(buttons);

    auto *meGroup = new QGroupBox(tr("This computer"), this);
    auto *meForm = new QFormLayout(meGroup);
    m_me = new QComboBox(this);
    m_me->setObjectName(QStringLiteral("meComboBox"));
    m_me->setAccessibleName(tr("Me on this computer"));
    m_me->setMinimumContentsLength(24);
    m_me->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *meRow = new QHBoxLayout;
    meRow->addWidget(m_me);
    meRow->addStretch();
    meForm->addRow(tr("Me on this &computer:"), meRow);
    if (auto *label = qobject_cast<QLabel *>(meForm->labelForField(meRow)))
        labelField(label, m_me);
    meForm->addRow(
        hint(tr("Lists can show only your creators (View > My Creators). This choice stays on this computer."), this));
    meGroup->setVisible(m_myCreators != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(list, 1);
    layout->addWidget(meGroup);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ManagersForm::updateActions);
    connect(m_me, &QComboBox::currentIndexChanged, this, [this] {
        if (m_fillingMe || !m_myCreators)
            return;
        // MyCreators answers with changed(); the combo already shows the choice, and refilling it
        // inside its own signal would pull the items from under the popup.
        m_fillingMe = true;
        m_myCreators->setMe(m_me->currentData().toLongLong());
        m_fillingMe = false;
    });
    if (m_myCreators)
        connect(m_myCreators, &MyCreators::changed, this, &ManagersForm::fillMe);
    // Creators moving between managers change the counts, so both kinds reload.
    connect(&m_workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
        if (kinds.contains(QLatin1String("managers")) || kinds.contains(QLatin1String("creators")))
            reload();
    });
    reload();
}

QAbstractItemModel *ManagersForm::model() const
{
    return m_model;
}

void ManagersForm::reload()
{
    const qint64 kept = selectedId();
    const int keptRow = m_table->selectionModel()->hasSelection() ? m_table->currentIndex().row() : 0;
    QSqlDatabase db = m_workspace.db();
    auto managers = ManagerService::list(db);
    if (!managers) {
        // The list stays as it was; the reason is said where the list is.
        m_empty->setText(asSentence(managers.error()));
        m_empty->setVisible(m_model->rowCount() == 0);
        return;
    }
    m_model->setManagers(managers.value());
    m_empty->setVisible(m_model->rowCount() == 0);
    // The same manager stays selected; when it is gone, its neighbour, so Delete can go on.
    if (!selectManager(kept) && m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(std::min(keptRow, m_proxy->rowCount() - 1), 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    fillMe();
}

qint64 ManagersForm::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ManagerListModel::IdRole).toLongLong();
}

bool ManagersForm::selectManager(qint64 id)
{
    return id != 0 && selectRecord(m_table, ManagerListModel::IdRole, id);
}

void ManagersForm::updateActions()
{
    const bool writable = !m_workspace.isReadOnly();
    const bool chosen = selectedId() != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && chosen);
    m_remove->setEnabled(writable && chosen);
}

void ManagersForm::fillMe()
{
    if (!m_myCreators || m_fillingMe)
        return;
    m_fillingMe = true;
    m_me->clear();
    m_me->addItem(tr("None"), qint64(0));
    for (const Manager &m : m_model->managers())
        m_me->addItem(m.name, m.id);
    m_me->setCurrentIndex(std::max(0, m_me->findData(m_myCreators->me())));
    m_fillingMe = false;
}

void ManagersForm::addManager()
{
    if (!m_workspace.isReadOnly())
        openEditor(0);
}

void ManagersForm::editSelected()
{
    if (const qint64 id = selectedId(); id && !m_workspace.isReadOnly())
        openEditor(id);
}

void ManagersForm::openEditor(qint64 id)
{
    const Manager *manager = m_model->byId(id);
    if (id && !manager)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("managerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(manager ? tr("Edit Manager — %1").arg(manager->name) : tr("New Manager"));
    dialog->setMinimumWidth(380);
    auto *name = new QLineEdit(manager ? manager->name : QString(), dialog);
    name->setObjectName(QStringLiteral("managerNameLineEdit"));
    name->setPlaceholderText(tr("e.g. Dewi Lestari"));
    auto *email = new QLineEdit(manager ? manager->email : QString(), dialog);
    email->setObjectName(QStringLiteral("managerEmailLineEdit"));
    email->setPlaceholderText(tr("optional, e.g. dewi@kreasi.id"));
    QLabel *message = makeFieldMessage(dialog);
    message->setObjectName(QStringLiteral("managerMessageLabel"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Email:"), email);
    // On a server: the database role the manager signs in with, which gives them their rights
    // (changing their own creators' records) through team::setUp, as `server init-roles` does.
    QLineEdit *role = nullptr;
    if (m_workspace.isServer()) {
        role = new QLineEdit(manager ? manager->role : QString(), dialog);
        role->setObjectName(QStringLiteral("managerRoleLineEdit"));
        role->setPlaceholderText(tr("their database role, e.g. rina"));
        role->setToolTip(tr("The role this manager signs in to the server with. They then change their own "
                            "creators' records and read the rest. Setting it takes the workspace's owner or a "
                            "superuser."));
        form->addRow(tr("Signs in &as:"), role);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(manager ? tr("Save") : tr("Add"));
    ok->setEnabled(!cleanName(name->text()).isEmpty());
    connect(name, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!cleanName(text).isEmpty()); });
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Written on OK; a refusal (a name already used, a malformed email) keeps the dialog and the
    // typing, and says what to change.
    const QString roleBefore = manager ? manager->role : QString();
    // The manager the dialog is about: a new one is added on the first OK, so that when the server
    // then refuses the role, the next OK saves that same manager again instead of adding another.
    auto current = std::make_shared<qint64>(id);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        const QString roleAfter = role ? role->text().trimmed() : roleBefore;
        if (roleAfter.isEmpty() && !roleBefore.isEmpty()) {
            showFieldMessage(message, tr("A manager keeps the role they sign in as; to take it away, drop or rename "
                                         "the role on the server (DROP ROLE %1)")
                                          .arg(roleBefore));
            return;
        }
        ManagerService service(m_workspace);
        const bool adding = *current == 0;
        Status saved;
        if (!adding) {
            saved = service.update(*current, name->text(), email->text());
        } else if (auto added = service.add(name->text(), email->text())) {
            *current = added.value();
        } else {
            saved = fail(added.error());
        }
        if (!saved) {
            showFieldMessage(message, saved.error());
            return;
        }
        selectManager(*current);
        if (roleAfter != roleBefore) {
            // Its own transaction: the name and email above are kept even when the server refuses
            // this (a role it lacks, someone without the right to give rights).
            QSqlDatabase db = m_workspace.db();
            team::Setup setup;
            setup.managers = {{ManagerService::nameOf(db, *current), roleAfter}};
            if (auto done = team::setUp(m_workspace, setup); !done) {
                showFieldMessage(message,
                                 adding ? tr("The manager is added; the role is not: %1").arg(done.error())
                                        : tr("The name and email are saved; the role is not: %1").arg(done.error()));
                return;
            }
        }
        dialog->accept();
    });
    dialog->open();
}

void ManagersForm::removeSelected()
{
    const Manager *found = m_model->byId(selectedId());
    if (!found || m_workspace.isReadOnly())
        return;
    const Manager manager = *found; // the list reloads under us once removed
    QString text = manager.creators ? tr("%1 manages %n creator(s). They will have no manager; nothing else changes.",
                                         nullptr, manager.creators)
                                          .arg(manager.name)
                                    : tr("%1 manages no creators. Nothing else changes.").arg(manager.name);
    const bool isMe = m_myCreators && m_myCreators->me() == manager.id;
    if (isMe)
        text += QLatin1Char(' ') + tr("They are also \"me\" on this computer; that choice is cleared.");
    text += QStringLiteral("\n\n") + tr("Removing a manager cannot be undone.");
    if (ask::question(this, tr("Remove Manager"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                      {{QMessageBox::Yes, tr("Remove")}}) != QMessageBox::Yes)
        return;
    // Cleared first: MyCreators forgets a deleted "me" only for this session, and SQLite may give
    // the next new manager the same id.
    if (isMe)
        m_myCreators->setMe(0);
    if (const Status removed = ManagerService(m_workspace).remove(manager.id); !removed) {
        if (isMe)
            m_myCreators->setMe(manager.id);
        ask::warn(this, tr("Manager Not Removed"), removed.error());
    }
}

} // namespace cd

#include "ManagersForm.moc"

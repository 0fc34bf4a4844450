#include "UiTestSupport.h"

#include "ServerDatabase.h"
#include "creators/CreatorEditor.h"
#include "desk/Managers.h"
#include "desk/MyCreators.h"
#include "main/Ask.h"
#include "services/CreatorProfile.h"
#include "services/CreatorService.h"
#include "settings/ManagersForm.h"
#include "settings/SettingsDialog.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace cd;
using cd::test::Window;

namespace {
// The fixture's one manager: Dewi Lestari, who manages Rina Wijaya and Budi Santoso.
qint64 dewi(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    const auto id = ManagerService::findByName(db, QStringLiteral("Dewi Lestari"));
    REQUIRE(id.has_value());
    return *id;
}

// The row the list shows `name` in, or -1.
int rowOf(ManagersForm *form, const QString &name)
{
    QAbstractItemModel *m = form->table()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, 0).data().toString() == name)
            return row;
    return -1;
}

QString cell(ManagersForm *form, const QString &name, int column)
{
    const int row = rowOf(form, name);
    REQUIRE(row >= 0);
    return form->table()->model()->index(row, column).data().toString();
}

// The add/edit dialog the form has open (closed ones linger until deleted).
QDialog *managerDialog(ManagersForm *form)
{
    for (QDialog *d : form->findChildren<QDialog *>(QStringLiteral("managerDialog")))
        if (d->isVisible())
            return d;
    return nullptr;
}

void type(QDialog *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    REQUIRE(edit != nullptr);
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString dialogMessage(QDialog *dialog)
{
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("managerMessageLabel"));
    return message->isHidden() ? QString() : message->text();
}

// The Settings dialog shown and active with the managers list focused, as a person would have it
// before pressing keys.
void focusList(SettingsDialog &dialog)
{
    dialog.show();
    dialog.tabs()->setCurrentWidget(dialog.managersForm());
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.managersForm()->table()->setFocus();
    REQUIRE(dialog.managersForm()->table()->hasFocus());
}
} // namespace

TEST_CASE(
    "the Managers tab lists each manager with their creators and adds, renames and removes them from the keyboard",
    "[managers]")
{
    Window w;
    SettingsDialog dialog(*w.ws, w.window.get(), w.window->myCreators());
    ManagersForm *form = dialog.managersForm();
    QAbstractItemModelTester tester(form->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.tabs()->indexOf(form) == dialog.tabs()->count() - 1);
    CHECK(dialog.tabs()->tabText(dialog.tabs()->indexOf(form)) == QStringLiteral("Ma&nagers"));
    // Restore Defaults puts back the General and Money settings: not offered on the managers' tab.
    QPushButton *defaults = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults);
    CHECK(defaults->isEnabled());
    dialog.tabs()->setCurrentWidget(form);
    CHECK_FALSE(defaults->isEnabled());
    dialog.tabs()->setCurrentIndex(0);
    CHECK(defaults->isEnabled());

    REQUIRE(form->table()->model()->rowCount() == 1);
    CHECK(cell(form, QStringLiteral("Dewi Lestari"), 3) == QStringLiteral("2"));
    CHECK(form->table()->model()->index(0, 3).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(form->findChild<QLabel *>(QStringLiteral("managersEmptyLabel"))->isHidden());
    CHECK(form->selectedId() == dewi(*w.ws)); // the list starts with a manager chosen, ready for keys

    // Ctrl+N in the list: a new manager; a malformed email is explained in the dialog, which stays.
    focusList(dialog);
    QTest::keyClick(form->table(), Qt::Key_N, Qt::ControlModifier);
    QDialog *add = managerDialog(form);
    REQUIRE(add != nullptr);
    CHECK(add->windowTitle() == QStringLiteral("New Manager"));
    CHECK_FALSE(okButton(add)->isEnabled()); // no name yet
    type(add, "managerNameLineEdit", QStringLiteral("  Sari   Pratama "));
    type(add, "managerEmailLineEdit", QStringLiteral("sari@"));
    REQUIRE(okButton(add)->isEnabled());
    okButton(add)->click();
    CHECK(add->isVisible());
    CHECK(dialogMessage(add).contains(QStringLiteral("email")));
    CHECK(rowOf(form, QStringLiteral("Sari Pratama")) == -1);
    type(add, "managerEmailLineEdit", QStringLiteral("sari@kreasi.id"));
    okButton(add)->click();
    CHECK_FALSE(add->isVisible());
    REQUIRE(rowOf(form, QStringLiteral("Sari Pratama")) >= 0);
    CHECK(cell(form, QStringLiteral("Sari Pratama"), 1) == QStringLiteral("sari@kreasi.id"));
    CHECK(cell(form, QStringLiteral("Sari Pratama"), 3) == QStringLiteral("0"));
    QSqlDatabase db = w.ws->db();
    const auto sari = ManagerService::findByName(db, QStringLiteral("sari pratama"));
    REQUIRE(sari.has_value());
    CHECK(form->selectedId() == *sari); // the new manager is the one chosen

    // Insert adds too; a name already used is refused in the dialog, and nothing is written.
    focusList(dialog);
    QTest::keyClick(form->table(), Qt::Key_Insert);
    QDialog *again = managerDialog(form);
    REQUIRE(again != nullptr);
    type(again, "managerNameLineEdit", QStringLiteral("dewi LESTARI"));
    okButton(again)->click();
    CHECK(dialogMessage(again) == QStringLiteral("A manager named 'Dewi Lestari' already exists; manager names must be "
                                                 "unique (ignoring case and spaces)."));
    again->reject();
    CHECK(form->table()->model()->rowCount() == 2);

    // F2 renames the chosen manager, keeping their id; Enter opens the same dialog.
    focusList(dialog);
    QTest::keyClick(form->table(), Qt::Key_F2);
    QDialog *edit = managerDialog(form);
    REQUIRE(edit != nullptr);
    CHECK(edit->windowTitle() == QStringLiteral("Edit Manager — Sari Pratama"));
    CHECK(edit->findChild<QLineEdit *>(QStringLiteral("managerEmailLineEdit"))->text() ==
          QStringLiteral("sari@kreasi.id"));
    type(edit, "managerNameLineEdit", QStringLiteral("Sari Pratama Wijaya"));
    okButton(edit)->click();
    CHECK_FALSE(edit->isVisible());
    CHECK(rowOf(form, QStringLiteral("Sari Pratama")) == -1);
    CHECK(ManagerService::nameOf(db, *sari) == QStringLiteral("Sari Pratama Wijaya"));
    CHECK(form->selectedId() == *sari);
    focusList(dialog);
    QTest::keyClick(form->table(), Qt::Key_Return);
    REQUIRE(managerDialog(form) != nullptr);
    managerDialog(form)->reject();

    // Delete asks first, saying how many creators lose their manager; Cancel keeps everything.
    REQUIRE(form->selectManager(dewi(*w.ws)));
    focusList(dialog);
    ask::setAnswerForTests(QMessageBox::Cancel);
    QTest::keyClick(form->table(), Qt::Key_Delete);
    CHECK(ask::lastText().startsWith(QStringLiteral("Dewi Lestari manages 2 creator")));
    CHECK(ask::lastText().contains(QStringLiteral(". They will have no manager; nothing else changes.")));
    CHECK(form->table()->model()->rowCount() == 2);
    ask::setAnswerForTests(QMessageBox::Yes);
    QTest::keyClick(form->table(), Qt::Key_Delete);
    CHECK(rowOf(form, QStringLiteral("Dewi Lestari")) == -1);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM creators")).toInt() == 3);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM creators WHERE manager_id IS NOT NULL")).toInt() == 0);
    CHECK(form->selectedId() == *sari); // the neighbour is chosen, so Delete can go on

    // A manager without creators is said to have none.
    QTest::keyClick(form->table(), Qt::Key_Delete);
    CHECK(ask::lastText().startsWith(QStringLiteral("Sari Pratama Wijaya manages no creators. Nothing else changes.")));
    CHECK(form->table()->model()->rowCount() == 0);
    CHECK_FALSE(form->findChild<QLabel *>(QStringLiteral("managersEmptyLabel"))->isHidden());
    CHECK_FALSE(form->editManagerAction()->isEnabled());
    CHECK_FALSE(form->removeManagerAction()->isEnabled());
}

TEST_CASE("Me chosen on the Managers tab is this computer's choice and is cleared when that manager is removed",
          "[managers]")
{
    Window w;
    MyCreators *mine = w.window->myCreators();
    REQUIRE(mine != nullptr);
    REQUIRE(mine->me() == 0);
    const qint64 dewiId = dewi(*w.ws);

    // Without a MyCreators (another caller), the choice is not offered.
    {
        SettingsDialog plain(*w.ws);
        CHECK_FALSE(plain.managersForm()->meComboBox()->isVisibleTo(plain.managersForm()));
    }

    SettingsDialog dialog(*w.ws, w.window.get(), mine);
    QComboBox *me = dialog.managersForm()->meComboBox();
    CHECK(me->isVisibleTo(dialog.managersForm()));
    REQUIRE(me->count() == 2);
    CHECK(me->itemText(0) == QStringLiteral("None"));
    CHECK(me->currentIndex() == 0);
    me->setCurrentIndex(me->findText(QStringLiteral("Dewi Lestari")));
    CHECK(mine->me() == dewiId);
    // Kept for this computer: a new session on the same workspace starts as Dewi.
    CHECK(MyCreators(w.ws).me() == dewiId);

    // A manager added elsewhere appears in the choice at once.
    REQUIRE(ManagerService(*w.ws).add(QStringLiteral("Andi Wirawan"), QString()).ok());
    CHECK(me->count() == 3);
    CHECK(me->currentText() == QStringLiteral("Dewi Lestari"));

    // Removing "me" says so, and no later session takes the removed id for me.
    ManagersForm *form = dialog.managersForm();
    REQUIRE(form->selectManager(dewiId));
    form->removeSelected();
    CHECK(ask::lastText().contains(QStringLiteral("They are also \"me\" on this computer; that choice is cleared.")));
    CHECK(mine->me() == 0);
    CHECK(me->currentText() == QStringLiteral("None"));
    CHECK(MyCreators(w.ws).me() == 0);
}

TEST_CASE("the creator profile offers the workspace's managers and a new name becomes a manager on save", "[managers]")
{
    Window w;
    ManagersForm form(*w.ws, nullptr);
    const qint64 alex = 2; // no manager in the fixture
    CreatorEditor editor(*w.window->history(), alex, CreatorProfileService(*w.ws).load(alex).value(), w.window.get());
    editor.show();
    auto *manager = editor.findChild<QLineEdit *>(QStringLiteral("creatorManagerLineEdit"));
    auto *hint = editor.findChild<QLabel *>(QStringLiteral("creatorManagerHintLabel"));
    REQUIRE(manager != nullptr);
    REQUIRE(hint != nullptr);
    CHECK(manager->placeholderText() == QStringLiteral("Pick a manager or type a new name"));
    CHECK(hint->isHidden());

    // Any part of the name, in any case, finds the manager.
    QCompleter *completer = manager->completer();
    REQUIRE(completer != nullptr);
    QTest::keyClicks(manager, QStringLiteral("LEST"));
    CHECK(completer->completionPrefix() == QStringLiteral("LEST"));
    REQUIRE(completer->completionModel()->rowCount() == 1);
    CHECK(completer->completionModel()->index(0, 0).data().toString() == QStringLiteral("Dewi Lestari"));
    // An existing manager, however spelled, is not new.
    manager->setText(QStringLiteral("dewi   LESTARI"));
    CHECK(hint->isHidden());

    manager->setText(QStringLiteral("Putri Ananda"));
    CHECK_FALSE(hint->isHidden());
    CHECK(hint->text() == QStringLiteral("New manager: will be added to Settings > Managers."));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty()); // news, not a problem
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);

    QSqlDatabase db = w.ws->db();
    const auto putri = ManagerService::findByName(db, QStringLiteral("Putri Ananda"));
    REQUIRE(putri.has_value());
    CHECK(w.scalar(QStringLiteral("SELECT manager_id FROM creators WHERE id = ?"), {alex}).toLongLong() == *putri);
    CHECK(CreatorService(*w.ws).load(alex)->manager == QStringLiteral("Putri Ananda"));
    // The Managers tab follows: Putri with her one creator.
    CHECK(cell(&form, QStringLiteral("Putri Ananda"), 3) == QStringLiteral("1"));

    // The next editor offers her too.
    CreatorEditor next(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    auto *nextManager = next.findChild<QLineEdit *>(QStringLiteral("creatorManagerLineEdit"));
    CHECK(nextManager->text() == QStringLiteral("Dewi Lestari"));
    next.show();
    nextManager->clear();
    QTest::keyClicks(nextManager, QStringLiteral("an"));
    QStringList offered;
    for (int row = 0; row < nextManager->completer()->completionModel()->rowCount(); ++row)
        offered << nextManager->completer()->completionModel()->index(row, 0).data().toString();
    CHECK(offered == QStringList{QStringLiteral("Putri Ananda")});
}

TEST_CASE("on a server the Managers tab shows and sets the role each manager signs in as", "[managers][postgresql]")
{
    test::ServerDatabase server;
    Workspace::Options made;
    made.create = true;
    auto opened = Workspace::open(server.address(), made);
    REQUIRE(opened.ok());
    std::unique_ptr<Workspace> ws = std::move(opened).value();
    REQUIRE(ManagerService(*ws).add(QStringLiteral("Rina Wijaya"), QString()).ok());
    const QString rinasRole = QStringLiteral("cd_test_managers_rina");
    (void)server.addressAs(rinasRole, test::ServerDatabase::Rights::Given); // the server has the role

    ManagersForm form(*ws, nullptr);
    QAbstractItemModelTester tester(form.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    form.show();
    CHECK_FALSE(form.table()->isColumnHidden(2));
    CHECK(form.table()->model()->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Signs In As"));
    CHECK(cell(&form, QStringLiteral("Rina Wijaya"), 2).isEmpty());

    // A role the server lacks is refused in the dialog, which stays; nothing is recorded.
    QSqlDatabase db = ws->db();
    REQUIRE(form.selectManager(ManagerService::findByName(db, QStringLiteral("Rina Wijaya")).value_or(0)));
    form.editSelected();
    QDialog *edit = managerDialog(&form);
    REQUIRE(edit != nullptr);
    type(edit, "managerRoleLineEdit", QStringLiteral("cd_test_nobody"));
    okButton(edit)->click();
    CHECK(edit->isVisible());
    CHECK(dialogMessage(edit) == QStringLiteral("The name and email are saved; the role is not: the server has no "
                                                "role cd_test_nobody; make it first (createuser --pwprompt "
                                                "cd_test_nobody)."));
    CHECK(cell(&form, QStringLiteral("Rina Wijaya"), 2).isEmpty());

    // Her own role: recorded, shown, and she is made a manager on the server (team::setUp).
    type(edit, "managerRoleLineEdit", rinasRole);
    okButton(edit)->click();
    CHECK_FALSE(edit->isVisible());
    CHECK(cell(&form, QStringLiteral("Rina Wijaya"), 2) == rinasRole);
    auto member = sql::scalar(db, QStringLiteral("SELECT pg_has_role(?, 'collabdesk_manager', 'MEMBER')"), {rinasRole});
    REQUIRE(member.ok());
    CHECK(member->toBool());

    // Emptying it is explained, not done: the role is the server's to take away.
    form.editSelected();
    QDialog *clear = managerDialog(&form);
    REQUIRE(clear != nullptr);
    CHECK(clear->findChild<QLineEdit *>(QStringLiteral("managerRoleLineEdit"))->text() == rinasRole);
    type(clear, "managerRoleLineEdit", QString());
    okButton(clear)->click();
    CHECK(clear->isVisible());
    CHECK(dialogMessage(clear).startsWith(QStringLiteral("A manager keeps the role they sign in as")));
    clear->reject();
    CHECK(cell(&form, QStringLiteral("Rina Wijaya"), 2) == rinasRole);

    // A new manager given a role in the same dialog; a refusal of the role keeps the one added,
    // and the next OK saves that same manager instead of adding another.
    form.addManager();
    QDialog *add = managerDialog(&form);
    REQUIRE(add != nullptr);
    type(add, "managerNameLineEdit", QStringLiteral("Budi Santoso"));
    type(add, "managerRoleLineEdit", rinasRole);
    okButton(add)->click();
    CHECK(dialogMessage(add) == QStringLiteral("The manager is added; the role is not: the role cd_test_managers_rina "
                                               "already belongs to the manager Rina Wijaya."));
    type(add, "managerRoleLineEdit", QString());
    okButton(add)->click();
    CHECK_FALSE(add->isVisible());
    CHECK(form.table()->model()->rowCount() == 2);
    CHECK(cell(&form, QStringLiteral("Budi Santoso"), 2).isEmpty());
}

TEST_CASE("a file's Managers tab has no sign-in roles", "[managers]")
{
    Window w;
    ManagersForm form(*w.ws, nullptr);
    CHECK(form.table()->isColumnHidden(2));
    form.editSelected();
    QDialog *edit = managerDialog(&form);
    REQUIRE(edit != nullptr);
    CHECK(edit->findChild<QLineEdit *>(QStringLiteral("managerRoleLineEdit")) == nullptr);
    edit->reject();
}

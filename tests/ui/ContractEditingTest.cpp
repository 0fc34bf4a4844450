#include "UiTestSupport.h"

#include "common/LocalSettings.h"

#include "contracts/ContractEditor.h"
#include "contracts/ContractTermsForm.h"
#include "contracts/ContractsPage.h"
#include "models/ContractListModel.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace cd;
using cd::test::saveButton;
using cd::test::Window;

namespace {
int clauseRow(ContractEditor &editor, const QString &title)
{
    for (int i = 0; i < editor.text().clauses.size(); ++i)
        if (editor.text().clauses.at(i).title == title)
            return i;
    FAIL("no such clause");
    return -1;
}
} // namespace

TEST_CASE("a contract is drafted from its terms, keeps edited clauses, versions once sent and locks when signed")
{
    test::PinnedClock clock;
    Window w;
    auto *page = w.window->page<ContractsPage>(MainWindow::Contracts);
    REQUIRE(page != nullptr);
    CHECK(page->summary() == QStringLiteral("1 contract"));

    // Alex takes part in Ramadan Refresh 2026 (participant 2) without a contract.
    ContractEditor editor(*w.window->history(), 2, w.window.get());
    CHECK(editor.contractId() == 0);
    CHECK(editor.findChild<QLabel *>(QStringLiteral("contractLockedLabel"))->isHidden());
    CHECK(editor.text().missing.contains(QStringLiteral("revision rounds")));
    CHECK(editor.missingLabel()->text().contains(QStringLiteral("Missing:")));
    ContractTermsForm *form = editor.termsForm();
    form->killFeeEdit()->setText(QStringLiteral("Rp1.5 juta"));
    CHECK(editor.problemLabel()->text().startsWith(QStringLiteral("Kill fee:")));
    CHECK_FALSE(saveButton(&editor)->isEnabled());
    form->killFeeEdit()->setText(QStringLiteral("Rp1.500.000"));
    for (QLineEdit *edit : form->findChildren<QLineEdit *>())
        if (edit->placeholderText().contains(QStringLiteral("Republic")))
            edit->setText(QStringLiteral("the Republic of Indonesia"));
    REQUIRE(saveButton(&editor)->isEnabled());
    REQUIRE(editor.save());
    const qint64 id = editor.contractId();
    REQUIRE(id > 0);
    CHECK(w.scalar(QStringLiteral("SELECT status FROM contracts WHERE id = ?"), {id}).toString() ==
          QStringLiteral("draft"));
    CHECK(page->summary() == QStringLiteral("2 contracts"));
    {
        // Opened again, the kill fee reads with its currency (it read "1500000").
        ContractEditor again(*w.window->history(), 2, w.window.get());
        CHECK(again.termsForm()->killFeeEdit()->text() == QStringLiteral("Rp1.500.000"));
    }

    // The user rewrites the cancellation clause; a later change of the kill fee keeps those words
    // and asks for a check.
    const int cancellation = clauseRow(editor, QStringLiteral("Cancellation"));
    editor.clauseList()->setCurrentRow(cancellation);
    editor.clauseEdit()->setPlainText(QStringLiteral("Cancellation as agreed by email."));
    form->killFeeEdit()->setText(QStringLiteral("2000000"));
    REQUIRE(editor.save());
    CHECK(editor.text().clauses.at(cancellation).text == QStringLiteral("Cancellation as agreed by email."));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM contract_versions WHERE contract_id = ?"), {id}).toInt() ==
          1); // a draft changes in place
    CHECK(w.scalar(QStringLiteral("SELECT kill_fee_minor FROM contract_versions WHERE contract_id = ?"), {id})
              .toLongLong() == 2'000'000);

    // Sent: the next change makes version 2, and the two compare. A draft's usual next step is offered.
    CHECK(editor.nextStatusBox()->currentData().toString() == QStringLiteral("sent"));
    REQUIRE(editor.applyStatus());
    form->killFeeEdit()->setText(QStringLiteral("2500000"));
    REQUIRE(editor.save());
    CHECK(editor.versionList()->count() == 2);
    const QString compare = editor.compareHtml(1, 2);
    CHECK(compare.contains(QStringLiteral("<b>kill fee</b>")));
    CHECK(compare.contains(QStringLiteral("Rp2.500.000")));

    // Signed: read-only; undo takes the signature back.
    editor.nextStatusBox()->setCurrentIndex(editor.nextStatusBox()->findData(QStringLiteral("signed")));
    REQUIRE(editor.applyStatus());
    // Said above the tabs, where the greyed-out terms are.
    auto *locked = editor.findChild<QLabel *>(QStringLiteral("contractLockedLabel"));
    REQUIRE(locked != nullptr);
    CHECK_FALSE(locked->isHidden());
    CHECK(locked->text().startsWith(QStringLiteral("This contract is signed: its terms and text stay as they were "
                                                   "agreed.")));
    // No hint in an empty greyed-out field reads as a term ("Teh Botol, Frestea" as its competitors).
    CHECK(form->competitorsEdit()->text().isEmpty());
    CHECK(form->competitorsEdit()->placeholderText().isEmpty());
    CHECK(form->templateBox()->currentText() == QStringLiteral("Standard")); // the built-in one, named for people
    CHECK(form->templateBox()->currentData().toString() == QStringLiteral("standard"));
    CHECK(editor.nextStatusBox()->currentData().toString() == QStringLiteral("active"));
    // An active contract offers no step of its own: "expired" is never one click away.
    editor.nextStatusBox()->setCurrentIndex(editor.nextStatusBox()->findData(QStringLiteral("active")));
    REQUIRE(editor.applyStatus());
    CHECK(editor.nextStatusBox()->currentText() == QStringLiteral("choose…"));
    CHECK_FALSE(editor.applyStatus());
    CHECK(w.scalar(QStringLiteral("SELECT status FROM contracts WHERE id = ?"), {id}).toString() ==
          QStringLiteral("active"));
    w.undo()->undo(); // back to signed
    CHECK_FALSE(saveButton(&editor)->isEnabled());
    CHECK_FALSE(form->killFeeEdit()->isEnabled());
    CHECK(editor.missingLabel()->text().contains(QStringLiteral("read-only")));

    CHECK(w.scalar(QStringLiteral("SELECT signed_date FROM contracts WHERE id = ?"), {id}).toString() ==
          QStringLiteral("2026-11-23"));
    CHECK(w.undo()->undoText() == QStringLiteral("Contract for Alex Chen — Ramadan Refresh 2026: signed"));
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT status FROM contracts WHERE id = ?"), {id}).toString() ==
          QStringLiteral("sent"));

    // A PDF of the latest version.
    const QString pdf = w.dir.path(QStringLiteral("alex.pdf"));
    ContractEditor again(*w.window->history(), 2, w.window.get());
    REQUIRE(again.exportPdf(pdf));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
}

TEST_CASE("only a draft contract can be deleted, and undo brings it back")
{
    test::PinnedClock clock;
    Window w;
    {
        Transaction tx(*w.ws);
        REQUIRE(ContractService::create(tx, 2, ContractTerms{}, ContractStatus::Draft, QDate(2026, 11, 20)).ok());
        REQUIRE(tx.commit().ok());
    }
    auto *page = w.window->page<ContractsPage>(MainWindow::Contracts);
    REQUIRE(page->summary() == QStringLiteral("2 contracts"));
    const qint64 draft = w.scalar(QStringLiteral("SELECT id FROM contracts WHERE participant_id = 2")).toLongLong();
    page->select(draft);
    page->deleteSelectedDraft();
    CHECK(page->summary() == QStringLiteral("1 contract"));
    CHECK(w.undo()->undoText() == QStringLiteral("Delete draft contract"));
    w.undo()->undo();
    CHECK(page->summary() == QStringLiteral("2 contracts"));

    page->select(1); // Rina's signed contract
    page->deleteSelectedDraft();
    CHECK(ask::lastText().startsWith(QStringLiteral("This contract is signed, so it is kept")));
    CHECK(page->summary() == QStringLiteral("2 contracts"));
}

TEST_CASE("the Contracts list opens with what is under way first and sorts its status in the order contracts go")
{
    test::PinnedClock clock;
    LocalSettings::remove(QStringLiteral("contracts/header")); // as on a first start
    Window w;
    {
        Transaction tx(*w.ws);
        REQUIRE(ContractService::create(tx, 2, ContractTerms{}, ContractStatus::Draft, QDate(2026, 11, 20)).ok());
        REQUIRE(tx.commit().ok());
    }
    auto *page = w.window->page<ContractsPage>(MainWindow::Contracts);
    QAbstractItemModel *m = page->table()->model();
    REQUIRE(m->rowCount() == 2);
    CHECK(page->table()->horizontalHeader()->sortIndicatorSection() == ContractListModel::Status);
    CHECK(page->table()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    const auto statuses = [m] {
        QStringList shown;
        for (int row = 0; row < m->rowCount(); ++row)
            shown << m->index(row, ContractListModel::Status).data(ContractListModel::StatusWordRole).toString();
        return shown;
    };
    // Alex's draft before Rina's signed contract.
    CHECK(statuses() == QStringList{QStringLiteral("draft"), QStringLiteral("signed")});
    test::exec(*w.ws, QStringLiteral("UPDATE contracts SET status = 'negotiating' WHERE participant_id = 2"));
    test::exec(*w.ws, QStringLiteral("UPDATE contracts SET status = 'active' WHERE participant_id = 1"));
    page->reload();
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    // "Active" sorts before "Negotiating" by label; negotiating comes first in a contract's life.
    CHECK(statuses() == QStringList{QStringLiteral("negotiating"), QStringLiteral("active")});
    page->table()->sortByColumn(ContractListModel::Status, Qt::DescendingOrder);
    CHECK(statuses() == QStringList{QStringLiteral("active"), QStringLiteral("negotiating")});
}

TEST_CASE("the contract editor says which campaigns an exclusivity would conflict with, before saving")
{
    test::PinnedClock clock;
    Window w;
    // Alex joins Kopi Kita's campaign (beverages, from 2026-05-01); his Teh Segar contract is new.
    QSqlDatabase db = w.ws->db();
    REQUIRE(sql::run(db, QStringLiteral("INSERT INTO participants (campaign_id, creator_id, created_at, updated_at) "
                                        "VALUES (2, 2, 'x', 'x')"))
                .ok());
    ContractEditor editor(*w.window->history(), 2, w.window.get());
    CHECK(editor.conflictLabel()->text().isEmpty());

    editor.termsForm()->categoryEdit()->setText(QStringLiteral("Beverages"));
    editor.termsForm()->exclusivityStartEdit()->setDate(QDate(2026, 4, 1));
    CHECK(editor.conflictLabel()->text().contains(
        QStringLiteral("Alex Chen is exclusive to Teh Segar for Beverages from 1 Apr 2026 with no end (this contract, "
                       "not signed yet); Kopi Launch (Kopi Kita) overlaps from 1 May 2026 on: Kopi Kita's category "
                       "is Beverages.")));
    // Ending it before Kopi Kita's campaign starts clears the warning.
    editor.termsForm()->exclusivityEndEdit()->setDate(QDate(2026, 4, 30));
    CHECK(editor.conflictLabel()->text().isEmpty());
    // Named competitors separated by commas, as a brand's are typed; a semicolon separates too.
    QLineEdit *competitors = editor.termsForm()->competitorsEdit();
    CHECK(competitors->placeholderText() == QStringLiteral("Separated by commas: Teh Botol, Frestea"));
    competitors->setText(QStringLiteral("Teh Botol, Frestea; Sosro "));
    REQUIRE(editor.termsForm()->terms().ok());
    CHECK(editor.termsForm()->terms()->competitors ==
          QStringList{QStringLiteral("Teh Botol"), QStringLiteral("Frestea"), QStringLiteral("Sosro")});
}

TEST_CASE("the Contracts list finds every word typed in any column it shows and only in one contract")
{
    Window w;
    // Alex's draft for the same campaign, with an open-ended exclusivity, beside Rina's signed one.
    test::exec(*w.ws, QStringLiteral("INSERT INTO contracts (participant_id, status, created_at, updated_at) "
                                     "VALUES (2, 'draft', 'x', 'x')"));
    test::exec(*w.ws, QStringLiteral("INSERT INTO contract_versions (contract_id, version, exclusivity_category, "
                                     "exclusivity_start, created_at) VALUES (2, 1, 'Skincare', '2026-12-01', 'x')"));
    auto *page = w.window->page<ContractsPage>(MainWindow::Contracts);
    REQUIRE(page != nullptr);
    page->reload();
    QAbstractItemModel *list = page->table()->model();
    REQUIRE(list->rowCount() == 2);
    const auto found = [&](const QString &typed) {
        page->searchField()->setText(typed);
        QStringList creators;
        for (int row = 0; row < list->rowCount(); ++row)
            creators << list->index(row, ContractListModel::Creator).data().toString();
        creators.sort();
        return creators;
    };
    const QStringList alex{QStringLiteral("Alex Chen")}, rina{QStringLiteral("Rina Wijaya")};
    CHECK(found(QStringLiteral("rina")) == rina);
    CHECK(found(QStringLiteral("RAMADAN Draft")) == alex); // the campaign and the status as shown
    CHECK(found(QStringLiteral("skincare open")) == alex); // "Skincare 1 Dec 2026 – open"
    CHECK(found(QStringLiteral("beverages 30 jun 2026")) == rina);
    CHECK(found(QStringLiteral("2026 refresh")) ==
          (QStringList{QStringLiteral("Alex Chen"), QStringLiteral("Rina Wijaya")}));
    // Every word in one contract: Rina's name and Alex's status are two contracts' words.
    CHECK(found(QStringLiteral("rina draft")).isEmpty());
    CHECK(found(QStringLiteral("wijayaalex")).isEmpty()); // one text does not run into the next
    CHECK(found(QString()).size() == 2);
}

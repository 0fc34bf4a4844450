// How every form behaves for someone typing into it (issue 17): no errors on a new form, messages
// after a field is touched and said once, fields that stay put, Cancel that asks, Ctrl+Enter that
// saves, date fields that open at a sensible month and take typing, counts typed as "85k".
#include "UiTestSupport.h"
#include "records/RecordImage.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include <QSignalSpy>
#include <QUndoStack>

#include "brands/BrandEditor.h"
#include "campaigns/CampaignEditor.h"
#include "campaigns/DeliverableEditor.h"
#include "campaigns/ParticipantEditor.h"
#include "commands/EditHistory.h"
#include "commands/RecordCommand.h"
#include "common/Clock.h"
#include "creators/AccountsForm.h"
#include "creators/CreatorEditor.h"
#include "creators/FollowerCountDialog.h"
#include "main/Ask.h"
#include "main/CountSpinBox.h"
#include "main/FieldMessage.h"
#include "main/MainWindow.h"
#include "main/OptionalDateEdit.h"
#include "main/PercentSpinBox.h"
#include "payments/PaymentDialog.h"
#include "services/BrandService.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTest>

using namespace cd;
using cd::test::saveButton;
using cd::test::Window;

namespace {
// The field messages a dialog shows now (under fields and on its problem line).
QStringList shownFieldMessages(const QWidget *dialog)
{
    QStringList shown;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        if (isFieldMessage(label) && label->isVisibleTo(dialog) && !label->text().isEmpty())
            shown << label->text();
    return shown;
}

struct PinnedClock
{
    PinnedClock() { Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)); }
    ~PinnedClock() { Clock::setFixed(QDateTime()); }
};
} // namespace

TEST_CASE("a new form opens without errors, whichever dialog it is")
{
    Window w;
    EditHistory &history = *w.window->history();
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.emplace_back(new BrandEditor(history, 0, BrandInput{}, w.window.get()));
    dialogs.emplace_back(new CreatorEditor(history, 0, CreatorProfile{}, w.window.get()));
    dialogs.emplace_back(new CampaignEditor(history, 0, CampaignInput{}, w.window.get()));
    dialogs.emplace_back(new ParticipantEditor(history, 2, 0, ParticipantInput{}, w.window.get()));
    dialogs.emplace_back(new DeliverableEditor(history, 1, 0, 0, DeliverableInput{}, w.window.get()));
    dialogs.emplace_back(new PaymentDialog(history, std::nullopt, true, w.window.get()));
    dialogs.emplace_back(new FollowerCountDialog(history, 1, QStringLiteral("Rina Wijaya"), w.window.get()));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QTest::qWait(0);
        INFO(dialog->windowTitle().toStdString());
        CHECK(shownFieldMessages(dialog.get()).isEmpty());
        dialog->hide();
    }
}

TEST_CASE("a form speaks of a field once it is touched and says each problem once")
{
    Window w;
    BrandEditor editor(*w.window->history(), 0, BrandInput{}, w.window.get());
    test::activate(&editor);
    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("brandNameLineEdit"));
    auto *email = editor.findChild<QLineEdit *>(QStringLiteral("brandEmailLineEdit"));
    const int emailTop = email->mapTo(&editor, QPoint()).y();
    // Typing a bad email speaks of the email only, not of the name nobody has reached yet.
    QTest::keyClicks(email, QStringLiteral("ops@"));
    REQUIRE(QTest::qWaitFor([&] { return !shownFieldMessages(&editor).isEmpty(); }, 3000));
    CHECK(shownFieldMessages(&editor).size() == 1);
    INFO(shownFieldMessages(&editor).join(QLatin1Char('|')).toStdString());
    CHECK_FALSE(shownFieldMessages(&editor).contains(QStringLiteral("A brand needs a name.")));
    // Leaving the name empty after being in it brings its message; the service's own wording of
    // the same problem ("a brand name is required") is not added on the form's line.
    name->setFocus();
    email->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return shownFieldMessages(&editor).size() == 2; }, 3000));
    CHECK(shownFieldMessages(&editor).contains(QStringLiteral("A brand needs a name.")));
    // The message under the name kept its line: the email field did not move.
    CHECK(email->mapTo(&editor, QPoint()).y() == emailTop);
}

TEST_CASE("the creator and brand forms space their rows alike whether or not a field has a message")
{
    Window w;
    const auto steps = [](QWidget *dialog, const QStringList &names) {
        QList<int> tops;
        for (const QString &name : names) {
            auto *field = dialog->findChild<QLineEdit *>(name);
            REQUIRE(field != nullptr);
            tops << field->mapTo(dialog, QPoint()).y();
        }
        QSet<int> gaps;
        for (int i = 1; i < tops.size(); ++i)
            gaps << tops[i] - tops[i - 1];
        return gaps;
    };
    // Niche and tags have no message; name, country, email and phone keep a line for one. The gaps
    // between rows were 44 px under those and 28 px under the others.
    CreatorEditor creator(*w.window->history(), 0, CreatorProfile{}, w.window.get());
    test::activate(&creator);
    const QSet<int> creatorGaps =
        steps(&creator, {QStringLiteral("creatorNameLineEdit"), QStringLiteral("creatorNicheLineEdit"),
                         QStringLiteral("creatorCountryLineEdit"), QStringLiteral("creatorManagerLineEdit"),
                         QStringLiteral("creatorEmailLineEdit"), QStringLiteral("creatorPhoneLineEdit"),
                         QStringLiteral("creatorTagsLineEdit")});
    CHECK(creatorGaps.size() == 1);
    BrandEditor brand(*w.window->history(), 0, BrandInput{}, w.window.get());
    test::activate(&brand);
    const QSet<int> brandGaps =
        steps(&brand, {QStringLiteral("brandNameLineEdit"), QStringLiteral("brandCategoryLineEdit"),
                       QStringLiteral("brandCompetitorsLineEdit"), QStringLiteral("brandEmailLineEdit")});
    CHECK(brandGaps.size() == 1);
    CHECK(brandGaps == creatorGaps);
}

TEST_CASE("Save on a new form with a problem says it under the field and keeps the form")
{
    Window w;
    BrandEditor editor(*w.window->history(), 0, BrandInput{}, w.window.get());
    test::activate(&editor);
    REQUIRE(saveButton(&editor)->isEnabled());
    saveButton(&editor)->click();
    CHECK(editor.isVisible());
    CHECK(shownFieldMessages(&editor) == QStringList{QStringLiteral("A brand needs a name.")});
    CHECK(editor.focusWidget() == editor.findChild<QLineEdit *>(QStringLiteral("brandNameLineEdit")));
}

TEST_CASE("Cancel or Escape on a changed form asks first and Ctrl+Enter saves from a notes box")
{
    Window w;
    const qsizetype brands = w.scalar(QStringLiteral("SELECT count(*) FROM brands")).toInt();
    {
        // Untouched: Escape closes without a question.
        BrandEditor untouched(*w.window->history(), 0, BrandInput{}, w.window.get());
        test::activate(&untouched);
        ask::setAnswerForTests(QMessageBox::No);
        const QString before = ask::lastText();
        QTest::keyClick(&untouched, Qt::Key_Escape);
        CHECK_FALSE(untouched.isVisible());
        CHECK(ask::lastText() == before);
    }
    BrandEditor editor(*w.window->history(), 0, BrandInput{}, w.window.get());
    test::activate(&editor);
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("brandNameLineEdit")), QStringLiteral("Sambal Ibu"));
    // "Keep Editing" keeps everything typed.
    ask::setAnswerForTests(QMessageBox::No);
    QTest::keyClick(&editor, Qt::Key_Escape);
    CHECK(editor.isVisible());
    CHECK(ask::lastText() == QStringLiteral("Discard what you changed in “New Brand”? It is not saved."));
    editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    CHECK(editor.isVisible());
    editor.close();
    CHECK(editor.isVisible());
    // Ctrl+Enter in the notes (where Enter starts a new line) saves.
    auto *notes = editor.findChild<QPlainTextEdit *>(QStringLiteral("brandNotesEdit"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Chilli sauce"));
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM brands")).toInt() == brands + 1);
    CHECK(w.scalar(QStringLiteral("SELECT notes FROM brands WHERE name = 'Sambal Ibu'")).toString() ==
          QStringLiteral("Chilli sauce"));
    ask::setAnswerForTests(QMessageBox::Yes);
}

TEST_CASE("an empty date field opens its calendar at the suggested month and takes typing")
{
    PinnedClock clock;
    QWidget parent;
    OptionalDateEdit date(QStringLiteral("Due date"), &parent);
    date.resize(200, date.sizeHint().height());
    test::activate(&parent);
    date.setFocus();
    CHECK(date.text() == QStringLiteral("not set"));
    CHECK_FALSE(date.optionalDate().isValid());
    // The calendar opens at this month, not January 2000.
    const auto openCalendar = [&] {
        QTest::mouseClick(&date, Qt::LeftButton, {}, QPoint(date.width() - 5, date.height() / 2));
        return date.calendarWidget()->isVisible();
    };
    REQUIRE(openCalendar());
    CHECK(date.calendarWidget()->yearShown() == 2026);
    CHECK(date.calendarWidget()->monthShown() == 11);
    date.calendarWidget()->window()->close();
    CHECK_FALSE(date.isSet()); // closed without choosing: still empty
    // A suggested day (a campaign's start) is where the calendar and typing start.
    date.setSuggestedDate(QDate(2027, 2, 14));
    REQUIRE(openCalendar());
    CHECK(date.calendarWidget()->monthShown() == 2);
    date.calendarWidget()->window()->close();
    // Typing into "not set" starts from the suggested day with the day selected.
    QTest::keyClicks(&date, QStringLiteral("7"));
    CHECK(date.text() == QStringLiteral("7 Feb 2027"));
    CHECK(date.optionalDate() == QDate(2027, 2, 7));
    // The whole text deleted empties it again.
    date.selectAll();
    QTest::keyClick(&date, Qt::Key_Delete);
    CHECK_FALSE(date.optionalDate().isValid());
    CHECK(date.text() == QStringLiteral("not set"));
    QTest::keyClicks(&date, QStringLiteral("1 Dec 2026"));
    CHECK(date.optionalDate() == QDate(2026, 12, 1));
}

TEST_CASE("a campaign's empty end date starts from its start and a post date from its due day")
{
    PinnedClock clock;
    Window w;
    CampaignInput in;
    in.start = QDate(2027, 3, 1);
    CampaignEditor campaign(*w.window->history(), 0, in, w.window.get());
    const auto date = [&](const char *name) {
        return test::childNamed<OptionalDateEdit>(&campaign, QString::fromLatin1(name));
    };
    CHECK(date("End date")->suggestedDate() == QDate(2027, 3, 1));
    CHECK(date("Posting window from")->suggestedDate() == QDate(2027, 3, 1));
    date("End date")->setDate(QDate(2027, 4, 30));
    // The window's end starts from the campaign's end until the window has a start.
    CHECK(date("Posting window to")->suggestedDate() == QDate(2027, 4, 30));
    date("Posting window from")->setDate(QDate(2027, 3, 10));
    CHECK(date("Posting window to")->suggestedDate() == QDate(2027, 3, 10));

    DeliverableInput deliverable;
    deliverable.due = QDate(2026, 12, 12);
    DeliverableEditor editor(*w.window->history(), 1, 0, 0, deliverable, w.window.get());
    auto *posted = editor.findChild<OptionalDateEdit *>(QStringLiteral("deliverablePostedDateEdit"));
    CHECK(posted->suggestedDate() == QDate(2026, 12, 12));
}

TEST_CASE("a deliverable's URL example is its own platform's")
{
    Window w;
    DeliverableEditor editor(*w.window->history(), 1, 0, 0, DeliverableInput{}, w.window.get());
    auto *url = editor.findChild<QLineEdit *>(QStringLiteral("deliverableUrlLineEdit"));
    auto *platform = editor.findChildren<QComboBox *>().at(1);
    platform->setCurrentIndex(platform->findData(QStringLiteral("tiktok")));
    CHECK(url->placeholderText() == QStringLiteral("https://www.tiktok.com/@handle/video/…"));
    platform->setCurrentIndex(platform->findData(QStringLiteral("instagram")));
    CHECK(url->placeholderText() == QStringLiteral("https://www.instagram.com/reel/…"));
}

TEST_CASE("85k typed as a follower count is 85,000")
{
    CountSpinBox count;
    count.setRange(-1, 2'000'000'000);
    count.setSpecialValueText(QStringLiteral("—"));
    count.setValue(-1);
    count.show();
    count.setFocus();
    count.selectAll();
    QTest::keyClicks(&count, QStringLiteral("85k"));
    QTest::keyClick(&count, Qt::Key_Tab);
    count.interpretText();
    CHECK(count.value() == 85'000);
    CHECK(count.text() == QStringLiteral("85,000"));
    count.selectAll();
    QTest::keyClicks(&count, QStringLiteral("1.2M"));
    count.interpretText();
    CHECK(count.value() == 1'200'000);

    Window w;
    FollowerCountDialog dialog(*w.window->history(), 1, QStringLiteral("Rina Wijaya"), w.window.get());
    QTest::keyClicks(test::childNamed<QLineEdit>(&dialog, QStringLiteral("Followers")), QStringLiteral("85k"));
    REQUIRE(saveButton(&dialog)->isEnabled());
    saveButton(&dialog)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(w.scalar(QStringLiteral("SELECT followers FROM follower_snapshots ORDER BY id DESC LIMIT 1")).toLongLong() ==
          85'000);
}

TEST_CASE("a percent field reads as percentages do elsewhere and takes what is typed in either language")
{
    PercentSpinBox rate(2);
    rate.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    rate.setValue(20);
    CHECK(rate.text() == QStringLiteral("20%")); // was "20.00 %"
    rate.setValue(4.5);
    CHECK(rate.text() == QStringLiteral("4.5%"));
    rate.setValue(2.25);
    CHECK(rate.text() == QStringLiteral("2.25%"));
    rate.setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    CHECK(rate.text() == QStringLiteral("2,25%"));
    rate.show();
    rate.setFocus();
    rate.selectAll();
    QTest::keyClicks(&rate, QStringLiteral("12,5"));
    rate.interpretText();
    CHECK(rate.value() == 12.5);
    CHECK(rate.text() == QStringLiteral("12,5%"));
}

TEST_CASE("the undo history keeps the last 100 steps and bounds the memory their images hold")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("history.collabdesk")));
    constexpr qint64 bound = 64 * 1024; // the app's is 64 MiB; a brand with 4,000-character notes weighs ~16 KiB a step
    EditHistory history(*ws, nullptr, bound);
    auto id = history.edit(RecordImage::Kind::Brand, 0, QStringLiteral("Add brand"), [](Transaction &tx) {
        auto q = sql::run(tx.db(), QStringLiteral("INSERT INTO brands (name, name_key, created_at, updated_at) "
                                                  "VALUES ('Teh Segar', 'teh segar', 'x', 'x')"));
        return q ? Result<qint64>(q->lastInsertId().toLongLong()) : Result<qint64>(fail(q.error()));
    });
    REQUIRE(id.ok());
    auto notesNow = [&] {
        QSqlDatabase db = ws->db();
        return sql::scalar(db, QStringLiteral("SELECT notes FROM brands WHERE id = ?"), {id.value()})
            .value()
            .toString();
    };
    for (int step = 0; step < 120; ++step) {
        const QString notes = QString(4000, QLatin1Char('a' + step % 26));
        REQUIRE(history
                    .edit(RecordImage::Kind::Brand, id.value(), QStringLiteral("Edit notes"),
                          [&](Transaction &tx) -> Result<qint64> {
                              auto q = sql::run(tx.db(), QStringLiteral("UPDATE brands SET notes = ? WHERE id = ?"),
                                                {notes, id.value()});
                              return q ? Result<qint64>(id.value()) : Result<qint64>(fail(q.error()));
                          })
                    .ok());
    }
    CHECK(history.stack()->count() == EditHistory::MaxSteps);
    CHECK(history.byteSize() <= bound);
    CHECK(history.byteSize() > bound / 2); // the newest steps keep their images whole

    QSignalSpy failed(&history, &EditHistory::failed);
    history.stack()->undo(); // the newest step undoes as ever
    CHECK(notesNow() == QString(4000, QLatin1Char('a' + 118 % 26)));
    int undone = 1;
    while (history.stack()->canUndo() && failed.isEmpty()) {
        history.stack()->undo();
        ++undone;
    }
    REQUIRE(failed.count() == 1);
    CHECK(
        failed.first().first().toString().contains(QStringLiteral("it is too old; the history keeps the last 64 MiB")));
    CHECK(undone > 2);
    CHECK(undone < 10);
}

TEST_CASE("the undo history holds an attached file once however many steps capture it")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("history.collabdesk")));
    EditHistory history(*ws);
    // A creator with an 8 MiB proof file: every edit of the creator captures it before and after.
    QByteArray file(8 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < file.size(); ++i)
        file[i] = char((i * 7919) % 251);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    test::exec(*ws, QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES "
                                   "(1, 'Rina Wijaya', 'rina wijaya', 'x', 'x')"));
    {
        QSqlDatabase db = ws->db();
        REQUIRE(sql::run(db,
                         QStringLiteral("INSERT INTO attachments (creator_id, file_name, size_bytes, sha256, content, "
                                        "added_at) VALUES (1, 'proof.png', ?, ?, ?, 'x')"),
                         {file.size(), sha, file})
                    .ok());
    }
    for (int step = 0; step < 20; ++step)
        REQUIRE(history
                    .edit(RecordImage::Kind::Creator, 1, QStringLiteral("Edit notes"),
                          [&](Transaction &tx) -> Result<qint64> {
                              auto q = sql::run(tx.db(), QStringLiteral("UPDATE creators SET notes = ? WHERE id = 1"),
                                                {QStringLiteral("note %1").arg(step)});
                              return q ? Result<qint64>(1) : Result<qint64>(fail(q.error()));
                          })
                    .ok());
    // 40 images of it, every one pointing at one buffer (apart, they would hold 320 MiB), counted once.
    REQUIRE(history.stack()->count() == 20);
    QSet<const char *> buffers;
    int images = 0;
    for (int i = 0; i < history.stack()->count(); ++i)
        for (const auto &[before, after] : dynamic_cast<const RecordCommand *>(history.stack()->command(i))->changes())
            for (const RecordImage *image : {&before, &after})
                for (const QByteArray &content : image->fileContents()) {
                    CHECK(content == file);
                    buffers.insert(content.constData());
                    ++images;
                }
    CHECK(images == 40);
    CHECK(buffers.size() == 1);
    CHECK(history.byteSize() > file.size());
    CHECK(history.byteSize() < file.size() + 256 * 1024);
    // Undoing every step brings the first notes back, and the file is still whole.
    while (history.stack()->canUndo())
        history.stack()->undo();
    QSqlDatabase db = ws->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT notes FROM creators WHERE id = 1")).value().toString().isEmpty());
    CHECK(sql::scalar(db, QStringLiteral("SELECT content FROM attachments")).value().toByteArray() == file);
}

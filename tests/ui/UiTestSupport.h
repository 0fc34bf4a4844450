#pragma once

// What the widget tests share: the fixture workspace in a main window, with message boxes
// answered by the test, and finding controls by their accessible names.
#include "TestSupport.h"

#include "creators/CreatorFilterProxy.h"
#include "creators/CreatorsPage.h"
#include "main/Ask.h"
#include "main/BackgroundRead.h"
#include "main/MainWindow.h"
#include "main/RecordEditor.h"
#include "storage/Sql.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace cd::test {

// The editors' checks run at the next event rather than after a pause in typing, so a test's
// short wait sees them even on a busy machine (set once, before any test runs).
inline const bool quickEditorChecks = (RecordEditor::setCheckDelayForTests(0), true);

// While one lives, the pages' reads run at once on their own connections (as in the app, but
// before run() returns): for tests about what the pages show after each step, not about the threads
// (PaymentsPageReadsTest, PipelineUiTest, ResultsTest and the roster's read test test those).
struct InlineReads
{
    InlineReads() { BackgroundRead::setInlineForTests(true); }
    ~InlineReads() { BackgroundRead::setInlineForTests(false); }
    InlineReads(const InlineReads &) = delete;
    InlineReads &operator=(const InlineReads &) = delete;
};

// While one lives, every read slot but one is taken (BackgroundRead lets one read per core run at
// once) by reads of a workspace of its own that wait for it to go, so a page's reads run one after
// the other in the order asked: for tests of what a page shows between two of its reads.
class OneReadSlot
{
public:
    OneReadSlot()
    {
        // Reads of a page in view, which the page's reads wait for (a page out of sight's would not
        // hold them up).
        m_page.show();
        for (int i = 1; i < std::max(2, QThread::idealThreadCount()); ++i) {
            m_blockers.push_back(new BackgroundRead(m_workspace.get(), &m_page));
            m_blockers.back()->run<int>(
                [this](QSqlDatabase &) {
                    m_release.acquire();
                    return Result<int>(0);
                },
                [](const Result<int> &) {});
        }
    }
    ~OneReadSlot()
    {
        m_release.release(int(m_blockers.size()));
        for (const BackgroundRead *blocker : m_blockers)
            CHECK(QTest::qWaitFor([blocker] { return !blocker->isBusy(); }, 10'000));
    }
    OneReadSlot(const OneReadSlot &) = delete;
    OneReadSlot &operator=(const OneReadSlot &) = delete;

private:
    TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace = createWorkspace(m_dir.path(QStringLiteral("slots.collabdesk")));
    QSemaphore m_release;
    QWidget m_page;
    std::vector<BackgroundRead *> m_blockers; // the page's
};

// The fixture workspace in a window, with message boxes answered by the test (its reads inline).
struct Window
{
    InlineReads inlineReads;
    TempDir dir;
    std::unique_ptr<MainWindow> window;
    Workspace *ws = nullptr;

    explicit Window(QMessageBox::StandardButton answer = QMessageBox::Yes)
    {
        auto opened = Workspace::open(copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
        REQUIRE(opened.ok());
        ws = opened.value().get();
        window = std::make_unique<MainWindow>(std::move(opened).value());
        ask::setAnswerForTests(answer);
    }
    ~Window() { ask::setAnswerForTests(std::nullopt); }

    QVariant scalar(const QString &statement, const QVariantList &params = {})
    {
        QSqlDatabase db = ws->db();
        auto v = sql::scalar(db, statement, params);
        REQUIRE(v.ok());
        return v.value();
    }
    QUndoStack *undo() const { return window->undoGroup()->activeStack(); }
    void selectCreator(const QString &name)
    {
        CreatorsPage *page = window->creatorsPage();
        page->proxy()->setShowArchived(true);
        QAbstractItemModel *m = page->table()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, 0).data().toString() == name) {
                page->table()->selectRow(row);
                return;
            }
        FAIL("no such creator in the roster");
    }
};

template <typename T> T *childNamed(QWidget *parent, const QString &accessibleName, int nth = 0)
{
    int seen = 0;
    for (T *child : parent->findChildren<T *>())
        if (child->accessibleName() == accessibleName && seen++ == nth)
            return child;
    return nullptr;
}

// Shows a window and makes it the active one, so focus changes and window shortcuts happen as
// for a person at the keyboard.
inline void activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

// Waits until an editor's check after typing has run (rather than a fixed pause, which a busy
// machine can outlast).
inline void waitForCheck(const RecordEditor &editor)
{
    REQUIRE(QTest::qWaitFor([&] { return !editor.isCheckPending(); }, 5000));
}

inline QPushButton *saveButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace cd::test

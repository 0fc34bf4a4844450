#include "TestSupport.h"
#include "UiTestSupport.h"
#include "UiTextWalk.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTest>
#include <QToolBar>

using namespace cd;
using namespace cd::test;

namespace {

// The letter Alt (in the menu bar) or the plain key (in an open menu) chooses: the one after a
// single "&", lower case; none when there is no "&".
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i; // "&&" is a plain "&"
        }
    return {};
}

// Every command of `actions` (a menu, or the menu bar) has an access key, none shared with
// another command beside it; submenus likewise. Problems are added to `out`, once each.
void checkAccessKeys(const QList<QAction *> &actions, const QString &where, QStringList &out)
{
    QHash<QChar, QString> taken;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible() || a->text().isEmpty())
            continue;
        const QChar key = accessKey(a->text());
        QString problem;
        if (key.isNull())
            problem = QStringLiteral("%1: \"%2\" has no access key").arg(where, a->text());
        else if (taken.contains(key))
            problem = QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(where, a->text(), taken.value(key), key);
        else
            taken.insert(key, a->text());
        if (!problem.isEmpty() && !out.contains(problem))
            out << problem;
        if (a->menu())
            checkAccessKeys(a->menu()->actions(), where + QStringLiteral(" > ") + a->text(), out);
    }
}

void collectMenuActions(const QList<QAction *> &actions, QSet<QAction *> &out)
{
    for (QAction *a : actions) {
        out.insert(a);
        if (a->menu())
            collectMenuActions(a->menu()->actions(), out);
    }
}

} // namespace

TEST_CASE("every menu command has an access key of its own and every toolbar button is also in a menu", "[keyboard]")
{
    for (UiLanguage language : {UiLanguage::English, UiLanguage::Indonesian}) {
        AppLanguage shown(language);
        test::Window w; // made in the language, as the app is after a start
        w.window->resize(1366, 768);
        w.window->show();
        QStringList problems;
        QStringList shortcutsSeen;
        int commands = 0;
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            // The Edit menu names the page's records ("New Creator…"): each page's menus are read.
            w.window->showPage(MainWindow::Page(p));
            QCoreApplication::processEvents();
            // Problems are named without the page: the menus are the same on every page.
            const QString page = QStringLiteral("the window");
            const QList<QAction *> bar = w.window->menuBar()->actions();
            checkAccessKeys(bar, page + QStringLiteral(" menu bar"), problems);

            QSet<QAction *> inMenus;
            collectMenuActions(bar, inMenus);
            commands = std::max(commands, int(inMenus.size()));
            for (QToolBar *toolbar : w.window->findChildren<QToolBar *>())
                for (QAction *a : toolbar->actions())
                    if (!a->isSeparator() && a->isVisible() && !inMenus.contains(a)) {
                        const QString problem = QStringLiteral("%1: toolbar \"%2\" is in no menu").arg(page, a->text());
                        if (!problems.contains(problem))
                            problems << problem;
                    }
            // A key sequence does one thing: two menu commands on one shortcut do neither.
            QHash<QKeySequence, QString> shortcuts;
            for (QAction *a : std::as_const(inMenus))
                for (const QKeySequence &key : a->shortcuts()) {
                    if (shortcuts.contains(key) && shortcuts.value(key) != a->text()) {
                        const QString problem = QStringLiteral("%1: %2 is both \"%3\" and \"%4\"")
                                                    .arg(page, key.toString(), shortcuts.value(key), a->text());
                        if (!problems.contains(problem))
                            problems << problem;
                    }
                    shortcuts.insert(key, a->text());
                    if (!shortcutsSeen.contains(key.toString()))
                        shortcutsSeen << key.toString();
                }
        }
        INFO((language == UiLanguage::English ? "English" : "Indonesian")
             << ":\n"
             << problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
        CHECK(commands > 40);             // the walk saw the menus, not an empty bar
        CHECK(shortcutsSeen.size() > 15); // and their shortcuts
    }
}

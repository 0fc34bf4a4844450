// File > Connect to Server against the private test server ctest starts ([postgresql]): the address
// asked for and checked, the password asked for until the server takes it, the workspace opened.
#include "UiTestSupport.h"
#include "common/LocalSettings.h"

#include "ServerDatabase.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace cd;
using cd::test::TempDir;

namespace {

QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == text)
            return action;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("File > Connect to Server checks the address, asks for the password until it is right and opens the "
          "server's workspace without keeping the password",
          "[postgresql]")
{
    test::ServerDatabase server;
    const QString password = QStringLiteral("teh-manis-7");
    const QString address = server.addressWithPassword(password);
    TempDir dir;
    MainWindow window(test::createWorkspace(dir.path(QStringLiteral("local.collabdesk"))));
    window.show();

    // What each dialog asked, and what a person typed into it: a broken address, then the right
    // one; a wrong password, then the right one.
    QStringList asked;
    QStringList addressesOffered;
    int addresses = 0;
    int passwords = 0;
    QTimer person;
    person.setInterval(20);
    QObject::connect(&person, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked << box->text();
            box->accept();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            asked << input->labelText();
            if (input->textEchoMode() == QLineEdit::Password) {
                input->setTextValue(passwords++ == 0 ? QStringLiteral("teh-manis-6") : password);
            } else {
                addressesOffered << input->textValue();
                input->setTextValue(addresses++ == 0 ? QStringLiteral("postgresql://ana@db.agency.local") : address);
            }
            input->accept();
        }
    });
    person.start();
    actionNamed(window, QStringLiteral("Connect to &Server…"))->trigger();
    person.stop();

    INFO(asked.join(QStringLiteral("\n---\n")).toStdString());
    REQUIRE(asked.size() == 5);
    CHECK(asked.at(0).startsWith(QStringLiteral("The address of the team's workspace on a PostgreSQL server")));
    // What is wrong with the address, as a sentence.
    CHECK(asked.at(1).startsWith(QStringLiteral("The server address does not name a database")));
    CHECK(asked.at(2) == asked.at(0));
    CHECK(asked.at(3) == QStringLiteral("The server asks for a password.\n\nPassword for %1:").arg(address));
    CHECK(asked.at(4) == QStringLiteral("The server did not accept that password.\n\nPassword for %1:").arg(address));
    // The address typed is kept for the second try, so a typo is mended, not typed again.
    CHECK(addressesOffered == QStringList{QString(), QStringLiteral("postgresql://ana@db.agency.local")});

    REQUIRE(window.workspace());
    CHECK(window.workspace()->isServer());
    CHECK(window.workspace()->path() == address);
    CHECK(window.windowTitle().contains(server.name()));
    // Offered again next time; the password is nowhere in the settings.
    LocalSettings::waitForWrites(); // the file itself, every key in it
    QSettings settings;
    CHECK(settings.value(QStringLiteral("workspace/lastServer")).toString() == address);
    CHECK(MainWindow::recentWorkspaces().value(0) == address);
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(password));
}

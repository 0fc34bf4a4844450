#pragma once

// The payments page's test workspace, shared by the tests of what the page shows
// (PaymentsPageTest.cpp) and of how it reads (PaymentsPageReadsTest.cpp).
#include "UiTestSupport.h"

#include "main/BackgroundRead.h"
#include "models/PaymentListModel.h"
#include "money/PaymentService.h"
#include "payments/PaymentsPage.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Transaction.h"

#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace cd::test {
// A workspace built through the services, as of the pinned 23 Nov 2026:
//  Ramadan Glow (Glow & Co, 1-15 Oct 2026): Rina fee Rp12.000.000 (balance due 14 Nov: 9 days
//    overdue); Budi fee Rp8.000.000 with a Rp2.000.000 deposit (deposit due 1 Oct: 53 days
//    overdue; balance Rp6.000.000 due 14 Nov: 9 days overdue).
//  Year End (Glow & Co, 1-15 Dec 2026): Rina fee Rp5.000.000, due 14 Jan 2027.
// `inlineReads`: the page's reads deliver before reload() returns (tests of what the page does
// with its rows); false: on the worker, as in the app (tests of the page while it reads).
struct PaymentsDesk
{
    test::TempDir dir;
    std::unique_ptr<MainWindow> window;
    Workspace *ws = nullptr;
    PaymentsPage *page = nullptr;
    QList<qint64> participants;

    explicit PaymentsDesk(bool agency = false, bool inlineReads = true)
    {
        BackgroundRead::setInlineForTests(inlineReads);
        auto opened = test::createWorkspace(dir.path(QStringLiteral("desk.collabdesk")));
        REQUIRE(opened);
        ws = opened.get();
        if (agency)
            REQUIRE(settings::setByName(*ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
        REQUIRE(BrandService(*ws).add({QStringLiteral("Glow & Co"), {}, {}, {}, {}}).ok());
        for (const char *name : {"Rina Wijaya", "Budi Santoso"}) {
            CreatorInput c;
            c.name = QString::fromLatin1(name);
            REQUIRE(CreatorService(*ws).add(c).ok());
        }
        const auto addCampaign = [&](const QString &name, const QDate &start, const QDate &end) {
            CampaignInput c;
            c.name = name;
            c.brand = QStringLiteral("Glow & Co");
            c.status = CampaignStatus::Active;
            c.start = start;
            c.end = end;
            c.currency = QStringLiteral("IDR");
            auto id = CampaignService(*ws).add(c);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
        };
        addCampaign(QStringLiteral("Ramadan Glow"), QDate(2026, 10, 1), QDate(2026, 10, 15));
        addCampaign(QStringLiteral("Year End"), QDate(2026, 12, 1), QDate(2026, 12, 15));
        const auto join = [&](const QString &campaign, const QString &creator, qint64 fee, qint64 deposit) {
            ParticipantInput p{campaign, creator, {}, ParticipantStatus::Confirmed, {}};
            p.compensation.fee = test::idr(fee);
            if (deposit)
                p.compensation.deposit = test::idr(deposit);
            auto id = ParticipantService(*ws).add(p);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            participants << id.value();
        };
        join(QStringLiteral("Ramadan Glow"), QStringLiteral("Rina Wijaya"), 12'000'000, 0);
        join(QStringLiteral("Ramadan Glow"), QStringLiteral("Budi Santoso"), 8'000'000, 2'000'000);
        join(QStringLiteral("Year End"), QStringLiteral("Rina Wijaya"), 5'000'000, 0);
        {
            Transaction tx(*ws);
            REQUIRE(tx);
            PaymentService service(*ws);
            for (qint64 id : participants) {
                auto drafted = service.draft(tx, id);
                INFO(drafted.error().toStdString());
                REQUIRE(drafted.ok());
            }
            REQUIRE(tx.commit().ok());
        }
        window = std::make_unique<MainWindow>(std::move(opened));
        page = window->page<PaymentsPage>(MainWindow::Payments);
        REQUIRE(page != nullptr);
        // As a person would: the page reads its payments when it is shown.
        window->showPage(MainWindow::Payments);
        window->show();
        ask::setAnswerForTests(QMessageBox::Yes);
    }
    ~PaymentsDesk()
    {
        window.reset(); // waits for a read still running
        ask::setAnswerForTests(std::nullopt);
        BackgroundRead::setInlineForTests(false);
    }

    // The rows the page last asked for are on screen (the event loop runs meanwhile, as in the app).
    void waitForRows() const
    {
        for (int waited = 0; page->isReading() && waited < 10'000; waited += 5)
            QTest::qWait(5);
        REQUIRE_FALSE(page->isReading());
    }
    qint64 paymentId(const QString &condition) const
    {
        QSqlDatabase db = ws->db();
        return sql::scalar(db, QStringLiteral("SELECT id FROM payments WHERE ") + condition)->toLongLong();
    }

    QUndoStack *undo() const { return window->undoGroup()->activeStack(); }

    // The texts of `column` in the rows the page shows, in its order.
    QStringList shown(int column) const
    {
        QStringList out;
        const QAbstractItemModel *m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, column).data().toString();
        return out;
    }
    // "Creator/Campaign/Kind/Status/Amount" of each row the page shows.
    QStringList shownRows() const
    {
        QStringList out;
        const QAbstractItemModel *m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList cells;
            for (int c : {PaymentListModel::Creator, PaymentListModel::Campaign, PaymentListModel::Kind,
                          PaymentListModel::Status, PaymentListModel::Amount})
                cells << m->index(r, c).data().toString();
            out << cells.join(QLatin1Char('/'));
        }
        return out;
    }
    // Selects the shown row of `creator`'s `kind` in `campaign` with `amount` (display text).
    void selectRow(const QString &creator, const QString &campaign, const QString &amount)
    {
        const QAbstractItemModel *m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, PaymentListModel::Creator).data().toString() == creator &&
                m->index(r, PaymentListModel::Campaign).data().toString() == campaign &&
                m->index(r, PaymentListModel::Amount).data().toString() == amount) {
                page->table()->selectRow(r);
                return;
            }
        FAIL("no such payment shown");
    }
};
} // namespace cd::test

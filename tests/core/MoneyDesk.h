#pragma once

// The money tests' workspace (PaymentsTest.cpp, PaymentChangesTest.cpp).
#include "TestSupport.h"

#include "common/Clock.h"
#include "money/PaymentLedger.h"
#include "money/PaymentService.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Transaction.h"

namespace cd::test {

// A campaign of Teh Segar with Rina Wijaya (a person with NPWP): fee Rp12,000,000 of which a
// Rp2,000,000 deposit, June 2026.
struct MoneyDesk
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("money.collabdesk")));
    PaymentService payments{*ws};
    qint64 campaign = 0, participant = 0;

    MoneyDesk(bool agency = false)
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        REQUIRE(BrandService(*ws).add({QStringLiteral("Teh Segar"), QStringLiteral("beverages"), {}, {}, {}}).ok());
        CreatorInput rina;
        rina.name = QStringLiteral("Rina Wijaya");
        REQUIRE(CreatorService(*ws).add(rina).ok());
        test::exec(*ws, QStringLiteral("UPDATE creators SET npwp = '0123456789012345'"));
        CampaignInput c;
        c.name = QStringLiteral("Summer Launch");
        c.brand = QStringLiteral("Teh Segar");
        c.start = QDate(2026, 6, 1);
        c.end = QDate(2026, 6, 30);
        c.currency = QStringLiteral("IDR");
        c.status = CampaignStatus::Active;
        auto id = CampaignService(*ws).add(c);
        REQUIRE(id.ok());
        campaign = id.value();
        ParticipantInput p;
        p.campaign = c.name;
        p.creator = rina.name;
        p.compensation.fee = idr(12'000'000);
        p.compensation.deposit = idr(2'000'000);
        auto pid = ParticipantService(*ws).add(p);
        REQUIRE(pid.ok());
        participant = pid.value();
        if (agency) {
            REQUIRE(settings::setByName(*ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
            REQUIRE(
                settings::setByName(*ws, *findSettingKey(u"company_npwp"), QStringLiteral("9876543210123456")).ok());
        }
    }
    ~MoneyDesk() { Clock::setFixed({}); }

    DraftReport draft()
    {
        Transaction tx(*ws);
        REQUIRE(tx);
        auto r = payments.draft(tx, participant);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        REQUIRE(tx.commit().ok());
        return r.value();
    }
    qint64 pay(qint64 id, QDate date, std::optional<qint64> amount = std::nullopt)
    {
        Transaction tx(*ws);
        REQUIRE(tx);
        PayInput in;
        in.date = date;
        if (amount)
            in.amount = idr(*amount);
        auto r = payments.pay(tx, id, in);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        REQUIRE(tx.commit().ok());
        return r.value();
    }
    QList<PaymentRow> rows(std::optional<PaymentDirection> direction = std::nullopt)
    {
        QSqlDatabase db = ws->db();
        PaymentFilter f;
        f.direction = direction;
        auto r = readPayments(db, MoneySettings::read(db), f);
        REQUIRE(r.ok());
        return r.value();
    }
    const PaymentRow &find(const QList<PaymentRow> &rows, PaymentKind kind, bool paid = false)
    {
        for (const PaymentRow &r : rows)
            if (r.kind == kind && r.isPaid() == paid)
                return r;
        FAIL("no such payment");
        return rows.first();
    }
};

} // namespace cd::test

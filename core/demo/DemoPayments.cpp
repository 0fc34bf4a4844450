#include "DemoInternals.h"

#include "analytics/CampaignKpis.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "common/Rounding.h"
#include "money/Invoices.h"
#include "money/MoneySettings.h"
#include "money/PaymentLedger.h"
#include "money/PaymentService.h"
#include "money/Tax.h"
#include "storage/SettingKeys.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

// The demo's money (domain.md "Money, precisely"): the schedule each confirmed or completed
// participant's terms give, then invoices (agency) and payments as they would have happened up to
// today. The agency demo drafts ~25,000 rows and issues ~1,100 invoices, so the schedule, the
// invoices and whole payments are written with prepared statements here, by the same rules as
// PaymentService::draft and ::pay and Invoices::create (DemoTest drafts again through the service
// and finds nothing to change, and issues a demo invoice again through Invoices); voids and the few
// partial payments, which split rows, go through Invoices and PaymentService themselves.

namespace cd::demo {
namespace {

// A row the terms give: a receivable from the brand (agency) or a payable to the creator (brand).
struct Drafted
{
    qint64 id = 0, campaignId = 0;
    PaymentKind kind = PaymentKind::Fee;
    QDate due;
};

struct CampaignInfo
{
    QString name, brand, currency;
    qint64 brandId = 0;
    QDate start, end;
};

// An open row as settling needs it.
struct OpenRow
{
    qint64 id = 0, amount = 0, brandId = 0;
    PaymentKind kind = PaymentKind::Fee;
    QDate due;
    QString currency;
    Payee payee;
};

// Days after the due date a payer settles: most on time, some late; a slow brand mostly 40 to
// 130 days late, which fills the ageing buckets an agency chases.
int lateness(Rng &rng, bool slow)
{
    const double roll = rng.unit();
    if (slow)
        return roll < 0.3 ? int(rng.range(0, 20)) : int(rng.range(40, 130));
    return roll < 0.7 ? int(rng.range(-5, 3)) : roll < 0.95 ? int(rng.range(4, 30)) : int(rng.range(31, 75));
}

QString transferReference(const QDate &paid, qint64 id)
{
    return QStringLiteral("TRF-%1-%2")
        .arg(paid.toString(QStringLiteral("yyyyMMdd")))
        .arg(id % 100'000, 5, 10, QLatin1Char('0'));
}
} // namespace

Status Generator::moneySettings()
{
    QList<std::pair<const char *, QString>> values = {
        {"perspective", m_agency ? QStringLiteral("agency") : QStringLiteral("brand")}};
    if (m_agency)
        values += {{"company_name", QStringLiteral("PT Nusa Talenta Kreatif")},
                   {"company_address", QStringLiteral("Jl. Kemang Raya No. 18, Bangka, Mampang Prapatan, Jakarta "
                                                      "Selatan 12730")},
                   {"company_npwp", QStringLiteral("0912345678017000")},
                   {"company_signatory", QStringLiteral("Ratna Wulandari, Direktur")},
                   {"company_bank_account", QStringLiteral("BCA 527 0123 456 a.n. PT Nusa Talenta Kreatif")}};
    // The settings code's own upsert (core/storage/Settings.cpp), inside the demo's transaction.
    Inserter set(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto &[name, value] : values)
        if (auto r = set({QString::fromLatin1(findSettingKey(QString::fromLatin1(name))->storedKey), value}); !r)
            return r.failure();
    return {};
}

// Tax profiles as an Indonesian roster has them: most residents are persons, many with an NPWP
// (or a NIK that counts), some with the 0.5% final-tax certificate, a few companies; everyone
// abroad is foreign. A few agency creators negotiated their own agency fee.
Status Generator::taxProfiles(Rng &rng)
{
    Inserter update(m_db,
                    QStringLiteral("UPDATE creators SET tax_type = ?, npwp = ?, agency_rate_bp = ? WHERE id = ?"));
    for (const Creator &c : std::as_const(m_creators)) {
        TaxProfile profile = TaxProfile::Foreign;
        QString npwp;
        if (c.country == QLatin1String("ID")) {
            const double roll = rng.unit();
            profile = roll < 0.12 ? TaxProfile::PersonFinal : roll < 0.22 ? TaxProfile::Company : TaxProfile::Person;
            if (profile != TaxProfile::Person || rng.chance(0.65))
                npwp = QString::number(rng.range(1'000'000'000'000'000, 9'999'999'999'999'999));
        }
        QVariant rate;
        if (m_agency && rng.chance(0.06)) {
            const int rates[] = {1'500, 2'500, 3'000};
            rate = rates[rng.range(0, 2)];
        }
        if (auto r = update({wordOf(profile), npwp, rate, c.id}); !r)
            return r.failure();
    }
    return {};
}

Status Generator::money()
{
    // Its own stream, so the money never changes the rest of a seed's workspace.
    Rng rng(m_options.seed * 0x2545F4914F6CDD1DULL + 0x6D6F6E6579ULL);
    if (Status s = moneySettings(); !s)
        return s;
    if (Status s = taxProfiles(rng); !s)
        return s;
    const MoneySettings settings = MoneySettings::read(m_db);
    const PaymentDirection direction = settings.termsDirection();

    QMap<qint64, CampaignInfo> campaigns;
    {
        auto q = sql::run(m_db, QStringLiteral("SELECT c.id, c.name, b.name, c.currency, c.brand_id, c.start_date, "
                                               "c.end_date FROM campaigns c JOIN brands b ON b.id = c.brand_id"));
        if (!q)
            return q.failure();
        while (q->next())
            campaigns.insert(q->value(0).toLongLong(),
                             {q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                              q->value(4).toLongLong(), dateFromSql(q->value(5)), dateFromSql(q->value(6))});
    }

    // 1. The schedule from the terms, as PaymentService::draft drafts it.
    struct Terms
    {
        qint64 id = 0, campaignId = 0;
        bool completed = false;
        qint64 fee = 0, deposit = 0, commissionBp = 0, points = 0, pointValue = 0;
        std::optional<qint64> agencyRateBp;
        QDate signedDate;
        std::optional<int> termsDays;
    };
    QList<Terms> all;
    {
        // clang-format off
        auto q = sql::run(m_db, QStringLiteral(R"(
SELECT p.id, c.id, c.status, coalesce(p.fee_minor, 0), coalesce(p.deposit_minor, 0), coalesce(p.commission_rate_bp, 0),
  coalesce(p.points, 0), coalesce(p.point_value_minor, 0), coalesce(p.agency_rate_bp, cr.agency_rate_bp), k.signed_date,
  (SELECT v.payment_terms_days FROM contract_versions v WHERE v.contract_id = k.id ORDER BY v.version DESC LIMIT 1)
FROM participants p JOIN campaigns c ON c.id = p.campaign_id JOIN creators cr ON cr.id = p.creator_id
  LEFT JOIN contracts k ON k.participant_id = p.id
WHERE p.status IN ('confirmed', 'completed') ORDER BY p.id)"));
        // clang-format on
        if (!q)
            return q.failure();
        while (q->next()) {
            Terms t;
            t.id = q->value(0).toLongLong();
            t.campaignId = q->value(1).toLongLong();
            t.completed = q->value(2).toString() == wordOf(CampaignStatus::Completed);
            t.fee = q->value(3).toLongLong();
            t.deposit = q->value(4).toLongLong();
            t.commissionBp = q->value(5).toLongLong();
            t.points = q->value(6).toLongLong();
            t.pointValue = q->value(7).toLongLong();
            if (!q->value(8).isNull())
                t.agencyRateBp = q->value(8).toLongLong();
            t.signedDate = dateFromSql(q->value(9));
            if (!q->value(10).isNull())
                t.termsDays = q->value(10).toInt();
            all << t;
        }
    }
    Inserter insert(m_db, QStringLiteral("INSERT INTO payments (participant_id, kind, direction, origin, amount_minor, "
                                         "due_date, receivable_id, created_at, updated_at) "
                                         "VALUES (?, ?, ?, 'drafted', ?, ?, ?, ?, ?)"));
    // Commission is on the revenue of the creator's posts as of the campaign's end: one KPI run per
    // campaign serves all its participants.
    QHash<qint64, QHash<qint64, qint64>> commissions;
    QList<Drafted> drafted;
    for (const Terms &t : std::as_const(all)) {
        const CampaignInfo &c = campaigns[t.campaignId];
        const QDate anchor = c.end.isValid() ? c.end : c.start;
        const QDate balanceDue = anchor.addDays(t.termsDays.value_or(settings.paymentTermsDays));
        qint64 commission = 0;
        if (t.completed && t.commissionBp > 0) {
            if (!commissions.contains(t.campaignId)) {
                auto kpis = campaignKpis(m_db, c.name, anchor);
                if (!kpis)
                    return kpis.failure();
                QHash<qint64, qint64> &byParticipant = commissions[t.campaignId];
                for (const CreatorKpis &k : kpis->creators)
                    byParticipant.insert(k.participantId, k.commission);
            }
            commission = commissions[t.campaignId].value(t.id);
        }
        const std::tuple<PaymentKind, qint64, QDate> targets[] = {
            {PaymentKind::Deposit, t.deposit, t.signedDate.isValid() ? t.signedDate : c.start},
            {PaymentKind::Fee, std::max<qint64>(0, t.fee - t.deposit), balanceDue},
            {PaymentKind::Commission, commission, balanceDue},
            {PaymentKind::Points, t.points * t.pointValue, balanceDue},
        };
        const qint64 rate = t.agencyRateBp.value_or(settings.agencyRateBp);
        for (const auto &[kind, amount, due] : targets) {
            if (amount <= 0)
                continue;
            auto id = insert({t.id, wordOf(kind), wordOf(direction), amount, isoDate(due), QVariant(), m_now, m_now});
            if (!id)
                return id.failure();
            drafted << Drafted{id.value(), t.campaignId, kind, due};
            if (direction == PaymentDirection::Payable)
                continue;
            // The creator's share waits, without a due date, until the brand pays.
            const qint64 share = amount - percentOf(amount, rate);
            if (share > 0)
                if (auto p = insert({t.id, wordOf(kind), wordOf(PaymentDirection::Payable), share, QVariant(),
                                     id.value(), m_now, m_now});
                    !p)
                    return p.failure();
        }
    }

    // 2. Invoices (agency), in the order they were issued so their numbers grow with the dates:
    // most campaigns' deposits when the contracts are signed, their balances after they end; two
    // are voided a few days later and issued again.
    Invoices invoices(m_ws);
    if (m_agency) {
        struct Event
        {
            qint64 campaignId = 0;
            QList<qint64> ids;
            QDate due;
            bool voidLater = false;
            qint64 voidInvoice = 0; // this event voids that invoice and issues its receivables again
        };
        QMap<qint64, QList<Drafted>> byCampaign;
        for (const Drafted &d : std::as_const(drafted))
            byCampaign[d.campaignId] << d;
        std::multimap<QDate, Event> events;
        QList<std::multimap<QDate, Event>::iterator> balances;
        for (auto it = byCampaign.cbegin(); it != byCampaign.cend(); ++it) {
            QList<qint64> deposits, rest;
            QDate depositDue, balanceDue;
            for (const Drafted &d : it.value()) {
                QList<qint64> &ids = d.kind == PaymentKind::Deposit ? deposits : rest;
                QDate &due = d.kind == PaymentKind::Deposit ? depositDue : balanceDue;
                ids << d.id;
                if (!due.isValid() || d.due > due)
                    due = d.due;
            }
            if (!deposits.isEmpty() && rng.chance(0.6)) {
                const QDate issued = depositDue.addDays(-rng.range(5, 10));
                if (issued <= m_today)
                    events.insert({issued, Event{it.key(), deposits, depositDue}});
            }
            const QDate end = campaigns[it.key()].end;
            if (!rest.isEmpty() && rng.chance(0.85)) {
                const QDate issued = end.addDays(rng.range(1, 6));
                if (issued <= m_today) {
                    auto e = events.insert({issued, Event{it.key(), rest, std::max(balanceDue, issued)}});
                    if (issued <= m_today.addDays(-20))
                        balances << e;
                }
            }
        }
        for (qsizetype i : {balances.size() / 3, balances.size() * 2 / 3})
            if (i < balances.size())
                balances.at(i)->second.voidLater = true;
        // Invoices::create, for receivables known to be open, of one brand and currency and on no
        // invoice: its numbering, amounts, seller details and lines (campaign, creator, deliverables,
        // kind, amount, by creator and due date). Its query for the brand's open receivables scans
        // every open payment, ~40 ms a call here before anything is paid, hence this copy.
        struct Line
        {
            qint64 id = 0, amount = 0;
            QString campaign, creator, creatorKey, deliverables, kind, due;
            qint64 brandId = 0;
            QString currency;
        };
        QHash<qint64, Line> lines;
        {
            // clang-format off
            auto q = sql::run(m_db, QStringLiteral(R"(
SELECT p.id, p.amount_minor, c.name, cr.name, cr.name_key, coalesce(d.titles, ''), p.kind, coalesce(p.due_date, '9999'),
  c.brand_id, c.currency
FROM payments p JOIN participants pt ON pt.id = p.participant_id JOIN campaigns c ON c.id = pt.campaign_id
  JOIN creators cr ON cr.id = pt.creator_id
  LEFT JOIN (SELECT participant_id, group_concat(title, '; ') AS titles
             FROM (SELECT participant_id, title FROM deliverables ORDER BY participant_id, title_key) AS ordered
             GROUP BY participant_id) d ON d.participant_id = pt.id
WHERE p.direction = 'receivable')"));
            // clang-format on
            if (!q)
                return q.failure();
            while (q->next())
                lines.insert(q->value(0).toLongLong(),
                             Line{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                                  q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                  q->value(6).toString(), q->value(7).toString(), q->value(8).toLongLong(),
                                  q->value(9).toString()});
        }
        QHash<int, int> sequences;
        {
            auto q = sql::run(m_db, QStringLiteral("SELECT year, max(sequence) FROM invoices GROUP BY year"));
            if (!q)
                return q.failure();
            while (q->next())
                sequences.insert(q->value(0).toInt(), q->value(1).toInt());
        }
        Inserter invoice(m_db, QStringLiteral("INSERT INTO invoices (number, year, sequence, brand_id, currency, "
                                              "issue_date, due_date, subtotal_minor, vat_rate_bp, vat_minor, "
                                              "pph23_rate_bp, pph23_minor, seller_name, seller_address, seller_npwp, "
                                              "seller_bank, created_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        Inserter line(m_db,
                      QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, payment_id, campaign, "
                                     "creator, deliverables, kind, amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        Inserter mark(m_db, QStringLiteral("UPDATE payments SET invoice_id = ?, updated_at = ? WHERE id = ?"));
        const auto issue = [&](const QList<qint64> &ids, const QDate &issued, const QDate &due) -> Result<qint64> {
            QList<Line> chosen;
            for (qint64 id : ids)
                chosen << lines.value(id);
            std::sort(chosen.begin(), chosen.end(), [](const Line &a, const Line &b) {
                return std::tie(a.creatorKey, a.due, a.id) < std::tie(b.creatorKey, b.due, b.id);
            });
            qint64 subtotal = 0;
            for (const Line &l : std::as_const(chosen))
                subtotal += l.amount;
            const QString &currency = chosen.first().currency;
            const bool rupiah = currency == QLatin1String("IDR");
            const bool agencyNpwp = settings.hasCompanyNpwp();
            const qint64 vat = tax::vat(subtotal, currency, settings);
            const int sequence = ++sequences[issued.year()];
            auto id = invoice({Invoices::numberFor(settings.invoicePattern, issued, sequence), issued.year(), sequence,
                               chosen.first().brandId, currency, isoDate(issued), isoDate(due), subtotal,
                               vat ? settings.vatRateBp : 0, vat,
                               rupiah ? (agencyNpwp ? settings.pph23RateBp : settings.pph23RateBp * 2) : 0,
                               rupiah ? tax::pph23(subtotal, agencyNpwp, settings) : 0, settings.companyName,
                               settings.companyAddress, settings.companyNpwp, settings.companyBankAccount, m_now});
            if (!id)
                return id;
            for (qsizetype i = 0; i < chosen.size(); ++i) {
                const Line &l = chosen.at(i);
                if (auto r = line({*id, i + 1, l.id, l.campaign, l.creator, l.deliverables, l.kind, l.amount}); !r)
                    return r;
                if (auto r = mark({*id, m_now, l.id}); !r)
                    return r;
            }
            return id;
        };
        while (!events.empty()) {
            const QDate issued = events.begin()->first;
            const Event e = events.begin()->second;
            events.erase(events.begin());
            if (e.voidInvoice)
                if (Status s = invoices.voidInvoice(m_tx, e.voidInvoice, issued); !s)
                    return s;
            auto id = issue(e.ids, issued, std::max(e.due, issued));
            if (!id)
                return id.failure();
            if (e.voidInvoice) {
                auto number = sql::scalar(m_db, QStringLiteral("SELECT number FROM invoices WHERE id = ?"), {*id});
                if (!number)
                    return number.failure();
                if (auto q = sql::run(m_db, QStringLiteral("UPDATE invoices SET notes = ? WHERE id = ?"),
                                      {QStringLiteral("Issued with the wrong purchase order number; replaced by %1.")
                                           .arg(number->toString()),
                                       e.voidInvoice});
                    !q)
                    return q.failure();
            }
            if (e.voidLater)
                events.insert({issued.addDays(rng.range(2, 6)), Event{e.campaignId, e.ids, e.due, false, *id}});
        }
    }

    // 3. What was paid by today: the terms' rows (the brand's money in, or the brand workspace's
    // own payments out), then the creators' payables an agency owes once the brand has paid.
    PaymentService service(m_ws);
    const auto openRows = [&](PaymentDirection which) -> Result<QList<OpenRow>> {
        // clang-format off
        auto q = sql::run(m_db, QStringLiteral(R"(
SELECT p.id, p.amount_minor, p.kind, p.due_date, c.currency, c.brand_id, cr.tax_type, cr.npwp
FROM payments p JOIN participants pt ON pt.id = p.participant_id JOIN campaigns c ON c.id = pt.campaign_id
  JOIN creators cr ON cr.id = pt.creator_id
WHERE p.direction = ? AND p.paid_date IS NULL AND p.due_date IS NOT NULL ORDER BY p.id)"), {wordOf(which)});
        // clang-format on
        if (!q)
            return q.failure();
        QList<OpenRow> rows;
        while (q->next())
            rows << OpenRow{q->value(0).toLongLong(),
                            q->value(1).toLongLong(),
                            q->value(5).toLongLong(),
                            wordFrom<PaymentKind>(q->value(2).toString()).value_or(PaymentKind::Other),
                            dateFromSql(q->value(3)),
                            q->value(4).toString(),
                            {wordFrom<TaxProfile>(q->value(6).toString()).value_or(TaxProfile::Person),
                             !q->value(7).toString().isEmpty()}};
        return rows;
    };
    Inserter paid(m_db, QStringLiteral("UPDATE payments SET paid_date = ?, withheld_minor = ?, method = 'transfer', "
                                       "reference = ?, updated_at = ? WHERE id = ?"));
    Inserter payout(m_db, QStringLiteral("UPDATE payments SET due_date = ?, updated_at = ? WHERE receivable_id = ? AND "
                                         "paid_date IS NULL AND due_date IS NULL"));
    // About a quarter of an agency's brands pay late; a brand workspace holds back a few payments
    // (missing tax papers, a disputed post).
    QSet<qint64> slowBrands;
    for (const Brand &b : std::as_const(m_brands))
        if (m_agency && rng.chance(0.25))
            slowBrands.insert(b.id);
    auto terms = openRows(direction);
    if (!terms)
        return terms.failure();
    // The brand workspace's couple of overdue rows: the two that fell due last, and the odd one more.
    QSet<qint64> held;
    if (!m_agency) {
        QList<OpenRow> fallenDue;
        for (const OpenRow &r : std::as_const(*terms))
            if (r.due < m_today)
                fallenDue << r;
        std::sort(fallenDue.begin(), fallenDue.end(),
                  [](const OpenRow &a, const OpenRow &b) { return std::tie(b.due, b.id) < std::tie(a.due, a.id); });
        for (const OpenRow &r : fallenDue.mid(0, 2))
            held.insert(r.id);
    }
    for (const OpenRow &r : std::as_const(*terms)) {
        const QDate on = r.due.addDays(lateness(rng, slowBrands.contains(r.brandId)));
        if (on > m_today || held.contains(r.id) || (!m_agency && rng.chance(0.03)))
            continue;
        if (rng.chance(0.015)) {
            // Part now, the rest still open: whole thousands of rupiah or whole dollars.
            const qint64 unit = r.currency == QLatin1String("IDR") ? 1'000 : 100;
            const qint64 part = r.amount * rng.range(3, 7) / 10 / unit * unit;
            if (part > 0 && part < r.amount) {
                auto rest = service.pay(
                    m_tx, r.id,
                    PayInput{on, Money(part, r.currency), QStringLiteral("transfer"), transferReference(on, r.id)});
                if (!rest)
                    return rest.failure();
                // The rest follows a few weeks later, unless that is still to come: an open rest
                // from two years ago is not what an agency's ledger looks like.
                const QDate later = on.addDays(rng.range(20, 60));
                if (rest.value() && later <= m_today)
                    if (auto done = service.pay(m_tx, rest.value(),
                                                PayInput{later, std::nullopt, QStringLiteral("transfer"),
                                                         transferReference(later, rest.value())});
                        !done)
                        return done.failure();
                continue;
            }
        }
        const qint64 withheld = withholdingFor(r.kind, direction, r.amount, r.currency, r.payee, settings);
        if (auto q = paid({isoDate(on), withheld, transferReference(on, r.id), m_now, r.id}); !q)
            return q.failure();
        if (direction == PaymentDirection::Receivable)
            if (auto q = payout({isoDate(on.addDays(settings.creatorPayoutDays)), m_now, r.id}); !q)
                return q.failure();
    }
    if (m_agency) {
        auto payables = openRows(PaymentDirection::Payable);
        if (!payables)
            return payables.failure();
        for (const OpenRow &r : std::as_const(*payables)) {
            const double roll = rng.unit();
            const int late = roll < 0.85   ? int(rng.range(-2, 2))
                             : roll < 0.97 ? int(rng.range(3, 20))
                                           : int(rng.range(21, 60));
            const QDate on = r.due.addDays(late);
            if (on > m_today)
                continue;
            const qint64 withheld =
                withholdingFor(r.kind, PaymentDirection::Payable, r.amount, r.currency, r.payee, settings);
            if (auto q = paid({isoDate(on), withheld, transferReference(on, r.id), m_now, r.id}); !q)
                return q.failure();
        }
    }

    const std::pair<qint64 *, const char *> counts[] = {{&m_sum.payments, "payments"}, {&m_sum.invoices, "invoices"}};
    for (const auto &[count, table] : counts) {
        auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!n)
            return n.failure();
        *count = n->toLongLong();
    }
    return {};
}

} // namespace cd::demo

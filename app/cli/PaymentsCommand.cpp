#include "Command.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "money/MoneyJson.h"
#include "money/PaymentLedger.h"
#include "money/PaymentService.h"
#include "services/Lookup.h"
#include "services/ParticipantService.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `payments` lists (with status and ageing as of a date); `payments draft` drafts a schedule from
// the terms; `payments pay` settles a row, in part when given an amount.
class Payments final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Payments)
public:
    QString name() const override { return QStringLiteral("payments"); }
    QString summary() const override
    {
        return tr("Payments: list them with their status as of a date, draft a campaign's schedule from the terms "
                  "('payments draft'), or record one as paid ('payments pay', in part with --amount).");
    }
    QString arguments() const override
    {
        return QStringLiteral("[--as-of D] [--status S] [--creator X] [--brand B] [--json] | draft --campaign C "
                              "[--creator X] | pay --id N --date D [--amount A] [--method M] [--reference R]");
    }

protected:
    bool writes() const override { return m_writes; }
    int positionalCount() const override { return -1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("as-of"), tr("Status and ageing as of DATE (default today)."), QStringLiteral("DATE")});
        parser.addOption(
            {QStringLiteral("status"), tr("open, due, overdue, paid or all (default all)."), QStringLiteral("S")});
        parser.addOption({QStringLiteral("creator"), tr("Only this creator's payments (or draft only theirs)."),
                          QStringLiteral("X")});
        parser.addOption({QStringLiteral("brand"), tr("Only this brand's campaigns."), QStringLiteral("B")});
        parser.addOption({QStringLiteral("campaign"), tr("The campaign to draft."), QStringLiteral("C")});
        parser.addOption({QStringLiteral("json"), tr("Print the JSON array of formats.md.")});
        parser.addOption({QStringLiteral("id"), tr("The payment to record as paid."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("date"), tr("The day it was paid (YYYY-MM-DD)."), QStringLiteral("D")});
        parser.addOption(
            {QStringLiteral("amount"), tr("The gross part paid, when not all of it."), QStringLiteral("A")});
        parser.addOption({QStringLiteral("method"), tr("How it was paid (transfer, cash, ...)."), QStringLiteral("M")});
        parser.addOption({QStringLiteral("reference"), tr("The transfer's reference."), QStringLiteral("R")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QStringList args = parser.positionalArguments().mid(1);
        const QString what = args.value(0);
        if (args.size() > 1 || (!what.isEmpty() && what != QLatin1String("draft") && what != QLatin1String("pay")))
            return fail(tr("unknown payments command '%1': use payments, payments draft or payments pay")
                            .arg(args.join(QLatin1Char(' '))));
        m_writes = !what.isEmpty();
        if (auto d = dateOption(parser, QStringLiteral("as-of")); !d)
            return fail(d.error());
        if (parser.isSet(QStringLiteral("status")) &&
            !QStringList{QStringLiteral("open"), QStringLiteral("due"), QStringLiteral("overdue"),
                         QStringLiteral("paid"), QStringLiteral("all")}
                 .contains(parser.value(QStringLiteral("status"))))
            return fail(tr("--status takes open, due, overdue, paid or all"));
        if (what == QLatin1String("draft") && parser.value(QStringLiteral("campaign")).trimmed().isEmpty())
            return fail(tr("name the campaign to draft with --campaign C"));
        if (what == QLatin1String("pay")) {
            bool ok = false;
            parser.value(QStringLiteral("id")).toLongLong(&ok);
            if (!ok)
                return fail(tr("name the payment with --id N ('collabdesk-cli payments' shows the ids)"));
            if (!parser.isSet(QStringLiteral("date")))
                return fail(tr("give the day it was paid with --date YYYY-MM-DD"));
            if (auto d = dateOption(parser, QStringLiteral("date")); !d)
                return fail(d.error());
        }
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QString what = parser.positionalArguments().value(1);
        if (what == QLatin1String("draft"))
            return draft(ws, parser, ctx);
        if (what == QLatin1String("pay"))
            return pay(ws, parser, ctx);
        return list(ws, parser, ctx);
    }

private:
    int list(Workspace &ws, const QCommandLineParser &parser, Context &ctx)
    {
        const QDate asOf = dateOption(parser, QStringLiteral("as-of"), Clock::today()).value();
        PaymentFilter filter;
        for (const auto &[option, table, id] :
             {std::tuple{"creator", "creators", &filter.creatorId}, std::tuple{"brand", "brands", &filter.brandId}}) {
            const QString name = parser.value(QString::fromLatin1(option));
            if (name.isEmpty())
                continue;
            const auto found = lookup::idByName(ws, table, name);
            if (!found) {
                ctx.out.error(tr("unknown %1 '%2'").arg(QString::fromLatin1(option), cleanName(name)));
                return UserError;
            }
            *id = *found;
        }
        QSqlDatabase db = ws.db();
        auto rows = readPayments(db, MoneySettings::read(db), filter);
        if (!rows) {
            ctx.out.error(rows.error());
            return UserError;
        }
        const QString status = parser.value(QStringLiteral("status"));
        QList<PaymentRow> shown;
        for (const PaymentRow &r : std::as_const(*rows)) {
            const PaymentState s = r.state(asOf);
            const bool keep = status.isEmpty() || status == QLatin1String("all") ||
                              (status == QLatin1String("open") ? s != PaymentState::Paid : stateWord(s) == status);
            if (keep)
                shown << r;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.jsonText(paymentsJson(shown, asOf));
            return Success;
        }
        if (shown.isEmpty()) {
            ctx.out.line(tr("No payments%1.")
                             .arg(rows->isEmpty() ? tr(" yet; 'payments draft --campaign C' drafts a "
                                                       "campaign's schedule from its terms")
                                                  : tr(" match")));
            return Success;
        }
        QList<QStringList> table{{tr("id"), tr("due"), tr("status"), tr("direction"), tr("campaign"), tr("creator"),
                                  tr("kind"), tr("amount"), tr("withheld"), tr("net"), tr("paid"), tr("invoice")}};
        for (const PaymentRow &r : std::as_const(shown)) {
            const auto late = daysOverdue(r.timing, asOf);
            table << QStringList{QString::number(r.id),
                                 isoDate(r.timing.due),
                                 stateWord(r.state(asOf)) + (late ? tr(" %n day(s)", nullptr, *late) : QString()),
                                 wordOf(r.direction),
                                 r.campaign,
                                 r.creator,
                                 wordOf(r.kind),
                                 Money(r.amount, r.currency).format(),
                                 Money(r.withheld, r.currency).format(),
                                 Money(r.net(), r.currency).format(),
                                 isoDate(r.timing.paid),
                                 r.invoiceNumber};
        }
        ctx.out.text(tableText(table, {true, false, false, false, false, false, false, true, true, true}));
        return Success;
    }

    int draft(Workspace &ws, const QCommandLineParser &parser, Context &ctx)
    {
        const auto campaign = lookup::idByName(ws, "campaigns", parser.value(QStringLiteral("campaign")));
        if (!campaign) {
            ctx.out.error(tr("unknown campaign '%1'").arg(cleanName(parser.value(QStringLiteral("campaign")))));
            return UserError;
        }
        PaymentService payments(ws);
        Transaction tx(ws);
        if (!tx) {
            ctx.out.error(tx.error());
            return UserError;
        }
        Result<DraftReport> report = DraftReport{};
        if (parser.isSet(QStringLiteral("creator"))) {
            const QString creator = parser.value(QStringLiteral("creator"));
            const auto participant = ParticipantService(ws).find(parser.value(QStringLiteral("campaign")), creator);
            if (!participant) {
                ctx.out.error(tr("%1 is not in that campaign").arg(cleanName(creator)));
                return UserError;
            }
            report = payments.draft(tx, participant->first);
        } else {
            report = payments.draftCampaign(tx, *campaign);
        }
        if (!report) {
            ctx.out.error(report.error());
            return UserError;
        }
        if (Status s = tx.commit(); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
        for (const QString &skipped : std::as_const(report->skipped))
            ctx.out.warning(tr("skipped %1").arg(skipped));
        ctx.out.line(tr("Drafted: %1 new, %2 updated, %3 removed, %4 unchanged.")
                         .arg(report->added)
                         .arg(report->updated)
                         .arg(report->removed)
                         .arg(report->unchanged));
        return Success;
    }

    int pay(Workspace &ws, const QCommandLineParser &parser, Context &ctx)
    {
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong();
        QSqlDatabase db = ws.db();
        auto row = readPayment(db, MoneySettings::read(db), id);
        if (!row) {
            ctx.out.error(row.error());
            return UserError;
        }
        PayInput in;
        in.date = dateOption(parser, QStringLiteral("date")).value();
        in.method = parser.value(QStringLiteral("method"));
        in.reference = parser.value(QStringLiteral("reference"));
        if (parser.isSet(QStringLiteral("amount"))) {
            auto amount = Money::parse(parser.value(QStringLiteral("amount")), row->currency);
            if (!amount) {
                ctx.out.error(tr("--amount: %1").arg(amount.error()));
                return UserError;
            }
            in.amount = amount.value();
        }
        Transaction tx(ws);
        if (!tx) {
            ctx.out.error(tx.error());
            return UserError;
        }
        auto rest = PaymentService(ws).pay(tx, id, in);
        if (!rest) {
            ctx.out.error(rest.error());
            return UserError;
        }
        if (Status s = tx.commit(); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
        const qint64 paid = in.amount ? in.amount->minor() : row->amount;
        if (rest.value())
            ctx.out.line(tr("Paid %1 of payment %2 on %3; the open %4 is payment %5.")
                             .arg(Money(paid, row->currency).format())
                             .arg(id)
                             .arg(isoDate(in.date), Money(row->amount - paid, row->currency).format())
                             .arg(rest.value()));
        else
            ctx.out.line(
                tr("Paid payment %1 (%2) on %3.").arg(id).arg(Money(paid, row->currency).format(), isoDate(in.date)));
        return Success;
    }

    mutable bool m_writes = false;
};

} // namespace

std::unique_ptr<Command> makePayments()
{
    return std::make_unique<Payments>();
}

} // namespace cd::cli

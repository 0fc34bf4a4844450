#include "Command.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "money/MoneyJson.h"
#include "money/PaymentLedger.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `ageing`: open amounts per brand (receivables) and creator (payables) by days overdue.
class Ageing final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ageing)
public:
    QString name() const override { return QStringLiteral("ageing"); }
    QString summary() const override
    {
        return tr("Open amounts per brand (receivable) or creator (payable) by how late they are: current, 1-30, "
                  "31-60, 61-90 and 90+ days.");
    }
    QString arguments() const override { return QStringLiteral("[--as-of DATE] [--json]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("as-of"), tr("Age as of DATE (default today)."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("json"), tr("Print the JSON array of formats.md.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        auto d = dateOption(parser, QStringLiteral("as-of"));
        return d ? Status() : fail(d.error());
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QDate asOf = dateOption(parser, QStringLiteral("as-of"), Clock::today()).value();
        QSqlDatabase db = ws.db();
        auto rows = readPayments(db, MoneySettings::read(db));
        if (!rows) {
            ctx.out.error(rows.error());
            return UserError;
        }
        const QList<AgeingRow> aged = ageing(rows.value(), asOf);
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(ageingToJson(aged));
            return Success;
        }
        if (aged.isEmpty()) {
            ctx.out.line(tr("Nothing open is due or overdue as of %1.").arg(asOf.toString(Qt::ISODate)));
            return Success;
        }
        QList<QStringList> table{{tr("direction"), tr("party"), tr("current"), QStringLiteral("1-30"),
                                  QStringLiteral("31-60"), QStringLiteral("61-90"), QStringLiteral("90+"),
                                  tr("total")}};
        for (const AgeingRow &a : aged) {
            QStringList row{wordOf(a.direction), a.party};
            for (qint64 b : a.buckets)
                row << Money(b, a.currency).format();
            row << Money(a.total(), a.currency).format();
            table << row;
        }
        ctx.out.text(tableText(table, {false, false, true, true, true, true, true, true}));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeAgeing()
{
    return std::make_unique<Ageing>();
}

} // namespace cd::cli

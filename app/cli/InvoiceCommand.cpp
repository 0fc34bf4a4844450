#include "Command.h"

#include "InvoiceDocument.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "money/Invoices.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {
namespace {

// `invoice create|list|void|export`: the agency's invoices to brands.
class InvoiceCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCommand)
public:
    QString name() const override { return QStringLiteral("invoice"); }
    QString summary() const override
    {
        return tr("Invoices to brands (agency workspaces): create one from a brand's open receivables, list them, "
                  "void one (it keeps its number), or export one as a PDF.");
    }
    QString arguments() const override
    {
        return QStringLiteral("create --brand B [--campaign C] [--date D] [--due D] | list [--json] | void --number N "
                              "| export --number N --pdf OUT [--lang en|id]");
    }

protected:
    bool writes() const override { return m_writes; }
    int positionalCount() const override { return 1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("brand"), tr("The brand to invoice."), QStringLiteral("B")});
        parser.addOption({QStringLiteral("campaign"), tr("Only this campaign's receivables."), QStringLiteral("C")});
        parser.addOption(
            {QStringLiteral("currency"), tr("The currency, when the brand owes in several."), QStringLiteral("CUR")});
        parser.addOption({QStringLiteral("date"), tr("The issue date (default today)."), QStringLiteral("D")});
        parser.addOption({QStringLiteral("due"), tr("The due date (default the issue date plus the payment terms)."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("number"), tr("The invoice, by its number."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("OUT")});
        parser.addOption(
            {QStringLiteral("lang"), tr("The PDF's language: en or id (default en)."), QStringLiteral("LANG")});
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString what = parser.positionalArguments().at(1);
        const QStringList known{QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("void"),
                                QStringLiteral("export")};
        if (!known.contains(what))
            return fail(tr("unknown invoice command '%1': use invoice create, list, void or export").arg(what));
        m_writes = what == QLatin1String("create") || what == QLatin1String("void");
        if (what == QLatin1String("create") && parser.value(QStringLiteral("brand")).trimmed().isEmpty())
            return fail(tr("name the brand to invoice with --brand B"));
        if ((what == QLatin1String("void") || what == QLatin1String("export")) &&
            parser.value(QStringLiteral("number")).trimmed().isEmpty())
            return fail(tr("name the invoice with --number N ('collabdesk-cli invoice list' shows them)"));
        if (what == QLatin1String("export") && parser.value(QStringLiteral("pdf")).trimmed().isEmpty())
            return fail(tr("name the file to write with --pdf OUT.pdf"));
        for (const QString &option : {QStringLiteral("date"), QStringLiteral("due")})
            if (auto d = dateOption(parser, option); !d)
                return fail(d.error());
        if (parser.isSet(QStringLiteral("lang")))
            if (auto l = parseWord<ContractLanguage>(parser.value(QStringLiteral("lang"))); !l)
                return fail(l.error());
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QString what = parser.positionalArguments().at(1);
        if (what == QLatin1String("create") || what == QLatin1String("void"))
            return write(ws, parser, ctx, what == QLatin1String("create"));
        QSqlDatabase db = ws.db();
        if (what == QLatin1String("export")) {
            auto invoice = readInvoiceByNumber(db, parser.value(QStringLiteral("number")));
            if (!invoice) {
                ctx.out.error(invoice.error());
                return UserError;
            }
            const ContractLanguage language =
                parser.isSet(QStringLiteral("lang"))
                    ? parseWord<ContractLanguage>(parser.value(QStringLiteral("lang"))).value()
                    : ContractLanguage::En;
            const QString out = parser.value(QStringLiteral("pdf"));
            auto pages = writeInvoicePdf(invoice.value(), language, out);
            if (!pages) {
                ctx.out.error(pages.error());
                return UserError;
            }
            ctx.out.line(tr("Wrote %1 (%n page(s))", nullptr, pages.value()).arg(out));
            return Success;
        }
        auto invoices = readInvoices(db);
        if (!invoices) {
            ctx.out.error(invoices.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray out;
            for (const Invoice &v : std::as_const(*invoices)) {
                const auto money = [&](qint64 m) { return Money(m, v.currency).toPlain(); };
                out.append(QJsonObject{
                    {QStringLiteral("number"), v.number},
                    {QStringLiteral("brand"), v.brand},
                    {QStringLiteral("currency"), v.currency},
                    {QStringLiteral("issue_date"), isoDate(v.issued)},
                    {QStringLiteral("due_date"), isoDate(v.due)},
                    {QStringLiteral("status"), v.isVoid ? QStringLiteral("void") : QStringLiteral("issued")},
                    {QStringLiteral("subtotal"), money(v.subtotal)},
                    {QStringLiteral("vat"), money(v.vat)},
                    {QStringLiteral("total"), money(v.total())},
                    {QStringLiteral("pph23"), money(v.pph23)}});
            }
            ctx.out.json(out);
            return Success;
        }
        if (invoices->isEmpty()) {
            ctx.out.line(tr("No invoices yet; 'invoice create --brand B' invoices a brand's open receivables."));
            return Success;
        }
        QList<QStringList> table{{tr("number"), tr("brand"), tr("issued"), tr("due"), tr("total"), tr("status")}};
        for (const Invoice &v : std::as_const(*invoices))
            table << QStringList{v.number,
                                 v.brand,
                                 isoDate(v.issued),
                                 isoDate(v.due),
                                 Money(v.total(), v.currency).format(),
                                 v.isVoid ? tr("void") : tr("issued")};
        ctx.out.text(tableText(table, {false, false, false, false, true}));
        return Success;
    }

private:
    int write(Workspace &ws, const QCommandLineParser &parser, Context &ctx, bool create)
    {
        Transaction tx(ws);
        if (!tx) {
            ctx.out.error(tx.error());
            return UserError;
        }
        Invoices invoices(ws);
        qint64 id = 0;
        if (create) {
            InvoiceRequest request;
            request.brand = parser.value(QStringLiteral("brand"));
            request.campaign = parser.value(QStringLiteral("campaign"));
            request.currency = parser.value(QStringLiteral("currency"));
            request.issued = dateOption(parser, QStringLiteral("date")).value();
            request.due = dateOption(parser, QStringLiteral("due")).value();
            auto made = invoices.create(tx, request);
            if (!made) {
                ctx.out.error(made.error());
                return UserError;
            }
            id = made.value();
        } else {
            auto invoice = readInvoiceByNumber(tx.db(), parser.value(QStringLiteral("number")));
            if (!invoice) {
                ctx.out.error(invoice.error());
                return UserError;
            }
            id = invoice->id;
            if (Status s = invoices.voidInvoice(tx, id, Clock::today()); !s) {
                ctx.out.error(s.error());
                return UserError;
            }
        }
        if (Status s = tx.commit(); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
        QSqlDatabase db = ws.db();
        const Invoice v = readInvoice(db, id).value();
        if (create)
            ctx.out.line(tr("Created invoice %1 to %2: %n line(s), total %3, due %4.", nullptr, int(v.lines.size()))
                             .arg(v.number, v.brand, Money(v.total(), v.currency).format(), isoDate(v.due)));
        else
            ctx.out.line(tr("Voided invoice %1; its receivables can be invoiced again.").arg(v.number));
        return Success;
    }

    mutable bool m_writes = false;
};

} // namespace

std::unique_ptr<Command> makeInvoice()
{
    return std::make_unique<InvoiceCommand>();
}

} // namespace cd::cli

// money_bench: how long the money figures take on the agency demo and on a workspace grown to
// 50,000 payments: the ledger read (every row with status, tax and invoice), ageing, the JSON of
// `payments --json`, and `collabdesk-cli payments --json` / `ageing --json` end to end.
// Usage: money_bench [AGENCY.collabdesk]   (without a path it generates the agency demo first)
#include "BenchSupport.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "money/MoneyJson.h"
#include "money/PaymentLedger.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cd;

namespace {

std::unique_ptr<Workspace> openOrDie(const QString &path, bool create = false)
{
    Workspace::Options options;
    options.create = create;
    auto ws = Workspace::open(path, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    return std::move(ws.value());
}

// Copies every payment row until the workspace holds `target` of them (the same participants,
// dates and amounts, new ids), so the ledger's size is the only thing that changes.
void growPayments(Workspace &ws, qint64 target)
{
    Transaction tx(ws);
    for (;;) {
        const qint64 n = sql::scalar(tx.db(), QStringLiteral("SELECT count(*) FROM payments")).value().toLongLong();
        if (n >= target || n == 0)
            break;
        auto q = sql::run(tx.db(),
                          QStringLiteral("INSERT INTO payments (participant_id, kind, direction, origin, amount_minor, "
                                         "due_date, paid_date, method, reference, notes, withheld_minor, created_at, "
                                         "updated_at) SELECT participant_id, kind, direction, origin, amount_minor, "
                                         "due_date, paid_date, method, reference, notes, withheld_minor, created_at, "
                                         "updated_at FROM payments ORDER BY id LIMIT ?"),
                          {target - n});
        if (!q)
            qFatal("%s", qPrintable(q.error()));
    }
    if (!tx.commit())
        qFatal("growing the payments failed");
}

void measure(QTextStream &out, const QString &label, Workspace &ws)
{
    QSqlDatabase db = ws.db();
    const QDate asOf = Clock::today();
    QList<PaymentRow> rows;
    const double read = bench::medianMs(5, [&] { rows = readPayments(db, MoneySettings::read(db)).value(); });
    const double aged = bench::medianMs(5, [&] { (void)ageing(rows, asOf); });
    const double json = bench::medianMs(5, [&] { (void)paymentsJson(rows, asOf); });
    const double totals = bench::medianMs(5, [&] { (void)totalsByCurrency(rows, asOf); });
    out << label << '\t' << rows.size() << '\t' << QString::number(read, 'f', 1) << '\t'
        << QString::number(aged, 'f', 1) << '\t' << QString::number(totals, 'f', 1) << '\t'
        << QString::number(json, 'f', 1) << '\t';
    for (const char *command : {"payments", "ageing"}) {
        const double cli = bench::medianMs(3, [&] {
            QProcess p;
            p.start(QStringLiteral(COLLABDESK_CLI),
                    {QStringLiteral("--db"), ws.path(), QString::fromLatin1(command), QStringLiteral("--json")});
            p.waitForFinished(-1);
            if (p.exitCode() != 0)
                qFatal("%s", p.readAllStandardError().constData());
            (void)p.readAllStandardOutput();
        });
        out << QString::number(cli, 'f', 0) << '\t';
    }
    out << '\n' << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QTextStream out(stdout);
    QString agency = app.arguments().value(1);
    if (agency.isEmpty()) {
        out << "Generating the agency demo…\n" << Qt::flush;
        agency = dir.filePath(QStringLiteral("agency.collabdesk"));
        auto ws = openOrDie(agency, true);
        DemoOptions demo;
        demo.scale = DemoOptions::Scale::Agency;
        if (auto made = generateDemo(*ws, demo); !made)
            qFatal("%s", qPrintable(made.error()));
    }
    out << "workspace\tpayments\tread ms\tageing ms\ttotals ms\tjson ms\tcli payments --json ms\tcli ageing --json "
           "ms\n";
    {
        auto ws = openOrDie(agency);
        measure(out, QStringLiteral("agency demo"), *ws);
    }
    const QString grown = dir.filePath(QStringLiteral("grown.collabdesk"));
    QFile::copy(agency, grown);
    auto ws = openOrDie(grown);
    growPayments(*ws, 50'000);
    measure(out, QStringLiteral("agency, 50,000 payments"), *ws);
    return 0;
}

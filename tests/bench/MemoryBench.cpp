// Benchmark (not a test): the heap each list the app keeps holds once read, on the small, agency and
// large demo: the roster, the Payments page's rows, the Contracts list, Today's items and the
// pipeline's deals. What
// app_bench's "RSS at rest" is made of, list by list, to know which one to make smaller.
// Run: build/tests/bench/memory_bench SMALL.collabdesk AGENCY.collabdesk [LARGE.collabdesk]
// (opened as they are, read only). glibc's count of the bytes in use (mallinfo2), not RSS: RSS
// keeps freed pages and moves in pages, this moves by the byte. Also the time each read takes on the
// calling thread, the median of three (the app reads each on a worker).
#include "BenchCampaign.h"
#include "common/Clock.h"
#include "common/FreeMemory.h"
#include "desk/DealPipeline.h"
#include "desk/Today.h"
#include "models/ContractListModel.h"
#include "models/CreatorRosterModel.h"
#include "money/PaymentTable.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <malloc.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace cd;

namespace {
QTextStream out(stdout);

// Bytes the heap hands out now (small blocks and blocks of their own mapping).
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// A list as read, held until its size is taken, and how many rows it has.
struct Held
{
    std::shared_ptr<void> list;
    qint64 rows = 0;
};

template <typename T> Held hold(T value, qint64 rows)
{
    return {std::make_shared<T>(std::move(value)), rows};
}

// How long `read` takes (median of three, ms), then what its list holds on the heap, in MiB, and per
// row in bytes (the third read's).
QString heldBy(const std::function<Held()> &read)
{
    QList<double> ms;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer t;
        t.start();
        (void)read();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    malloc_trim(0);
    const qint64 before = heapInUse();
    QElapsedTimer t;
    t.start();
    const Held held = read();
    ms << double(t.nsecsElapsed()) / 1e6;
    const qint64 bytes = heapInUse() - before;
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("%1\t%2 MiB (%3 rows, %4 B a row)")
        .arg(ms.at(1), 0, 'f', 1)
        .arg(double(bytes) / (1 << 20), 0, 'f', 1)
        .arg(held.rows)
        .arg(held.rows ? bytes / held.rows : 0);
}

void measure(const QString &path)
{
    auto ws = bench::openBenchWorkspace(path, false);
    QSqlDatabase db = ws->db();
    const QDate today = Clock::today();
    const QString label = QFileInfo(path).completeBaseName();
    const auto show = [&](const char *what, const std::function<Held()> &read) {
        out << label << '\t' << what << '\t' << heldBy(read) << '\n' << Qt::flush;
    };
    show("roster", [&] {
        CreatorRosterModel::Roster roster = CreatorRosterModel::read(db, today);
        const qint64 rows = roster.rows.size();
        return hold(std::move(roster), rows);
    });
    show("payments", [&] { // as the Payments page holds them
        PaymentTable table = readPaymentTable(db, MoneySettings::read(db)).value();
        const qint64 rows = table.size();
        return hold(std::move(table), rows);
    });
    show("contracts", [&] {
        ContractListModel::Rows rows = ContractListModel::read(db, today).value();
        const qint64 n = rows.size();
        return hold(std::move(rows), n);
    });
    show("today", [&] {
        QList<TodaySectionItems> sections = cd::today(db, today).value();
        qint64 items = 0;
        for (const TodaySectionItems &s : std::as_const(sections))
            items += s.items.size();
        return hold(std::move(sections), items);
    });
    show("today, as its page holds it", [&] { // the first items of each section (keepFirstTodayItems)
        QList<TodaySectionItems> sections = cd::today(db, today).value();
        keepFirstTodayItems(sections, TodayItemsHeld, 0, today);
        qint64 items = 0;
        for (const TodaySectionItems &s : std::as_const(sections))
            items += s.count();
        return hold(std::move(sections), items);
    });
    show("pipeline", [&] {
        QList<Deal> all = deals(db, {}, today).value();
        return hold(all, all.size());
    });
}
} // namespace

int main(int argc, char *argv[])
{
    cd::keepFreedMemoryDuringBursts();
    QCoreApplication app(argc, argv);
    const QStringList paths = app.arguments().mid(1);
    if (paths.isEmpty()) {
        out << "usage: memory_bench WORKSPACE.collabdesk...\n";
        return 2;
    }
    out << "workspace\tlist\tread ms (median of 3)\theap held\n";
    for (const QString &path : paths)
        measure(path);
    return 0;
}

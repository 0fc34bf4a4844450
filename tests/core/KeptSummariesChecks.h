#pragma once

// What the kept summaries' tests (KeptSummariesTest.cpp, KeptFiguresTest.cpp) end and write with.
#include "storage/KeptSummaries.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

namespace cd::test::summaries {

// The kept rows are what a recomputation from the records gives.
inline void requireAgreement(QSqlDatabase &db)
{
    auto problems = cd::summaries::problems(db);
    REQUIRE(problems.ok());
    INFO(problems->join(QLatin1Char('\n')).toStdString());
    CHECK(problems->isEmpty());
}

// One statement in a transaction of its own, as a hand edit or a future form would write.
inline bool writeStatement(Workspace &ws, const QString &statement)
{
    return writeInTransaction(ws,
                              [&](Transaction &tx) -> Status {
                                  auto q = sql::run(tx.db(), statement);
                                  return q ? Status() : fail(q.error());
                              })
        .ok();
}

} // namespace cd::test::summaries

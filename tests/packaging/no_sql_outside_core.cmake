# Fails when SQL appears outside core/: the programs and the widgets ask core's services and
# models, so a server workspace (PostgreSQL) needs its dialect handled in one layer only.
# Looks for statements in any string (plain, QStringLiteral or raw) and for Qt's query classes.
set(statement "(SELECT [^\"]* FROM |INSERT (OR [A-Z]+ )?INTO |DELETE FROM |UPDATE [A-Za-z_]+ SET |CREATE (TABLE|INDEX|TRIGGER|VIEW) |DROP (TABLE|INDEX|TRIGGER|VIEW) |ALTER TABLE |PRAGMA |BEGIN IMMEDIATE|\"(BEGIN|COMMIT|ROLLBACK)\")")
set(api "(QSqlQuery|QSqlQueryModel|QSqlTableModel|QSqlRelationalTableModel|sqlite3_)")

# The patterns must catch what they are for: a mistake in them would pass every file.
foreach(sample IN ITEMS "auto q = sql::run(db, QStringLiteral(\"SELECT id FROM creators WHERE x = ?\"));"
                        "    \"INSERT INTO payments (kind) VALUES (?)\""
                        "R\"(DELETE FROM followups WHERE id = ?)\""
                        "QStringLiteral(\"UPDATE creators SET name = ?\")"
                        "QStringLiteral(\"PRAGMA user_version\")"
                        "q.exec(QStringLiteral(\"COMMIT\"));")
  if(NOT sample MATCHES "${statement}")
    message(FATAL_ERROR "the SQL pattern misses: ${sample}")
  endif()
endforeach()
if(NOT "QSqlQuery q(db);" MATCHES "${api}")
  message(FATAL_ERROR "the query class pattern misses QSqlQuery")
endif()
if("tr(\"Select a creator to update the rate\")" MATCHES "${statement}")
  message(FATAL_ERROR "the SQL pattern takes ordinary words for SQL")
endif()

set(bad "")
set(n 0)
foreach(layer IN ITEMS app ui documents)
  file(GLOB_RECURSE files "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
  list(LENGTH files count)
  math(EXPR n "${n} + ${count}")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "${statement}|${api}")
    foreach(line IN LISTS lines)
      string(STRIP "${line}" line)
      list(APPEND bad "${f}: ${line}")
    endforeach()
  endforeach()
endforeach()
if(bad)
  string(REPLACE ";" "\n" bad "${bad}")
  message(FATAL_ERROR "SQL belongs in core/, not app/, ui/ or documents/ (a service, model or read function there):\n${bad}")
endif()
message(STATUS "checked ${n} files in app/, ui/ and documents/: no SQL statement and no query class")

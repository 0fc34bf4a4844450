#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QString>

namespace cd {

struct CreatorStatement;

// The statement an agency gives a creator (domain.md "Creator statement"), in English or
// Indonesian: the agency's letterhead, the creator with NPWP and tax profile, the period and
// currency, one row per campaign and kind (gross, agency fee, creator share, withheld, net, paid,
// owed) with totals, the owed total in words for rupiah, and that withholding is an estimate.

// The statement as rich text for A4 pages; its table's type shrinks (7 to 5 points) to keep large
// amounts within the page's width. Needs a QGuiApplication (fonts).
QString statementHtml(const CreatorStatement &statement, ContractLanguage language);

// Writes the statement as a PDF to `path` through QSaveFile (whole or not at all); returns its
// page count. Needs a QGuiApplication (fonts); works on the offscreen platform.
Result<int> writeStatementPdf(const CreatorStatement &statement, ContractLanguage language, const QString &path);

} // namespace cd

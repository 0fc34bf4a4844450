#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QString>

#include <optional>

namespace cd {

class Workspace;
struct ContractText;

// A contract as rich text for A4 pages: title, opening with the parties, numbered clauses, and the
// two signature blocks; a missing term shows as "[missing: …]", never blank.
QString contractHtml(const ContractText &text);

// The text of version `version` of contract `contractId` (0: the latest): the version's own text
// when it was written in the app in that language, else drafted from its terms. `language`
// overrides the version's.
Result<ContractText> contractTextOf(Workspace &ws, qint64 contractId, int version,
                                    std::optional<ContractLanguage> language = std::nullopt);

// Writes that contract as a PDF through QSaveFile; returns its page count. Needs a
// QGuiApplication (fonts); works on the offscreen platform.
Result<int> writeContractPdf(Workspace &ws, qint64 contractId, int version, const QString &path,
                             std::optional<ContractLanguage> language = std::nullopt);

} // namespace cd

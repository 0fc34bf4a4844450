#pragma once

#include "ContractService.h"
#include "ContractText.h"

namespace cd {

// One term that differs between two versions, as people read it ("kill fee: Rp1.000.000 ->
// Rp2.000.000").
struct TermChange
{
    QString term, before, after;
    friend bool operator==(const TermChange &, const TermChange &) = default;
};

// The terms that differ between two versions, in the order of contracts.csv.
QList<TermChange> diffTerms(const ContractTerms &before, const ContractTerms &after);

// Two texts word by word as HTML: removed words struck through on red, added ones on green,
// the rest as is (a longest-common-subsequence of words).
QString diffHtml(const QString &before, const QString &after);

// Both versions' texts compared clause by clause (matched by clause id), as HTML for a viewer.
QString diffTextsHtml(const ContractText &before, const ContractText &after);

} // namespace cd

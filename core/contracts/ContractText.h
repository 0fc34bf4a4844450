#pragma once

#include "ContractService.h"

#include <QJsonObject>

namespace cd {

class Workspace;

// The company drafting contracts (the user's own agency or brand), set once in Settings.
struct OwnParty
{
    QString legalName, address, signatory, taxNumber;
    friend bool operator==(const OwnParty &, const OwnParty &) = default;
};
OwnParty ownParty(QSqlDatabase &db);
Status setOwnParty(Workspace &ws, const OwnParty &party);

// One numbered clause of a contract. `generated` is the text as the template last produced it:
// a clause whose text still equals it is untouched and follows later term changes; an edited one
// keeps the user's words.
struct ContractClause
{
    QString id, title, text, generated;
    bool edited() const { return text != generated; }
    friend bool operator==(const ContractClause &, const ContractClause &) = default;
};

// A contract's text: title, opening, numbered clauses and the two signature blocks.
// How a missing term starts in a contract's text: "[missing: " or "[belum diisi: "; it ends at "]".
QString missingMarker(ContractLanguage language);

struct ContractText
{
    QString language; // en, id
    QString templateName;
    QString title, intro;
    QList<ContractClause> clauses;
    QStringList signatures; // caption, name, caption, name
    // Terms the template needs that the contract, campaign or Settings do not give: shown in the
    // text as "[missing: …]" ("[belum diisi: …]") and listed here, never left blank.
    QStringList missing;

    QString toJson() const;
    // The text stored in a version's body; none for a body that is not one (typed elsewhere).
    static std::optional<ContractText> fromJson(const QString &body);
    QString plainText() const;
    friend bool operator==(const ContractText &, const ContractText &) = default;
};

// The clause templates that ship (standard, in English and Bahasa Indonesia) and those kept in
// the workspace (Settings key "contract.template.NAME.LANG", the same JSON).
QStringList contractTemplateNames(QSqlDatabase &db);
// A template as JSON (the workspace's own, else the built-in), to edit in any text editor: title,
// intro, clauses (id, title, text, and "when": a merge field the clause needs) and signatures,
// with merge fields such as {{creator}} and {{kill_fee}}.
Result<QByteArray> contractTemplateJson(QSqlDatabase &db, const QString &name, ContractLanguage language);
// Checks a template (a name of letters, digits, '-' or '_'; its language; a title, an intro and
// clauses each with an id, a title and a text; only known merge fields) and keeps it in the
// workspace, replacing one of the same name and language. Returns its name.
Result<QString> saveContractTemplate(Workspace &ws, const QByteArray &json);
// The merge fields a template may use.
QStringList contractMergeFields();

// Fills the template `terms.templateName` in `terms.language` with the terms, the campaign
// (deliverables, hashtags, mentions, disclosure, posting window, targets), the participant's
// compensation, the brand, the creator and the company of Settings, dated `date`. The participant
// is the creator's part in the campaign the contract is (or will be) for.
Result<ContractText> draftContract(Workspace &ws, qint64 participantId, const ContractTerms &terms, const QDate &date);

// The text to keep after terms change: untouched clauses take the new text; edited clauses keep
// the user's words, and those whose template text changed under them are named in `review`.
ContractText mergeRegenerated(const ContractText &stored, const ContractText &fresh, QStringList *review);

// Dates, money and lists as each language writes them in a contract: "1 March 2026" /
// "1 Maret 2026"; "$1,250.50" / "USD 1.250,50" (rupiah as "Rp1.500.000" in both); "a, b and c" /
// "a, b dan c".
QString contractDate(const QDate &date, ContractLanguage language);
QString contractMoney(const Money &money, ContractLanguage language);
QString joinForContract(const QStringList &items, ContractLanguage language);

} // namespace cd

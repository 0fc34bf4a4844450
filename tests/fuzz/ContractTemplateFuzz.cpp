// A contract template imported as JSON (core/contracts/ContractText.h: saveContractTemplate), into
// the seeded workspace (FuzzSupport.h). A template it accepts must also: come back as JSON that it
// accepts again under the same name, and draft a contract for the seeded participant whose stored
// form (ContractText::toJson) reads back the same. The same bytes also go to ContractText::fromJson,
// the reader of a stored contract's body. Templates saved are removed afterwards, so every input
// meets the same workspace.
#include "FuzzSupport.h"

#include "contracts/ContractText.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

namespace {
using namespace cd;

bool validUtf16(const ContractText &t)
{
    QStringList all{t.language, t.templateName, t.title, t.intro};
    all << t.signatures << t.missing;
    for (const ContractClause &c : t.clauses)
        all << c.id << c.title << c.text << c.generated;
    return std::all_of(all.cbegin(), all.cend(), [](const QString &s) { return s.isValidUtf16(); });
}

void removeSavedTemplates(Workspace &ws)
{
    Transaction tx(ws);
    if (!tx || !sql::run(tx.db(), QStringLiteral("DELETE FROM settings WHERE key LIKE 'contract.template.%'")) ||
        !tx.commit())
        fuzz::violated("harness: cannot remove the saved templates", tx.error());
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cd::fuzz::initialize(argc, argv);
    cd::fuzz::seededWorkspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytesOf(data, size);
    if (const auto stored = ContractText::fromJson(QString::fromUtf8(json))) {
        (void)stored->plainText();
        (void)stored->toJson();
    }

    Workspace &ws = fuzz::seededWorkspace();
    const auto saved = saveContractTemplate(ws, json);
    if (!saved)
        return 0;
    QSqlDatabase db = ws.db();
    if (!contractTemplateNames(db).contains(*saved))
        fuzz::violated("a saved template is not listed", *saved);
    bool found = false;
    for (const ContractLanguage language : {ContractLanguage::En, ContractLanguage::Id}) {
        const auto again = contractTemplateJson(db, *saved, language);
        if (!again) // the other language: there is none unless it is the built-in name
            continue;
        found = true;
        const auto resaved = saveContractTemplate(ws, *again);
        if (!resaved || *resaved != *saved)
            fuzz::violated("a template's own JSON is refused when saved again",
                           resaved.error() + QLatin1Char('\n') + QString::fromUtf8(*again));

        ContractTerms terms;
        terms.language = language;
        terms.templateName = *saved;
        const auto text = draftContract(ws, fuzz::seededParticipant(), terms, QDate(2026, 3, 1));
        if (!text)
            fuzz::violated("a saved template does not draft a contract", text.error());
        (void)text->plainText();
        const auto back = ContractText::fromJson(text->toJson());
        if (!back || (validUtf16(*text) && !(*back == *text)))
            fuzz::violated("a drafted contract does not read back from its stored form", text->toJson());
    }
    if (!found)
        fuzz::violated("a saved template cannot be read back as JSON", *saved);
    removeSavedTemplates(ws);
    return 0;
}

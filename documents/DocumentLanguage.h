#pragma once

#include "common/Words.h"

#include <QString>

namespace cd {

// The language a document is written in unless the user picks another: the app's own language,
// so the CLI's --lang default and the GUI's export dialogs agree.

// Indonesian when the default locale's language is Indonesian, else English: in the app, the
// language chosen in Settings (applyUiLocale); in the CLI, the system's (LANGUAGE, then LC_ALL,
// LC_MESSAGES and LANG on Linux).
ContractLanguage defaultDocumentLanguage();

// The document language for a UI language name: "id", "id-ID", "id_ID.UTF-8" and the old code
// "in" are Indonesian; anything else (also empty or "C") is English.
ContractLanguage documentLanguageFor(const QString &uiLanguage);

} // namespace cd

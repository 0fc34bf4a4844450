#pragma once

#include <QLocale>
#include <QString>

namespace cd {

// The languages the app speaks. Stored in the user's preferences as "system", "en" or "id".
enum class UiLanguage
{
    System,
    English,
    Indonesian
};

// "en" and "id" (also "id_ID", "in"); anything else, the empty string included, is System.
UiLanguage uiLanguageFromCode(const QString &code);

// The language `language` resolves to: System is Indonesian when the user's first UI language
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux) is Indonesian, else English.
UiLanguage resolvedUiLanguage(UiLanguage language);

// The locale numbers and dates are shown and read in for `language` (resolved): Indonesian
// (12.500, 12 Agu 2026) or English: the system's own English locale when it is one (en_GB keeps
// its dates), else en_US (12,500).
QLocale uiLocale(UiLanguage language);

// Installs the app's translation for `language` and, for Indonesian, the translation of the Qt
// texts the app shows (standard buttons, context menus, file dialogs). Call once, after the
// application object exists; a later call replaces the translations. English carries the plural forms ("1 creator", "2
// creators").
void installTranslations(UiLanguage language = UiLanguage::System);

// Makes uiLocale(language) the default locale, so the numbers and dates the app shows and reads
// follow the language of the words around them. The GUI calls it before any window is made; the
// CLI does not: its messages keep the locale of LANG, and its JSON and CSV use no locale at all.
void applyUiLocale(UiLanguage language);

} // namespace cd

#pragma once

namespace cd {

// Installs the translation for the user's language (embedded under :/i18n), falling back to
// English, which carries the plural forms ("1 creator", "2 creators"). Call once after the
// application object exists.
void installTranslations();

} // namespace cd

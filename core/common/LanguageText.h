#pragma once

#include "Words.h"

#include <QString>

namespace cd {

// `source`, filed by lupdate under `context` (tr() or QT_TRANSLATE_NOOP), in `language`, whatever
// language the app itself runs in: a document speaks its own language, so an Indonesian contract
// from an English app has no English placeholder in it. English gives the source back; Indonesian
// reads the app's Indonesian translation (collabdesk_id.qm, built into the programs), falling back
// to the source for a text it does not have. Safe from any thread.
QString textIn(ContractLanguage language, const char *context, const char *source);

} // namespace cd

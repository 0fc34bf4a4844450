#pragma once

#include "common/Result.h"

#include <QString>

namespace cd::validation {

// Empty is fine (not given); otherwise something@domain.tld without spaces.
Status email(const QString &text);
// Empty is fine; otherwise digits with optional + ( ) - . and spaces, at most 40 characters.
Status phone(const QString &text);

} // namespace cd::validation

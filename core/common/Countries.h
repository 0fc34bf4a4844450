#pragma once

#include "Words.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// Countries are kept as ISO 3166 two-letter codes ("ID"), so "Indonesia" and "ID" typed by two
// people are one country in the roster's filter and sort.

// The code of the country a person typed: a code in any case ("id"), its English name as Qt knows
// it ("Indonesia", "Singapore"), or its Indonesian name ("Singapura"), whatever the case and spaces.
// An empty text gives an empty code; a text that names no country gives nullopt.
std::optional<QString> countryCode(const QString &typed);

// The country's name in `language`: Indonesian names for the countries Indonesian audiences mostly
// come from (Qt has no territory names in other languages), English from Qt's list otherwise; the
// text itself when it is no known code (an older workspace's free text).
QString countryName(const QString &code, ContractLanguage language);
// In the language of `locale` (the app's own by default).
QString countryName(const QString &code, const QLocale &locale = QLocale());

// Every country's name in `locale`'s language, sorted, for completing what a person types.
QStringList countryNames(const QLocale &locale = QLocale());

} // namespace cd

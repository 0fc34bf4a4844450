#pragma once

#include <QStringList>

namespace cd::demo {

// Word lists the demo draws names from: Indonesian and international people, brands, niches.
const QStringList &firstNames();
const QStringList &lastNames();
// The first names and last names that are Indonesian (the rest of each list is international).
int indonesianFirstNames();
int indonesianLastNames();
const QStringList &niches();
const QStringList &managers();
const QStringList &countries(); // weighted towards Indonesia by repetition

} // namespace cd::demo

#pragma once

#include <QStringList>

namespace cd::demo {

// Word lists the demo draws names from: Indonesian and international people, brands, niches.
const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &niches();
const QStringList &managers();
const QStringList &countries(); // weighted towards Indonesia by repetition

} // namespace cd::demo

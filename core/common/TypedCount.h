#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace cd {

// The largest count a person may type (followers, views): beyond any real account and far from
// where sums of them could overflow.
inline constexpr qint64 MaxTypedCount = 1'000'000'000'000;

// A count as people type it: "200000", "200,000", "200.000", "200 000", or abbreviated as the
// platforms show counts — "85k", "1.2M", "3B" in English; "85 rb", "1,2 jt", "2 M" (miliar) in
// Indonesian, where "k" is also read as thousands. `locale` decides what "M" means. None when it
// is not a whole, non-negative count up to MaxTypedCount.
std::optional<qint64> parseTypedCount(const QString &text, const QLocale &locale = QLocale());

// MaxTypedCount with `locale`'s grouping ("1,000,000,000,000"; "1.000.000.000.000" in Indonesian),
// for the messages that refuse a larger count wherever one enters the workspace.
QString maxTypedCountText(const QLocale &locale = QLocale());

} // namespace cd

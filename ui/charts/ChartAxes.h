#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

class QCategoryAxis;

namespace cd {

// A number as a chart writes it on an axis: in the chart's language (ChartLanguage::current()),
// from a thousand up abbreviated the way each language abbreviates counts and amounts — "12.5K",
// "11.5M", "1.8B" in English; "12,5 rb", "11,5 jt", "1,8 M" (miliar) in Indonesian — instead of
// "11500000"; smaller numbers grouped, with one decimal only when they have one.
QString chartNumber(double value, const QLocale &locale);
// The same without abbreviating (a share: "1,754%", "16.7%"): grouped, one decimal only when it has one.
QString chartFigure(double value, const QLocale &locale);

// A value axis whose labels chartNumber() writes (a category axis labelled at values, since a
// QValueAxis only knows printf formats). Its range and ticks are set by setNumberRange().
QCategoryAxis *makeNumberAxis();
// Round ticks from `low` to at least `high` — 1, 2, 2.5 or 5 times a power of ten, about `ticks`
// of them, so a target axis reads 0, 50, 100, 150 rather than 0, 111, 222 — each label followed
// by `suffix` ("%"; a share is grouped but not abbreviated).
void setNumberRange(QCategoryAxis *axis, double low, double high, const QString &suffix = {}, int ticks = 5);

// The axis of setNumberRange() again, around the values now shown (a line hidden or shown): from
// zero if it was, with a little room above (and below, under zero or off zero), with the same
// suffix and number of ticks.
void fitNumberRange(QCategoryAxis *axis, double lowest, double highest);
// A date axis (values: msOf(day)) labelled at whole months over a long stretch ("Mar", or
// "Mar 2026" across a year end) and every one to fourteen days over a shorter one ("12 Mar"), in
// the chart's language. A QDateTimeAxis spaces its ticks evenly in time, so a year's chart skipped
// or repeated months.
QCategoryAxis *makeDateAxis();
void setDateRange(QCategoryAxis *axis, const QDate &first, const QDate &last);

} // namespace cd

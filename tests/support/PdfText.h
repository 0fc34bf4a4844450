#pragma once

// Reading a written PDF back as its reader will see it, with poppler-utils (pdftotext, pdfinfo,
// pdfimages), for the document tests.
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

namespace cd::test {

// A tool of poppler-utils on a PDF: its standard output (the test fails when it fails).
inline QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    REQUIRE(p.waitForFinished(30'000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of a PDF as laid out on the page (columns kept apart by spaces).
inline QString layoutText(const QString &pdf)
{
    return poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

// The text of a PDF as laid out, runs of spaces and line breaks made one space (so a sentence that
// wraps still reads as one).
inline QString layoutWords(const QString &pdf)
{
    return layoutText(pdf).simplified();
}

// The text of a PDF in reading order (a table cell's lines stay together), spaces simplified.
inline QString plainText(const QString &pdf)
{
    return poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
}

inline int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// How many raster images the PDF holds (pdfimages -list has two header lines).
inline int imageCount(const QString &pdf)
{
    return int(poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   .size()) -
           2;
}

// Where a test's documents go: a temporary directory, or $CD_DOCUMENTS_OUT to keep them for a look.
inline QString outPath(const TempDir &dir, const QString &name)
{
    const QString keep = qEnvironmentVariable("CD_DOCUMENTS_OUT");
    if (keep.isEmpty())
        return dir.path(name);
    QDir().mkpath(keep);
    return QDir(keep).filePath(name);
}

// Whether a whole line of the laid-out text matches `pattern`.
inline bool hasLine(const QString &text, const QString &pattern)
{
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"), QRegularExpression::MultilineOption)
        .match(text)
        .hasMatch();
}

// The line of the laid-out text that contains `needle`.
inline QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(needle))
            return line;
    return {};
}

} // namespace cd::test

#pragma once

#include "common/Result.h"

#include <QString>

namespace cd {

// Lays `html` out on A4 pages and writes it as a PDF to `path` through QSaveFile (the file appears
// whole or not at all). A document of more than one page numbers them with `pageFooter`
// ("Page %1 of %2"). Needs a QGuiApplication (fonts); works on the offscreen platform.
// Returns the number of pages.
Result<int> writeHtmlPdf(const QString &html, const QString &title, const QString &path,
                         const QString &pageFooter = {});

} // namespace cd

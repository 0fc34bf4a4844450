#pragma once

#include "common/Result.h"

#include <QHash>
#include <QPicture>
#include <QString>

namespace cd {

// Lays `html` out on A4 pages and writes it as a PDF to `path` through QSaveFile (the file appears
// whole or not at all). A document of more than one page numbers them with `pageFooter`
// ("Page %1 of %2"). Needs a QGuiApplication (fonts); works on the offscreen platform.
//
// Vector drawings (charts) go in as pictures: `<img src="picture:NAME" width="W" height="H">`
// in the html is replaced by `pictures[NAME]` scaled to W x H points (1/72 inch; the text width
// of a page is 493 points), drawn as vectors rather than pixels. A picture is never split across
// pages. Returns the number of pages.
Result<int> writeHtmlPdf(const QString &html, const QString &title, const QString &path, const QString &pageFooter = {},
                         const QHash<QString, QPicture> &pictures = {});

// The `src` of an <img> that stands for the picture `name` (see writeHtmlPdf).
QString pictureSource(const QString &name);

} // namespace cd

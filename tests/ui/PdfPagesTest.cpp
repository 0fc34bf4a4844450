// How writeHtmlPdf breaks pages, read back with poppler-utils: a table row never straddles a page's
// foot, a table's heading goes to the page its rows start on, and the headings after a table
// whose rows were moved are still drawn.
#include "PdfText.h"
#include "TestSupport.h"

#include "PdfOutput.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;

namespace {

QString pageText(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    return poppler(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n,
                                                 QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

// The page (from 1) whose text holds `needle`, 0 when none does; every page for `count`.
int pageWith(const QList<QString> &pages, const QString &needle, int *count = nullptr)
{
    int found = 0, seen = 0;
    for (int p = 0; p < pages.size(); ++p)
        if (pages.at(p).contains(needle)) {
            ++seen;
            if (!found)
                found = p + 1;
        }
    if (count)
        *count = seen;
    return found;
}

// `count` lines of text ("filler line 0", ...), to push what follows down a line at a time.
QString fillerLines(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<p style='margin:0'>filler line %1</p>").arg(i);
    return html;
}

// Writes `html` as a PDF at `pdf`; returns each page's text.
QList<QString> writtenPages(const QString &html, const QString &pdf)
{
    auto pages = writeHtmlPdf(html, QStringLiteral("pages"), pdf, QStringLiteral("Page %1 of %2"));
    REQUIRE(pages.ok());
    QList<QString> texts;
    for (int p = 1; p <= pages.value(); ++p)
        texts << pageText(pdf, p);
    return texts;
}

// `filler` lines of text, then a heading, a line about the table, a table of rows three lines
// high, and another heading after it.
QString document(int filler)
{
    QString html = fillerLines(filler);
    html += QStringLiteral("<h2>Compliance heading</h2><p>Three of four follow the brief.</p>"
                           "<table width='100%' cellspacing='0' cellpadding='3'><thead><tr><th>Who</th><th>Checks</th>"
                           "</tr></thead>");
    for (int row = 1; row <= 4; ++row)
        html += QStringLiteral("<tr><td>creator%1</td><td>first%1<br>second%1<br>third%1</td></tr>").arg(row);
    html += QStringLiteral("</table><h2>Heading after the table</h2><p>closing words</p>");
    return html;
}

} // namespace

TEST_CASE("a table row is never split over two pages and a heading keeps to its table", "[documents]")
{
    TempDir dir;
    // The filler pushes the table down a line at a time, so that among these documents the
    // heading, the first row and the later rows each meet a page's foot.
    int firstRowMoved = 0, laterRowMoved = 0;
    for (int filler = 40; filler <= 66; filler += 2) {
        INFO("filler lines: " << filler);
        const QList<QString> texts =
            writtenPages(document(filler), dir.path(QStringLiteral("pages-%1.pdf").arg(filler)));
        for (int row = 1; row <= 4; ++row) {
            INFO("row " << row);
            int seen = 0;
            const int page = pageWith(texts, QStringLiteral("first%1").arg(row), &seen);
            CHECK(seen == 1);
            CHECK(pageWith(texts, QStringLiteral("creator%1").arg(row)) == page);
            CHECK(pageWith(texts, QStringLiteral("second%1").arg(row)) == page);
            CHECK(pageWith(texts, QStringLiteral("third%1").arg(row)) == page);
            if (page > 1 && pageWith(texts, QStringLiteral("filler line %1").arg(filler - 1)) < page)
                ++(row == 1 ? firstRowMoved : laterRowMoved);
        }
        // The heading and its line stand on the page of the first row, never alone at a foot.
        const int firstRow = pageWith(texts, QStringLiteral("first1"));
        CHECK(pageWith(texts, QStringLiteral("Compliance heading")) == firstRow);
        CHECK(pageWith(texts, QStringLiteral("Three of four follow the brief.")) == firstRow);
        // What follows the table is drawn once, after its last row.
        int after = 0;
        CHECK(pageWith(texts, QStringLiteral("Heading after the table"), &after) >=
              pageWith(texts, QStringLiteral("third4")));
        CHECK(after == 1);
        CHECK(pageWith(texts, QStringLiteral("closing words")) > 0);
    }
    // The documents did put rows at a page's foot (else the checks above proved nothing).
    CHECK(firstRowMoved > 0);
    CHECK(laterRowMoved > 0);
}

TEST_CASE("a short paragraph before a table goes with it to the next page", "[documents]")
{
    TempDir dir;
    int moved = 0;
    for (int filler = 50; filler <= 62; ++filler) {
        INFO("filler lines: " << filler);
        // A contract's last clause and its signatures, side by side with room to sign.
        const QString html =
            fillerLines(filler) + QStringLiteral("<p><b>9. Governing law</b><br>Indonesian law governs.</p>"
                                                 "<table width='100%'><tr><td>Company<br><br><br>signature one</td>"
                                                 "<td>Creator<br><br><br>signature two</td></tr></table>");
        const QList<QString> texts = writtenPages(html, dir.path(QStringLiteral("signatures-%1.pdf").arg(filler)));
        const int signatures = pageWith(texts, QStringLiteral("signature one"));
        CHECK(pageWith(texts, QStringLiteral("signature two")) == signatures);
        CHECK(pageWith(texts, QStringLiteral("Company")) == signatures);
        CHECK(pageWith(texts, QStringLiteral("9. Governing law")) == signatures);
        CHECK(pageWith(texts, QStringLiteral("Indonesian law governs.")) == signatures);
        if (signatures > pageWith(texts, QStringLiteral("filler line %1").arg(filler - 1)))
            ++moved;
    }
    CHECK(moved > 0); // some of these documents had the signatures start a page
}

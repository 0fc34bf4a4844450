// WrappingLabel keeps its heights at the last widths asked: each must be the height QLabel works
// out for the same text, format, font and margins as they are now.
#include "main/WrappingLabel.h"

#include <QLabel>

#include <catch2/catch.hpp>

using namespace cd;

namespace {
// The heights of `kept` and of a QLabel set up the same way (`same`), at widths asked in turns.
void checkSameHeights(const WrappingLabel &kept, const QLabel &same)
{
    for (const int width : {120, 300, 120, 800, 300, 60, 120})
        CHECK(kept.heightForWidth(width) == same.heightForWidth(width));
}
} // namespace

TEST_CASE("a wrapping label's height at a width follows what it shows as a label's does", "[ui]")
{
    WrappingLabel kept;
    QLabel same;
    same.setWordWrap(true);
    for (QLabel *label : {static_cast<QLabel *>(&kept), &same}) {
        label->setTextFormat(Qt::RichText);
        label->setText(
            QStringLiteral("<a href=\"0\">Drafts to review (3)</a> · <a href=\"1\">Payments due (12)</a> · "
                           "<a href=\"2\">Posts going live (7)</a> · <a href=\"3\">Usage rights ending</a>"));
    }
    REQUIRE(kept.hasHeightForWidth());
    checkSameHeights(kept, same);
    // Narrow, the links take more lines than wide.
    const int narrow = kept.heightForWidth(120), wide = kept.heightForWidth(800);
    CHECK(narrow > wide);

    SECTION("a shorter text")
    {
        for (QLabel *label : {static_cast<QLabel *>(&kept), &same})
            label->setText(QStringLiteral("Nothing due"));
        checkSameHeights(kept, same);
        CHECK(kept.heightForWidth(120) < narrow);
    }
    SECTION("a larger font")
    {
        for (QLabel *label : {static_cast<QLabel *>(&kept), &same}) {
            QFont font = label->font();
            font.setPointSizeF(font.pointSizeF() * 2);
            label->setFont(font);
        }
        checkSameHeights(kept, same);
        CHECK(kept.heightForWidth(800) > wide);
    }
    SECTION("margins indent and no wrapping")
    {
        for (QLabel *label : {static_cast<QLabel *>(&kept), &same})
            label->setContentsMargins(10, 20, 10, 20);
        checkSameHeights(kept, same);
        CHECK(kept.heightForWidth(800) == wide + 40);
        for (QLabel *label : {static_cast<QLabel *>(&kept), &same}) {
            label->setMargin(6);
            label->setIndent(30);
        }
        checkSameHeights(kept, same);
        for (QLabel *label : {static_cast<QLabel *>(&kept), &same})
            label->setWordWrap(false);
        checkSameHeights(kept, same);
        CHECK(kept.heightForWidth(120) < narrow + 40);
    }
    SECTION("plain text")
    {
        for (QLabel *label : {static_cast<QLabel *>(&kept), &same})
            label->setTextFormat(Qt::PlainText);
        checkSameHeights(kept, same);
        CHECK(kept.heightForWidth(120) > narrow); // the markup is words now
    }
}

#include "WrappingLabel.h"

#include <QEvent>

#include <algorithm>

namespace cd {
namespace {
// The widths a stack of pages asks in turn (its own, its size hint's, a splitter's) with room.
constexpr qsizetype KeptWidths = 4;
} // namespace

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    if (const Measured now = measured(); !(now == m_for)) {
        m_for = now;
        m_heights.clear();
    }
    const auto kept =
        std::find_if(m_heights.cbegin(), m_heights.cend(), [width](const auto &w) { return w.first == width; });
    if (kept != m_heights.cend())
        return kept->second;
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == KeptWidths)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    // The text's layout at a width depends on the font and the style's metrics.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::ContentsRectChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

WrappingLabel::Measured WrappingLabel::measured() const
{
    return {text(), textFormat(), wordWrap(), alignment(), margin(), indent()};
}

} // namespace cd

#pragma once

#include <QLabel>

#include <utility>

namespace cd {

// A word-wrapping label for a page's layout that remembers its height at the last few widths.
// QLabel lays its text out again at every heightForWidth(). The window's stack of pages asks every
// page for its height whenever any of them changes its layout, at two or three widths in turn, so a
// single-width cache gives no help: the Today page's line of links alone was a fifth of the GUI
// thread's samples in an app_bench run at agency, on every page.
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the heights were measured for: a change by a setter that sends no event (text, format,
    // wrapping, alignment, margin, indent) is found here, one of font, style or margins by
    // changeEvent().
    struct Measured
    {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        bool wraps = true;
        Qt::Alignment alignment;
        int margin = 0, indent = 0;
        bool operator==(const Measured &) const = default;
    };
    Measured measured() const;

    mutable Measured m_for;
    mutable QList<std::pair<int, int>> m_heights; // width, height: the newest last
};

} // namespace cd

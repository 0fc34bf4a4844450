#include "AppStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

namespace cd {
namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

class AppStyle : public QProxyStyle
{
public:
    explicit AppStyle(QStyle *base) : QProxyStyle(base) {}

    QPixmap generatedIconPixmap(QIcon::Mode mode, const QPixmap &pixmap, const QStyleOption *option) const override
    {
        if (mode != QIcon::Disabled || pixmap.isNull())
            return QProxyStyle::generatedIconPixmap(mode, pixmap, option);
        QPixmap faded(pixmap.size());
        faded.setDevicePixelRatio(pixmap.devicePixelRatio());
        faded.fill(Qt::transparent);
        QPainter painter(&faded);
        painter.setOpacity(0.35);
        painter.drawPixmap(0, 0, pixmap);
        return faded;
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        // A column's title wider than the column ends in "…". Qt 6.4's header asks for its titles
        // with an elide mode of none, whatever its own, and the style draws such a title centred and
        // cut at both ends ("ethod / referenc" over an agency's Payments list at 1366 px).
        if (element == CE_HeaderLabel)
            if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
                int room = header->rect.width();
                if (!header->icon.isNull())
                    room -=
                        pixelMetric(PM_SmallIconSize, option, widget) + pixelMetric(PM_HeaderMargin, option, widget);
                if (header->fontMetrics.horizontalAdvance(header->text) > room) {
                    QStyleOptionHeaderV2 elided;
                    if (const auto *v2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(option))
                        elided = *v2;
                    else
                        static_cast<QStyleOptionHeader &>(elided) = *header;
                    elided.text = header->fontMetrics.elidedText(header->text, Qt::ElideRight, std::max(room, 0));
                    QProxyStyle::drawControl(element, &elided, painter, widget);
                    return;
                }
            }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
        if (!indicator || !option || !isDark(option->palette)) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        // Fusion outlines an indicator in the window colour darkened; a lighter "window" for the
        // indicator alone gives an outline in the palette's line colour's range.
        const QColor window = option->palette.color(QPalette::Window);
        const QColor lifted = window.lighter(window.lightness() < 40 ? 420 : 250);
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
            QStyleOptionButton copy(*button);
            copy.palette.setColor(QPalette::Window, lifted);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
        } else if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option)) {
            QStyleOptionViewItem copy(*item);
            copy.palette.setColor(QPalette::Window, lifted);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
        } else {
            QStyleOption copy(*option);
            copy.palette.setColor(QPalette::Window, lifted);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
        }
    }
};

} // namespace

void useAppStyle()
{
    if (dynamic_cast<AppStyle *>(QApplication::style()))
        return;
    // Over the style in use (the desktop's, or -style on the command line), not the default one.
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new AppStyle(base));
}

} // namespace cd

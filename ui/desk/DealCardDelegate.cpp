#include "DealCardDelegate.h"

#include "common/Words.h"
#include "main/RoleColors.h"
#include "models/DealListModel.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace cd {
namespace {

constexpr int PadX = 10, PadY = 7, Gap = 2;

// Captions and hints (design.md: secondary #59636E, lifted on a dark window).
QColor secondaryColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x59, 0x63, 0x6e);
}

QColor blend(const QColor &over, const QColor &under, qreal amount)
{
    return QColor::fromRgbF(over.redF() * amount + under.redF() * (1 - amount),
                            over.greenF() * amount + under.greenF() * (1 - amount),
                            over.blueF() * amount + under.blueF() * (1 - amount));
}

} // namespace

DealCardDelegate::DealCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_today(QDate::currentDate()), m_late(tr("Late")), m_nothingDue(tr("Nothing due")),
      m_noFee(tr("No fee")), m_noManager(tr("No manager")), m_managedBy(tr("Managed by %1"))
{}

const DealCardDelegate::Fonts &DealCardDelegate::fonts(const QFont &viewFont) const
{
    if (m_fontsValid && viewFont == m_fontsFor)
        return m_fonts;
    m_fontsFor = viewFont;
    m_fonts.base = viewFont;
    m_fonts.bold = viewFont;
    m_fonts.bold.setBold(true);
    m_fonts.small = viewFont;
    m_fonts.small.setPointSizeF(viewFont.pointSizeF() > 0 ? viewFont.pointSizeF() * 0.9 : 8);
    m_fonts.chip = m_fonts.small;
    m_fonts.chip.setBold(true);
    m_fonts.baseMetrics = QFontMetrics(m_fonts.base);
    m_fonts.boldMetrics = QFontMetrics(m_fonts.bold);
    m_fonts.smallMetrics = QFontMetrics(m_fonts.small);
    m_fonts.chipMetrics = QFontMetrics(m_fonts.chip);
    m_fonts.longFeeWidth = m_fonts.baseMetrics.horizontalAdvance(QStringLiteral("Rp000.000.000"));
    m_fontsValid = true;
    return m_fonts;
}

QString DealCardDelegate::nextLine(const QDate &date, const QString &what, const QDate &today)
{
    if (!date.isValid())
        return {};
    // The year only when it is not this one: the board is about the weeks ahead.
    const QString day =
        QLocale().toString(date, date.year() == today.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    return what.isEmpty() ? day : day + QStringLiteral(" · ") + what;
}

bool DealCardDelegate::isLate(int stage, const QDate &date, const QDate &today)
{
    // A paid deal can still owe: an agency's deal is paid once the brand has paid, and the
    // creator's fee it then owes can be weeks overdue ("21 Oct · Fee to pay" showed no Late).
    return date.isValid() && date < today && DealStage(stage) != DealStage::Lost;
}

QString DealCardDelegate::grossLine(const QModelIndex &index) const
{
    return index.data(DealListModel::GrossMinorRole).toLongLong() == 0
               ? m_noFee
               : index.data(DealListModel::GrossRole).toString();
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Fonts &f = fonts(option.font);
    int height = 2 * PadY + f.boldMetrics.height() + 3 * (Gap + f.baseMetrics.height());
    if (m_showManager)
        height += Gap + f.smallMetrics.height();
    // As narrow as a card can be read: the list makes each card as wide as its column (a wider hint
    // would push cards past a narrow column's edge).
    return {150, height};
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Fonts &f = fonts(option.font);
    const QPalette &palette = option.palette;
    const QWidget *widget = option.widget;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool active = option.state & QStyle::State_Active;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor secondary = secondaryColor(palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    // The card: the page's surface on the column's raised one; selection tints it and draws its
    // edge in the accent, the keyboard's focus thickens that edge.
    const QRectF card = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = base, edge = blend(text, base, hovered ? 0.35 : 0.18);
    qreal edgeWidth = 1;
    if (selected) {
        fill = blend(highlight, base, active ? 0.14 : 0.08);
        edge = highlight;
        edgeWidth = focused ? 2 : 1.25;
    }
    painter->setPen(QPen(edge, edgeWidth));
    painter->setBrush(fill);
    painter->drawRoundedRect(
        card.adjusted(edgeWidth / 2 - 0.5, edgeWidth / 2 - 0.5, 0.5 - edgeWidth / 2, 0.5 - edgeWidth / 2), 5, 5);
    if (focused && !selected) {
        painter->setPen(QPen(highlight, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);

    const int left = option.rect.left() + PadX;
    const int width = option.rect.width() - 2 * PadX;
    int y = option.rect.top() + PadY;
    const auto line = [&](const QFontMetrics &metrics) {
        const QRect r(left, y, width, metrics.height());
        y += metrics.height() + Gap;
        return r;
    };
    const auto draw = [&](const QRect &r, const QFont &font, const QFontMetrics &metrics, const QColor &colour,
                          const QString &s, Qt::Alignment align = Qt::AlignLeft) {
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(r, int(align | Qt::AlignVCenter), metrics.elidedText(s, Qt::ElideRight, r.width()));
    };

    // 1. Who.
    draw(line(f.boldMetrics), f.bold, f.boldMetrics, text, index.data(DealListModel::CreatorRole).toString());

    // 2. For whom and in which campaign.
    draw(
        line(f.baseMetrics), f.base, f.baseMetrics, secondary,
        placeLine(index.data(DealListModel::BrandRole).toString(), index.data(DealListModel::CampaignRole).toString()));

    // 3. The gross (never elided before the deliverables count: it is the figure people compare).
    {
        const QRect r = line(f.baseMetrics);
        QString posted = index.data(DealListModel::DeliverablesRole).toString();
        const QString gross = grossLine(index);
        const bool noFee = gross == m_noFee;
        // One pixel over the advance: elidedText cuts a text given exactly its own width.
        const int grossWidth = qMin(f.baseMetrics.horizontalAdvance(gross) + 1, r.width());
        draw(QRect(r.left(), r.top(), grossWidth, r.height()), f.base, f.baseMetrics, noFee ? secondary : text, gross);
        if (!posted.isEmpty()) {
            const int room = r.width() - grossWidth - 8;
            // In a narrow column "1/3 posted" becomes "1/3" (its number first in both languages)
            // rather than "1/3 pos…"; judged against a long fee, so every card of a column agrees.
            if (f.longFeeWidth + 8 + f.baseMetrics.horizontalAdvance(posted) > r.width())
                posted = posted.section(QLatin1Char(' '), 0, 0);
            if (room > 0)
                draw(QRect(r.right() - room + 1, r.top(), room, r.height()), f.base, f.baseMetrics, secondary, posted,
                     Qt::AlignRight);
        }
    }

    // 4. What comes next: late ones say so in a chip, not only in red.
    {
        QRect r = line(f.baseMetrics);
        const int stage = index.data(DealListModel::StageRole).toInt();
        const QDate next = index.data(DealListModel::NextDateRole).toDate();
        if (DealStage(stage) == DealStage::Lost) {
            // A lost deal has nothing next, whatever its records still hold.
        } else if (!next.isValid()) {
            draw(r, f.base, f.baseMetrics, secondary, m_nothingDue);
        } else {
            QColor colour = text;
            if (isLate(stage, next, m_today)) {
                const QColor bad = roleColor(ColorRole::Bad, widget);
                colour = bad;
                const int chipWidth = f.chipMetrics.horizontalAdvance(m_late) + 10;
                const QRect chip(r.left(), r.center().y() - f.chipMetrics.height() / 2 - 1, chipWidth,
                                 f.chipMetrics.height() + 2);
                QColor tint = bad;
                tint.setAlphaF(0.15);
                painter->setRenderHint(QPainter::Antialiasing, true);
                painter->setPen(Qt::NoPen);
                painter->setBrush(tint);
                painter->drawRoundedRect(chip, 4, 4);
                painter->setRenderHint(QPainter::Antialiasing, false);
                painter->setFont(f.chip);
                painter->setPen(bad);
                painter->drawText(chip, Qt::AlignCenter, m_late);
                r.setLeft(chip.right() + 7);
            }
            draw(r, f.base, f.baseMetrics, colour,
                 nextLine(next, index.data(DealListModel::NextWhatRole).toString(), m_today));
        }
    }

    // 5. Whose creator, when the board shows everyone's.
    if (m_showManager) {
        const QString manager = index.data(DealListModel::ManagerRole).toString();
        draw(line(f.smallMetrics), f.small, f.smallMetrics, secondary,
             manager.isEmpty() ? m_noManager : m_managedBy.arg(manager));
    }
    painter->restore();
}

QString DealCardDelegate::placeLine(const QString &brand, const QString &campaign)
{
    if (brand.isEmpty() || campaign.startsWith(brand, Qt::CaseInsensitive))
        return campaign;
    return brand + QStringLiteral(" · ") + campaign;
}

} // namespace cd

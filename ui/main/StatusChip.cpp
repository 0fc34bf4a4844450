#include "StatusChip.h"

#include "PageParts.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QTableView>

namespace cd {
namespace {
constexpr int Padding = 8; // text to the chip's edge
constexpr int Margin = 4;  // chip to the cell's edge
static_assert(StatusChipDelegate::ExtraWidth == 2 * Padding + 2 * Margin + 2);
constexpr int FillAlpha = 38; // 15% of 255
} // namespace

namespace {
const QHash<QString, ColorRole> &chipRoles()
{
    static const QHash<QString, ColorRole> roles = {
        // deliverables
        {QStringLiteral("planned"), ColorRole::Muted},
        {QStringLiteral("draft_submitted"), ColorRole::Info},
        {QStringLiteral("revision_requested"), ColorRole::Attention},
        {QStringLiteral("approved"), ColorRole::Info},
        {QStringLiteral("posted"), ColorRole::Good},
        {QStringLiteral("verified"), ColorRole::Good},
        // campaigns and contracts
        {QStringLiteral("draft"), ColorRole::Muted},
        {QStringLiteral("active"), ColorRole::Info},
        {QStringLiteral("completed"), ColorRole::Good},
        {QStringLiteral("cancelled"), ColorRole::Muted},
        {QStringLiteral("sent"), ColorRole::Info},
        {QStringLiteral("negotiating"), ColorRole::Attention},
        {QStringLiteral("signed"), ColorRole::Good},
        {QStringLiteral("expired"), ColorRole::Muted},
        {QStringLiteral("terminated"), ColorRole::Bad},
        // creators taking part in a campaign ("negotiating", "completed", "cancelled" above)
        {QStringLiteral("invited"), ColorRole::Info},
        {QStringLiteral("confirmed"), ColorRole::Good},
        {QStringLiteral("declined"), ColorRole::Muted},
        // payments and invoices
        {QStringLiteral("paid"), ColorRole::Good},
        {QStringLiteral("issued"), ColorRole::Info},
        {QStringLiteral("void"), ColorRole::Muted},
        {QStringLiteral("due"), ColorRole::Attention},
        {QStringLiteral("overdue"), ColorRole::Bad},
        {QStringLiteral("awaiting_brand"), ColorRole::Muted},
    };
    return roles;
}

// Painting looks the word up as the model gives it, without a copy per cell.
std::optional<ColorRole> chipRole(const QString &word)
{
    const auto found = chipRoles().constFind(word);
    if (found == chipRoles().cend())
        return std::nullopt;
    return found.value();
}
} // namespace

std::optional<ColorRole> statusChipRole(QStringView word)
{
    return chipRole(word.toString());
}

StatusChipDelegate::StatusChipDelegate(int wordRole, QObject *parent)
    : QStyledItemDelegate(parent), m_wordRole(wordRole)
{}

QColor StatusChipDelegate::fill(ColorRole role, const QWidget *widget, const QColor &base)
{
    const QColor colour = roleColor(role, widget);
    const auto mix = [](int over, int under) { return (over * FillAlpha + under * (255 - FillAlpha) + 127) / 255; };
    return QColor(mix(colour.red(), base.red()), mix(colour.green(), base.green()), mix(colour.blue(), base.blue()));
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto role = chipRole(index.data(m_wordRole).toString());
    if (!role) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear(); // the row's background and selection, without the text
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QFontMetrics metrics(cell.font);
    const int height = std::min(metrics.height() + 4, cell.rect.height() - 2);
    // (+2: horizontalAdvance rounds a fractional width, and eliding to exactly it cut "Active" to "Acti…")
    const int width = std::min(metrics.horizontalAdvance(text) + StatusChipDelegate::ExtraWidth - 2 * Margin,
                               cell.rect.width() - 2 * Margin);
    const QRect chip(cell.rect.left() + Margin, cell.rect.center().y() - height / 2 + 1, width, height);
    const bool selected = cell.state.testFlag(QStyle::State_Selected);
    const QColor base = cell.palette.color(
        cell.features.testFlag(QStyleOptionViewItem::Alternate) ? QPalette::AlternateBase : QPalette::Base);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    // On the selection's colour the chip turns to the selection's text colour, which reads there.
    QColor background = selected ? cell.palette.color(QPalette::HighlightedText) : fill(*role, widget, base);
    if (selected)
        background.setAlpha(60);
    painter->setBrush(background);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    // Grey words are the faintest: the palette's secondary text colour reads better on the chip (4.5:1).
    const bool dark = base.lightness() < 128;
    const QColor ink = *role != ColorRole::Muted ? roleColor(*role, widget)
                       : dark                    ? QColor(0xb1, 0xba, 0xc4)
                                                 : QColor(0x59, 0x63, 0x6e);
    painter->setPen(selected ? cell.palette.color(QPalette::HighlightedText) : ink);
    painter->setFont(cell.font);
    painter->drawText(chip.adjusted(Padding, 0, -Padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, chip.width() - 2 * Padding));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * Padding, 4);
}

void showStatusChips(QTableView *table, int column, int wordRole, const QStringList &labels)
{
    table->setItemDelegateForColumn(column, new StatusChipDelegate(wordRole, table));
    fitColumnTo(table, column, labels, StatusChipDelegate::ExtraWidth);
}

} // namespace cd

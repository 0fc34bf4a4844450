#include "PaymentTiles.h"

#include "common/Dates.h"
#include "common/Money.h"
#include "main/RoleColors.h"
#include "models/PaymentListModel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cd {

// The open money by days overdue as one bar whose parts are as long as their sums, so Rp8 billion
// current beside Rp74 million 90+ days late looks it. The buckets' names and figures below keep
// room of their own: sized by their words, the parts had looked nearly alike.
class AgeingBar : public QWidget
{
public:
    explicit AgeingBar(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("ageingBar"));
        setFixedHeight(8);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void setParts(const QList<std::pair<qint64, QColor>> &parts, const QColor &empty)
    {
        m_parts = parts;
        m_empty = empty;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        qint64 total = 0;
        for (const auto &part : std::as_const(m_parts))
            total += part.first;
        if (total <= 0) {
            painter.fillRect(rect(), m_empty);
            return;
        }
        // Each part with money in it at least MinPart wide, so a small sum still shows; a 1 px gap
        // between parts.
        constexpr int MinPart = 3, Gap = 1;
        QList<int> widths;
        int used = 0, widest = -1;
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            const qint64 sum = m_parts.at(i).first;
            const int w =
                sum > 0 ? std::max(MinPart, int(std::llround(double(width()) * double(sum) / double(total)))) : 0;
            widths << w;
            used += w;
            if (w > 0 && (widest < 0 || w > widths.at(widest)))
                widest = int(i);
        }
        widths[widest] += width() - used; // rounding and the floors come out of the longest part
        int x = 0;
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            if (widths.at(i) <= 0)
                continue;
            const int right = x + widths.at(i);
            painter.fillRect(QRect(x, 0, std::max(1, widths.at(i) - (right < width() ? Gap : 0)), height()),
                             m_parts.at(i).second);
            x = right;
        }
    }

private:
    QList<std::pair<qint64, QColor>> m_parts;
    QColor m_empty;
};

namespace {
QString tileKey(const QString &currency, PaymentDirection direction, PaymentState state)
{
    return QStringLiteral("%1/%2/%3").arg(currency, wordOf(direction), stateWord(state));
}

// A label that never reads its text as rich text: the tiles' two-line rich-text labels, each laid out
// as a text document, took about 10 of the GUI thread's 30 ms when the agency demo's tiles first
// showed.
QLabel *plainLabel(QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

// A row's direction in bold over its currency ("Brands owe you" / "IDR"), or its currency in bold.
QWidget *makeGroupName(QWidget *parent, const QString &who, const QString &currency)
{
    auto *group = new QWidget(parent);
    group->setObjectName(QStringLiteral("tileGroup"));
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addStretch();
    QLabel *first = plainLabel(group, true);
    first->setText(who.isEmpty() ? currency : who);
    layout->addWidget(first);
    if (!who.isEmpty()) {
        QLabel *second = plainLabel(group);
        second->setText(currency);
        layout->addWidget(second);
    }
    layout->addStretch();
    return group;
}

// A figure (abbreviated, in full on hover) and a line under it, on the raised surface; fill()
// writes them.
QFrame *makeTile(QWidget *parent, QLabel *&value, QLabel *&detail)
{
    auto *tile = new QFrame(parent);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setBackgroundRole(QPalette::AlternateBase);
    tile->setAutoFillBackground(true);
    tile->setMinimumWidth(130);
    value = plainLabel(tile, true);
    value->setObjectName(QStringLiteral("tileValue"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    value->setFont(big);
    detail = plainLabel(tile);
    QPalette secondary = detail->palette();
    secondary.setColor(QPalette::WindowText, roleColor(ColorRole::Muted, parent));
    detail->setPalette(secondary);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(detail);
    return tile;
}

// The tiles' grid: one row per direction and currency under a row of captions.
enum Column
{
    GroupColumn,
    OverdueColumn,
    DueColumn,
    AwaitingColumn,
    PaidColumn,
    AgeingColumn
};

QLabel *makeCaption(QWidget *parent, const QString &text)
{
    QLabel *label = plainLabel(parent);
    label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, roleColor(ColorRole::Muted, parent));
    label->setPalette(p);
    return label;
}
} // namespace

// Tiles abbreviate (design.md): "Rp98,5 jt" in Indonesian, "Rp98.5M" in English, the full figure
// on hover. One decimal at most; the symbol is the one Money::format() writes.
QString PaymentTiles::abbreviated(qint64 minor, const QString &currency)
{
    const int digits = currencyDigits(currency);
    double major = double(minor);
    for (int i = 0; i < digits; ++i)
        major /= 10;
    QString symbol = Money(0, currency).format();
    while (!symbol.isEmpty() &&
           (symbol.back().isDigit() || symbol.back() == QLatin1Char('.') || symbol.back() == QLatin1Char(',')))
        symbol.chop(1);
    const QLocale locale;
    const bool indonesian = locale.language() == QLocale::Indonesian;
    struct Step
    {
        double size;
        const char *english, *indonesian;
    };
    static const Step steps[] = {{1e12, "T", " T"}, {1e9, "B", " M"}, {1e6, "M", " jt"}, {1e3, "K", " rb"}};
    // Under a thousand as the rest, one decimal at most: "$60" beside "$24.4K", not "$60.00".
    Step step{1, "", ""};
    for (const Step &larger : steps)
        if (std::abs(major) >= larger.size) {
            step = larger;
            break;
        }
    QString number = locale.toString(major / step.size, 'f', 1);
    const QString zero = QString(locale.decimalPoint()) + QLatin1Char('0');
    if (number.endsWith(zero))
        number.chop(zero.size());
    return symbol + number + QLatin1String(indonesian ? step.indonesian : step.english);
}

PaymentTiles::PaymentTiles(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("paymentTiles"));
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(8);
    m_layout->setColumnStretch(5, 1); // the ageing bar takes the rest
}

PaymentTiles::Figures PaymentTiles::figures(const PaymentTable &table, const QDate &asOf, const QList<qsizetype> *only)
{
    // One pass, each row's state worked out once (127,328 rows at large: 0.30 s when each
    // direction's rows were copied apart, then walked for the totals, again per currency for the
    // counts, and again for the ageing by party with each party's name lower-cased).
    Figures groups; // a handful: found by a look along the list
    const qsizetype count = only ? only->size() : table.size();
    for (qsizetype i = 0; i < count; ++i) {
        const PaymentTable::Entry &r = table.at(only ? only->at(i) : i);
        const QString &currency = table.currency(r);
        auto g = std::find_if(groups.begin(), groups.end(), [&](const Group &x) {
            return x.direction == r.direction() && x.totals.currency == currency;
        });
        if (g == groups.end()) {
            Group added;
            added.direction = r.direction();
            added.totals.currency = currency;
            groups << added;
            g = groups.end() - 1;
        }
        const PaymentTiming timing = r.timing();
        const PaymentState state = paymentState(timing, asOf);
        switch (state) {
        case PaymentState::Paid:
            g->totals.paid += r.amount;
            ++g->counts[3];
            break;
        case PaymentState::Due:
            g->totals.due += r.amount;
            ++g->counts[1];
            break;
        case PaymentState::Overdue:
            g->totals.overdue += r.amount;
            ++g->counts[0];
            break;
        case PaymentState::AwaitingBrand:
            g->totals.awaitingBrand += r.amount;
            ++g->counts[2];
            break;
        }
        // As ageing() sums them per party: due and overdue rows, by days overdue.
        if (const auto bucket = ageingBucket(timing, asOf))
            g->buckets[int(*bucket)] += r.amount;
    }
    // Receivables first (in an agency the brands' money comes in before the creators are paid),
    // then each direction's currencies by their codes.
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        const int da = a.direction == PaymentDirection::Receivable ? 0 : 1;
        const int db = b.direction == PaymentDirection::Receivable ? 0 : 1;
        return std::tie(da, a.totals.currency) < std::tie(db, b.totals.currency);
    });
    return groups;
}

void PaymentTiles::showFigures(const Figures &groups, const QDate &asOf, bool agency)
{
    Shown now{groups, asOf, agency, QLocale(), palette().cacheKey()};
    if (m_shown && m_shown->asOf == asOf && m_shown->agency == agency && m_shown->locale == now.locale &&
        m_shown->palette == now.palette && sameFigures(m_shown->figures, groups))
        return;
    const bool sameGroups = m_shown && m_shown->agency == agency && m_shown->palette == now.palette &&
                            std::equal(m_views.cbegin(), m_views.cend(), groups.cbegin(), groups.cend(),
                                       [](const GroupView &v, const Group &g) {
                                           return v.direction == g.direction && v.currency == g.totals.currency;
                                       });
    m_shown = std::move(now);
    if (!sameGroups)
        build(groups, agency);
    m_texts.clear();
    for (qsizetype i = 0; i < groups.size(); ++i)
        fill(m_views[i], groups.at(i), asOf);
}

void PaymentTiles::build(const Figures &groups, bool agency)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_views.clear();
    if (groups.isEmpty())
        return;
    // The captions once, over aligned columns: one row per direction and currency.
    const bool named = agency || groups.size() > 1;
    m_layout->addWidget(makeCaption(this, tr("Overdue")), 0, OverdueColumn);
    m_layout->addWidget(makeCaption(this, tr("Due")), 0, DueColumn);
    if (agency)
        m_layout->addWidget(makeCaption(this, tr("Awaiting brand")), 0, AwaitingColumn);
    m_layout->addWidget(makeCaption(this, tr("Paid")), 0, PaidColumn);
    m_layout->addWidget(makeCaption(this, tr("Open by days overdue")), 0, AgeingColumn);
    int row = 1;
    for (const Group &g : groups) {
        GroupView view;
        view.direction = g.direction;
        view.currency = g.totals.currency;
        if (named) {
            const QString who = !agency                                       ? QString()
                                : g.direction == PaymentDirection::Receivable ? tr("Brands owe you")
                                                                              : tr("You owe creators");
            m_layout->addWidget(makeGroupName(this, who, view.currency), row, GroupColumn);
        }
        const PaymentState states[] = {PaymentState::Overdue, PaymentState::Due, PaymentState::AwaitingBrand,
                                       PaymentState::Paid};
        const int columns[] = {OverdueColumn, DueColumn, AwaitingColumn, PaidColumn};
        for (int i = 0; i < 4; ++i) {
            if (states[i] == PaymentState::AwaitingBrand && !(g.direction == PaymentDirection::Payable && agency))
                continue;
            Tile &tile = view.tiles[i];
            tile.frame = makeTile(this, tile.value, tile.detail);
            tile.frame->setObjectName(QStringLiteral("tile_%1").arg(tileKey(view.currency, g.direction, states[i])));
            m_layout->addWidget(tile.frame, row, columns[i]);
        }

        // The open amounts by days overdue: a bar of the buckets and their figures.
        view.ageing = new QWidget(this);
        view.ageing->setObjectName(QStringLiteral("ageing_%1_%2").arg(view.currency, wordOf(g.direction)));
        auto *ageLayout = new QGridLayout(view.ageing);
        ageLayout->setContentsMargins(8, 4, 0, 4);
        // Room between the buckets' words: at 2 px "1–30 days31–60" ran together.
        ageLayout->setHorizontalSpacing(10);
        // The bar, a gap, then each bucket's name over its figure.
        ageLayout->setVerticalSpacing(0);
        ageLayout->setRowMinimumHeight(1, 4);
        view.bar = new AgeingBar(view.ageing);
        ageLayout->addWidget(view.bar, 0, 0, 1, AgeingBucketCount);
        for (int b = 0; b < AgeingBucketCount; ++b) {
            ageLayout->setColumnStretch(b, 1);
            view.bucketNames[b] = plainLabel(view.ageing);
            ageLayout->addWidget(view.bucketNames[b], 2, b);
            view.buckets[b] = plainLabel(view.ageing, true);
            view.buckets[b]->setObjectName(QStringLiteral("ageingBucket%1").arg(b));
            ageLayout->addWidget(view.buckets[b], 3, b);
        }
        m_layout->addWidget(view.ageing, row, AgeingColumn);
        m_views << view;
        ++row;
    }
}

void PaymentTiles::fill(GroupView &view, const Group &g, const QDate &asOf)
{
    const QString asOfText = displayDate(asOf);
    const OpenTotals &t = g.totals;
    const qint64 amounts[] = {t.overdue, t.due, t.awaitingBrand, t.paid};
    const PaymentState states[] = {PaymentState::Overdue, PaymentState::Due, PaymentState::AwaitingBrand,
                                   PaymentState::Paid};
    const ColorRole roles[] = {ColorRole::Bad, ColorRole::Attention, ColorRole::Muted, ColorRole::Good};
    const QString tips[] = {tr("Open payments due before %1").arg(asOfText),
                            tr("Open payments due on or after %1").arg(asOfText),
                            tr("Creators' shares that fall due once the brand pays its receivable"),
                            tr("Payments paid on or before %1").arg(asOfText)};
    for (int i = 0; i < 4; ++i) {
        const Tile &tile = view.tiles[i];
        if (!tile.frame)
            continue;
        const Money amount(amounts[i], t.currency);
        m_texts.insert(tileKey(t.currency, g.direction, states[i]), amount.format());
        // Today and the dashboard say what to transfer (net) on each row.
        tile.frame->setToolTip(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(amount.format(), tr("%1. Gross, before withholding tax.").arg(tips[i]).toHtmlEscaped()));
        tile.value->setText(abbreviated(amounts[i], t.currency));
        QPalette p = tile.value->palette();
        p.setColor(QPalette::WindowText,
                   amounts[i] > 0 ? roleColor(roles[i], this) : palette().color(QPalette::WindowText));
        tile.value->setPalette(p);
        tile.detail->setText(tr("%n payment(s)", nullptr, g.counts[i]));
    }

    view.ageing->setToolTip(tr("Open gross of due and overdue payments by days overdue as of %1 (awaiting the brand "
                               "is left out)")
                                .arg(asOfText));
    const qint64 *buckets = g.buckets;
    const QString names[AgeingBucketCount] = {tr("current"), tr("1–30 days"), tr("31–60"), tr("61–90"), tr("90+")};
    const ColorRole bucketRoles[AgeingBucketCount] = {ColorRole::Info, ColorRole::Attention, ColorRole::Bad,
                                                      ColorRole::Bad, ColorRole::Bad};
    QList<std::pair<qint64, QColor>> parts;
    for (int b = 0; b < AgeingBucketCount; ++b) {
        const QColor colour = roleColor(bucketRoles[b], this);
        parts.append({buckets[b], colour});
        // Each name in its part's colour is the bar's key; a bucket with nothing in it is muted.
        QPalette p = view.bucketNames[b]->palette();
        p.setColor(QPalette::WindowText, buckets[b] > 0 ? colour : roleColor(ColorRole::Muted, this));
        view.bucketNames[b]->setPalette(p);
        view.bucketNames[b]->setText(names[b]);
        view.buckets[b]->setText(abbreviated(buckets[b], t.currency));
        view.buckets[b]->setToolTip(Money(buckets[b], t.currency).format());
        view.bucketNames[b]->setToolTip(view.buckets[b]->toolTip());
    }
    view.bar->setParts(parts, palette().color(QPalette::Midlight));
}

bool PaymentTiles::sameFigures(const Figures &a, const Figures &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Group &x, const Group &y) {
        const OpenTotals &s = x.totals, &t = y.totals;
        return x.direction == y.direction && s.currency == t.currency && s.due == t.due && s.overdue == t.overdue &&
               s.awaitingBrand == t.awaitingBrand && s.paid == t.paid &&
               std::equal(std::begin(x.counts), std::end(x.counts), std::begin(y.counts)) &&
               std::equal(std::begin(x.buckets), std::end(x.buckets), std::begin(y.buckets));
    });
}

QString PaymentTiles::tileText(const QString &currency, PaymentDirection direction, PaymentState state) const
{
    return m_texts.value(tileKey(currency, direction, state));
}

} // namespace cd

#include "PaymentTiles.h"

#include "common/Dates.h"
#include "common/Money.h"
#include "main/RoleColors.h"
#include "models/PaymentListModel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cd {
namespace {
QString tileKey(const QString &currency, PaymentDirection direction, PaymentState state)
{
    return QStringLiteral("%1/%2/%3").arg(currency, wordOf(direction), stateWord(state));
}

// Tiles abbreviate (design.md): "Rp98,5 jt" in Indonesian, "Rp98.5M" in English, the full figure
// on hover. One decimal at most; the symbol is the one Money::format() writes.
QString abbreviated(qint64 minor, const QString &currency)
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
    for (const Step &step : steps)
        if (std::abs(major) >= step.size) {
            QString number = locale.toString(major / step.size, 'f', 1);
            const QString zero = QString(locale.decimalPoint()) + QLatin1Char('0');
            if (number.endsWith(zero))
                number.chop(zero.size());
            return symbol + number + QLatin1String(indonesian ? step.indonesian : step.english);
        }
    return Money(minor, currency).format();
}

// A figure (abbreviated, in full on hover) and a line under it, on the raised surface.
QFrame *makeTile(QWidget *parent, qint64 amount, const QString &currency, const QString &detail,
                 const QColor &valueColour, const QString &tip)
{
    auto *tile = new QFrame(parent);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setBackgroundRole(QPalette::AlternateBase);
    tile->setAutoFillBackground(true);
    tile->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(Money(amount, currency).format(), tip.toHtmlEscaped()));
    tile->setMinimumWidth(130);
    auto *valueLabel = new QLabel(abbreviated(amount, currency), tile);
    valueLabel->setObjectName(QStringLiteral("tileValue"));
    QFont big = valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    valueLabel->setFont(big);
    if (valueColour.isValid()) {
        QPalette p = valueLabel->palette();
        p.setColor(QPalette::WindowText, valueColour);
        valueLabel->setPalette(p);
    }
    auto *detailLabel = new QLabel(detail, tile);
    QPalette secondary = detailLabel->palette();
    secondary.setColor(QPalette::WindowText, roleColor(ColorRole::Muted, parent));
    detailLabel->setPalette(secondary);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(0);
    layout->addWidget(valueLabel);
    layout->addWidget(detailLabel);
    return tile;
}

QLabel *makeCaption(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, roleColor(ColorRole::Muted, parent));
    label->setPalette(p);
    return label;
}
} // namespace

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
    // Rebuilt whole: a handful of widgets per currency, far cheaper than the table beside it.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    if (groups.isEmpty())
        return;
    const QString asOfText = displayDate(asOf);
    // The captions once, over aligned columns: one row per direction and currency.
    enum
    {
        GroupColumn,
        OverdueColumn,
        DueColumn,
        AwaitingColumn,
        PaidColumn,
        AgeingColumn
    };
    const bool named = agency || groups.size() > 1;
    m_layout->addWidget(makeCaption(this, tr("Overdue")), 0, OverdueColumn);
    m_layout->addWidget(makeCaption(this, tr("Due")), 0, DueColumn);
    if (agency)
        m_layout->addWidget(makeCaption(this, tr("Awaiting brand")), 0, AwaitingColumn);
    m_layout->addWidget(makeCaption(this, tr("Paid")), 0, PaidColumn);
    m_layout->addWidget(makeCaption(this, tr("Open by days overdue")), 0, AgeingColumn);
    int row = 1;
    for (const Group &g : groups) {
        const PaymentDirection direction = g.direction;
        const OpenTotals &t = g.totals;
        if (named) {
            const QString who = !agency                                     ? QString()
                                : direction == PaymentDirection::Receivable ? tr("Brands owe you")
                                                                            : tr("You owe creators");
            auto *group = new QLabel(who.isEmpty() ? QStringLiteral("<b>%1</b>").arg(t.currency)
                                                   : QStringLiteral("<b>%1</b><br>%2").arg(who, t.currency),
                                     this);
            m_layout->addWidget(group, row, GroupColumn);
        }
        const auto add = [&](PaymentState state, int column, qint64 amount, int count, ColorRole role,
                             const QString &tip) {
            m_texts.insert(tileKey(t.currency, direction, state), Money(amount, t.currency).format());
            QFrame *tile = makeTile(this, amount, t.currency, tr("%n payment(s)", nullptr, count),
                                    amount > 0 ? roleColor(role, this) : QColor(),
                                    // Today and the dashboard say what to transfer (net) on each row.
                                    tr("%1. Gross, before withholding tax.").arg(tip));
            tile->setObjectName(QStringLiteral("tile_%1").arg(tileKey(t.currency, direction, state)));
            m_layout->addWidget(tile, row, column);
        };
        add(PaymentState::Overdue, OverdueColumn, t.overdue, g.counts[0], ColorRole::Bad,
            tr("Open payments due before %1").arg(asOfText));
        add(PaymentState::Due, DueColumn, t.due, g.counts[1], ColorRole::Attention,
            tr("Open payments due on or after %1").arg(asOfText));
        if (direction == PaymentDirection::Payable && agency)
            add(PaymentState::AwaitingBrand, AwaitingColumn, t.awaitingBrand, g.counts[2], ColorRole::Muted,
                tr("Creators' shares that fall due once the brand pays its receivable"));
        add(PaymentState::Paid, PaidColumn, t.paid, g.counts[3], ColorRole::Good,
            tr("Payments paid on or before %1").arg(asOfText));

        // The open amounts by days overdue: a bar of the buckets and their figures.
        const qint64 *buckets = g.buckets;
        qint64 open = 0;
        for (int b = 0; b < AgeingBucketCount; ++b)
            open += buckets[b];
        auto *age = new QWidget(this);
        age->setObjectName(QStringLiteral("ageing_%1_%2").arg(t.currency, wordOf(direction)));
        age->setToolTip(tr("Open gross of due and overdue payments by days overdue as of %1 (awaiting the brand "
                           "is left out)")
                            .arg(asOfText));
        auto *ageLayout = new QGridLayout(age);
        ageLayout->setContentsMargins(8, 4, 0, 4);
        // Room between the buckets' words: at 2 px "1–30 days31–60" ran together.
        ageLayout->setHorizontalSpacing(10);
        ageLayout->setVerticalSpacing(4);
        const QString names[AgeingBucketCount] = {tr("current"), tr("1–30 days"), tr("31–60"), tr("61–90"), tr("90+")};
        const ColorRole roles[AgeingBucketCount] = {ColorRole::Info, ColorRole::Attention, ColorRole::Bad,
                                                    ColorRole::Bad, ColorRole::Bad};
        for (int b = 0; b < AgeingBucketCount; ++b) {
            auto *bar = new QFrame(age);
            bar->setFixedHeight(8);
            bar->setAutoFillBackground(true);
            QPalette p = bar->palette();
            p.setColor(QPalette::Window,
                       buckets[b] > 0 ? roleColor(roles[b], this) : palette().color(QPalette::Midlight));
            bar->setPalette(p);
            ageLayout->addWidget(bar, 0, b);
            auto *figure = new QLabel(tr("%1<br><b>%2</b>").arg(names[b], abbreviated(buckets[b], t.currency)), age);
            figure->setObjectName(QStringLiteral("ageingBucket%1").arg(b));
            figure->setToolTip(Money(buckets[b], t.currency).format());
            ageLayout->addWidget(figure, 1, b);
            // Wider for more money, so the eye finds where it sits; never too thin to read.
            ageLayout->setColumnStretch(b, open > 0 ? int(10 + 90 * buckets[b] / open) : 1);
        }
        m_layout->addWidget(age, row, AgeingColumn);
        ++row;
    }
}

QString PaymentTiles::tileText(const QString &currency, PaymentDirection direction, PaymentState state) const
{
    return m_texts.value(tileKey(currency, direction, state));
}

} // namespace cd

#include "RateCardForm.h"

#include "analytics/RateEstimate.h"
#include "main/FieldMessage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

RateCardForm::RateCardForm(const QString &defaultCurrency, const TierThresholds &thresholds, FollowersOf followers,
                           QWidget *parent)
    : QWidget(parent), m_defaultCurrency(defaultCurrency), m_thresholds(thresholds), m_followers(std::move(followers))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What the creator charges per piece of content. Beside each price, the typical fee "
                                "for a creator with their followers on that platform, in the price's currency: "
                                "rupiah by tier on every platform; dollars for Instagram and YouTube only."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_grid = new QGridLayout;
    const QStringList headers = {tr("Platform"), tr("Content"), tr("Price"),
                                 tr("Currency"), tr("Notes"),   tr("Typical fee")};
    for (int c = 0; c < headers.size(); ++c) {
        m_headers << new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c]), this);
        m_grid->addWidget(m_headers.last(), 0, c);
    }
    m_grid->setColumnStretch(4, 1);
    layout->addLayout(m_grid);
    // Without prices the headers ran together over nothing: say what the tab is for instead.
    m_none = new QLabel(tr("No prices yet. Add Price records what the creator charges for a piece of content; "
                           "the typical fee for their followers shows beside it."),
                        this);
    m_none->setObjectName(QStringLiteral("noRatesLabel"));
    m_none->setWordWrap(true);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_none);
    m_message = makeFieldMessage(this);
    layout->addWidget(m_message);
    auto *add = new QPushButton(tr("Add &Price"), this);
    add->setObjectName(QStringLiteral("addRateButton"));
    connect(add, &QPushButton::clicked, this, qOverload<>(&RateCardForm::addRow));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    relayout();
}

void RateCardForm::load(const QList<RateCardEntry> &rates)
{
    for (const Row &r : std::as_const(m_rows))
        for (QWidget *w :
             {static_cast<QWidget *>(r.platform), static_cast<QWidget *>(r.format), static_cast<QWidget *>(r.currency),
              static_cast<QWidget *>(r.amount), static_cast<QWidget *>(r.notes), static_cast<QWidget *>(r.estimate),
              static_cast<QWidget *>(r.remove)})
            w->deleteLater();
    m_rows.clear();
    for (const RateCardEntry &r : rates)
        addRow(r);
    relayout();
}

void RateCardForm::addRow()
{
    RateCardEntry entry;
    entry.amount = Money(0, m_defaultCurrency);
    addRow(entry);
    m_rows.last().amount->clear();
    relayout();
    m_rows.last().amount->setFocus();
    emit changed();
}

void RateCardForm::addRow(const RateCardEntry &entry)
{
    Row row{new QComboBox(this), new QComboBox(this), new QComboBox(this),  new QLineEdit(this),
            new QLineEdit(this), new QLabel(this),    new QToolButton(this)};
    for (const QString &word : allWords<Platform>())
        row.platform->addItem(platformDisplayName(*wordFrom<Platform>(word)), word);
    row.platform->setCurrentIndex(row.platform->findData(wordOf(entry.platform)));
    row.platform->setAccessibleName(tr("Platform"));
    for (const QString &word : allWords<DeliverableFormat>())
        row.format->addItem(formatDisplayName(*wordFrom<DeliverableFormat>(word)), word);
    row.format->setCurrentIndex(row.format->findData(wordOf(entry.format)));
    row.format->setAccessibleName(tr("Content type"));
    QStringList currencies = {QStringLiteral("IDR"), QStringLiteral("USD"), QStringLiteral("SGD"),
                              QStringLiteral("MYR"), QStringLiteral("EUR")};
    for (const QString &c : {m_defaultCurrency, entry.amount.currency()})
        if (!c.isEmpty() && !currencies.contains(c))
            currencies.prepend(c);
    row.currency->addItems(currencies);
    row.currency->setEditable(true);
    row.currency->setCurrentText(entry.amount.currency().isEmpty() ? m_defaultCurrency : entry.amount.currency());
    row.currency->setAccessibleName(tr("Currency"));
    row.amount->setText(entry.amount.currency().isEmpty() ? QString() : entry.amount.format());
    row.amount->setPlaceholderText(tr("e.g. 2.500.000"));
    row.amount->setAccessibleName(tr("Price"));
    row.notes->setText(entry.notes);
    row.notes->setAccessibleName(tr("Notes"));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAccessibleName(tr("Remove price"));
    row.remove->setToolTip(tr("Remove this price"));
    for (QComboBox *box : {row.platform, row.format, row.currency})
        connect(box, &QComboBox::currentTextChanged, this, [this] {
            updateEstimates();
            emit changed();
        });
    for (QLineEdit *edit : {row.amount, row.notes})
        connect(edit, &QLineEdit::textChanged, this, &RateCardForm::changed);
    QToolButton *remove = row.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].remove == remove) {
                const Row r = m_rows.takeAt(i);
                for (QWidget *w : {static_cast<QWidget *>(r.platform), static_cast<QWidget *>(r.format),
                                   static_cast<QWidget *>(r.currency), static_cast<QWidget *>(r.amount),
                                   static_cast<QWidget *>(r.notes), static_cast<QWidget *>(r.estimate),
                                   static_cast<QWidget *>(r.remove)})
                    w->deleteLater();
                relayout();
                emit changed();
                return;
            }
    });
    m_rows << row;
}

void RateCardForm::relayout()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        QWidget *cells[] = {r.platform, r.format, r.amount, r.currency, r.notes, r.estimate, r.remove};
        for (int c = 0; c < int(std::size(cells)); ++c)
            m_grid->addWidget(cells[c], i + 1, c);
    }
    for (QLabel *header : std::as_const(m_headers))
        header->setVisible(!m_rows.isEmpty());
    m_none->setVisible(m_rows.isEmpty());
    updateEstimates();
}

void RateCardForm::updateEstimates()
{
    for (const Row &r : std::as_const(m_rows)) {
        const Platform platform = *wordFrom<Platform>(r.platform->currentData().toString());
        const auto estimate =
            estimateRate(platform, m_followers(platform), r.currency->currentText().trimmed().toUpper(), m_thresholds);
        r.estimate->setText(estimate ? estimate->text() : tr("—"));
        r.estimate->setToolTip(estimate ? estimate->basis
                                        : tr("No estimate: it needs the creator's followers on %1, and IDR, or USD "
                                             "for Instagram and YouTube")
                                              .arg(platformDisplayName(platform)));
    }
}

Result<Money> RateCardForm::amountOf(const Row &row) const
{
    const QString currency = row.currency->currentText().trimmed().toUpper();
    if (!isKnownCurrency(currency))
        return fail(tr("'%1' is not a currency code; use one such as IDR or USD").arg(row.currency->currentText()));
    if (row.amount->text().trimmed().isEmpty())
        return fail(tr("the %1 %2 price is empty (or remove the row)")
                        .arg(row.platform->currentText(), row.format->currentText()));
    return Money::parseDisplay(row.amount->text().trimmed(), currency);
}

void RateCardForm::store(CreatorProfile &profile) const
{
    profile.rates.clear();
    for (const Row &r : m_rows)
        if (auto amount = amountOf(r))
            profile.rates << RateCardEntry{*wordFrom<Platform>(r.platform->currentData().toString()),
                                           *wordFrom<DeliverableFormat>(r.format->currentData().toString()),
                                           amount.value(), r.notes->text()};
}

QString RateCardForm::problem() const
{
    QString message;
    for (const Row &r : m_rows)
        if (auto amount = amountOf(r); !amount) {
            message = amount.error();
            break;
        }
    showFieldMessage(m_message, message);
    return message;
}

} // namespace cd

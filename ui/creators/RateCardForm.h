#pragma once

#include "common/Tier.h"
#include "services/CreatorProfile.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cd {

// The creator's rate card: one row per platform and content type with the price and currency,
// and beside it the rate estimate of domain.md from the creator's followers on that platform.
class RateCardForm : public QWidget
{
    Q_OBJECT
public:
    using FollowersOf = std::function<std::optional<qint64>(Platform)>;
    RateCardForm(const QString &defaultCurrency, const TierThresholds &thresholds, FollowersOf followers,
                 QWidget *parent = nullptr);

    void load(const QList<RateCardEntry> &rates);
    void store(CreatorProfile &profile) const;
    QString problem() const;
    // Recomputes the estimates (after the follower counts changed).
    void updateEstimates();
    void addRow();

signals:
    void changed();

private:
    struct Row
    {
        QComboBox *platform, *format, *currency;
        QLineEdit *amount, *notes;
        QLabel *estimate;
        QToolButton *remove;
    };
    void addRow(const RateCardEntry &entry);
    void relayout();
    Result<Money> amountOf(const Row &row) const;

    QString m_defaultCurrency;
    TierThresholds m_thresholds;
    FollowersOf m_followers;
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QList<QLabel *> m_headers; // shown above prices only
    QLabel *m_none;            // shown instead when there are none
    QLabel *m_message;
};

} // namespace cd

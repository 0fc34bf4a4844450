#pragma once

#include "money/PaymentTable.h"

#include <QMap>
#include <QWidget>

class QGridLayout;

namespace cd {

// The answer at the top of the Payments page (design.md tiles): per direction and currency the
// overdue, due, awaiting-brand and paid totals with their counts, and the open amounts by days
// overdue as a bar. Figures abbreviate ("Rp98.5M", "Rp98,5 jt") with the full amount on hover.
class PaymentTiles : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentTiles(QWidget *parent = nullptr);

    // What the tiles show, per direction and currency: the totals, how many payments each holds
    // and the open amounts by days overdue.
    struct Group
    {
        PaymentDirection direction = PaymentDirection::Payable;
        OpenTotals totals;
        int counts[4] = {}; // overdue, due, awaiting the brand, paid
        qint64 buckets[AgeingBucketCount] = {};
    };
    using Figures = QList<Group>;
    // The figures of the payments in `table` (only those at the places `only` names, when given) as
    // of `asOf`. No widgets: runs on a worker too, as 50,000 rows take longer than a frame.
    static Figures figures(const PaymentTable &table, const QDate &asOf, const QList<qsizetype> *only = nullptr);

    // Shows `figures` (of what the page's filters, all but status, let through) as of `asOf`;
    // `agency` adds the awaiting-brand column and names the directions.
    void showFigures(const Figures &figures, const QDate &asOf, bool agency);
    // A tile's figure in full ("Rp20.000.000"), empty when there is no such tile (tests).
    QString tileText(const QString &currency, PaymentDirection direction, PaymentState state) const;

private:
    QGridLayout *m_layout;
    QMap<QString, QString> m_texts; // "IDR/payable/overdue" -> figure
};

} // namespace cd

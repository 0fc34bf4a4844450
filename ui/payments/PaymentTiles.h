#pragma once

#include "money/PaymentTable.h"

#include <QLocale>
#include <QMap>
#include <QWidget>

#include <optional>

class QFrame;
class QGridLayout;
class QLabel;

namespace cd {

class AgeingBar;

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
    // An amount as a tile shows it (design.md): "Rp98,5 jt" in Indonesian, "Rp98.5M" in English, "$60"
    // under a thousand; one decimal at most, the full figure on hover.
    static QString abbreviated(qint64 minor, const QString &currency);
    // A tile's figure in full ("Rp20.000.000"), empty when there is no such tile (tests).
    QString tileText(const QString &currency, PaymentDirection direction, PaymentState state) const;

private:
    // The widgets of one direction and currency, kept so that new figures change their texts only:
    // built again, the tiles and the relayout they caused were half the GUI thread's work when the
    // agency demo's page was read again.
    struct Tile
    {
        QFrame *frame = nullptr; // none: no such tile (awaiting the brand outside an agency's payables)
        QLabel *value = nullptr, *detail = nullptr;
    };
    struct GroupView
    {
        PaymentDirection direction = PaymentDirection::Payable;
        QString currency;
        Tile tiles[4]; // overdue, due, awaiting the brand, paid
        QWidget *ageing = nullptr;
        AgeingBar *bar = nullptr;
        QLabel *bucketNames[AgeingBucketCount] = {}, *buckets[AgeingBucketCount] = {}; // "31–60" over "Rp19M"
    };
    // What is shown, so that a read again with the same totals (an edited note, a renamed creator)
    // changes nothing.
    struct Shown
    {
        Figures figures;
        QDate asOf;
        bool agency = false;
        QLocale locale;
        qint64 palette = 0;
    };

    static bool sameFigures(const Figures &a, const Figures &b);
    void build(const Figures &groups, bool agency);
    void fill(GroupView &view, const Group &group, const QDate &asOf);

    QGridLayout *m_layout;
    QList<GroupView> m_views;
    std::optional<Shown> m_shown;
    QMap<QString, QString> m_texts; // "IDR/payable/overdue" -> figure
};

} // namespace cd

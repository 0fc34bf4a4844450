#pragma once

#include <QDate>
#include <QFont>
#include <QFontMetrics>
#include <QStyledItemDelegate>

namespace cd {

// Paints one deal of the pipeline board (a DealListModel row) as a card: the creator in bold,
// brand · campaign, the gross in the campaign's currency with how many deliverables are posted,
// the next dated thing ("12 Dec · Deliverable "Reel" due", with a "Late" chip in the bad colour
// when it has passed) and, when the board shows everyone's creators, the creator's manager.
// Every card has the same height (the board's lists use uniform item sizes), and every line is
// elided rather than clipped; the whole text is the model's tooltip.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    // The day against which next dates are late (the board's "today").
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }
    // Whether cards carry their manager's name (when the board shows everyone's creators); the
    // card's height changes, so the view must lay its items out again (a model reset does).
    void setShowManager(bool show) { m_showManager = show; }
    bool showsManager() const { return m_showManager; }

    // A card's second line: "Teh Segar · Ramadan Refresh", or the campaign alone when its name
    // starts with the brand's ("Urban Labs · Urban Labs Ca…" said the brand twice and cut the rest).
    static QString placeLine(const QString &brand, const QString &campaign);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card's figure: the gross ("Rp5.000.000"), or "No fee" for a deal without one (an offer not
    // yet priced, product seeding) instead of "Rp0".
    QString grossLine(const QModelIndex &index) const;

    // The card's "next" line as it reads: "12 Dec · Fee due (receivable)", the year added when it
    // is not today's year; empty without a date.
    static QString nextLine(const QDate &date, const QString &what, const QDate &today);
    // Whether a deal of `stage` (an int DealStage) with a next date `date` is late as of `today`:
    // a lost deal never is, whatever its records still say; a paid one is while it still owes.
    static bool isLate(int stage, const QDate &date, const QDate &today);

private:
    // Fonts and metrics derived from the view's font, kept between paints: a card is painted
    // without building fonts or metrics of its own.
    struct Fonts
    {
        QFont base, bold, small, chip;
        QFontMetrics baseMetrics{QFont()}, boldMetrics{QFont()}, smallMetrics{QFont()}, chipMetrics{QFont()};
        int longFeeWidth = 0; // "Rp000.000.000": a long fee, against which "1/3 posted" is shortened
    };
    const Fonts &fonts(const QFont &viewFont) const;

    QDate m_today;
    bool m_showManager = true;
    mutable Fonts m_fonts;
    mutable QFont m_fontsFor;
    mutable bool m_fontsValid = false;
    // Translated once: the same words are on every card.
    QString m_late, m_nothingDue, m_noFee, m_noManager, m_managedBy;
};

} // namespace cd

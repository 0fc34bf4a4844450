#include "OptionalDateEdit.h"

#include "common/Clock.h"
#include "common/Dates.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace cd {

QDate OptionalDateEdit::notSetDate()
{
    return QDate(2000, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(const QString &accessibleName, QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(dateEntryFormat());
    setMinimumDate(notSetDate());
    setSpecialValueText(tr("not set"));
    setDate(notSetDate());
    setAccessibleName(accessibleName);
    setToolTip(tr("Type a date such as %1 or pick one from the calendar; delete the whole text to leave it "
                  "not set")
                   .arg(QLocale().toString(Clock::today(), dateEntryFormat())));
    // The popup is made once and reused; its month is set each time it opens.
    if (QCalendarWidget *calendar = calendarWidget())
        calendar->window()->installEventFilter(this);
}

void OptionalDateEdit::setSuggestedDate(const QDate &day)
{
    m_suggested = day;
}

QDate OptionalDateEdit::suggestedDate() const
{
    return m_suggested.isValid() && m_suggested > notSetDate() ? m_suggested : Clock::today();
}

bool OptionalDateEdit::isSet() const
{
    return date() != notSetDate();
}

void OptionalDateEdit::setOptionalDate(const QDate &day)
{
    setDate(day.isValid() ? day : notSetDate());
}

QDate OptionalDateEdit::optionalDate() const
{
    return isSet() ? date() : QDate();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool command = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const QString typed = event->text();
    if (!isSet() && !command && !typed.isEmpty() && typed.at(0).isLetterOrNumber()) {
        // Start from a real day with its day selected, so "7" or "1 Desember 2026" reads as typed.
        setDate(suggestedDate());
        setCurrentSection(DaySection);
        setSelectedSection(DaySection);
    } else if (isSet() && !command && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
               lineEdit()->selectedText() == lineEdit()->text()) {
        setDate(notSetDate());
        selectAll();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && !isSet())
        if (QCalendarWidget *calendar = calendarWidget()) {
            const QDate day = suggestedDate();
            calendar->setCurrentPage(day.year(), day.month());
        }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace cd

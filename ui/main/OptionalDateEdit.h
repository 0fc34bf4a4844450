#pragma once

#include <QDateEdit>

namespace cd {

// A date field that may be left empty: its lowest date reads "not set" and means no date. Plain
// QDateEdit treats that placeholder as a real day, so its calendar opened at January 2000 and
// typing went after the words "not set"; here the calendar opens at the suggested day's month,
// typing into an empty field starts from the suggested day, and clearing the whole text empties it.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    OptionalDateEdit(const QString &accessibleName, QWidget *parent);

    // The day an empty field starts from (today when none is set or it is invalid).
    void setSuggestedDate(const QDate &day);
    QDate suggestedDate() const;

    bool isSet() const;
    // An invalid date empties the field.
    void setOptionalDate(const QDate &day);
    // The date shown, or an invalid date when the field is empty.
    QDate optionalDate() const;

    // The lowest date, which stands for "not set".
    static QDate notSetDate();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate m_suggested;
};

} // namespace cd

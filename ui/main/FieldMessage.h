#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace cd {

// Core's messages are clauses ("the creator no longer exists"); next to a field or in a box they
// read as sentences: a capital first letter and a full stop.
QString asSentence(const QString &message);

// A small label under a form field that explains what is wrong with it; hidden while all is well,
// and keeping its line meanwhile so the fields below do not move when it appears. `field` is the
// field it speaks of (the form shows it once that field is touched), none for the whole form.
QLabel *makeFieldMessage(QWidget *parent, QWidget *field = nullptr);
// Makes `label` the field's label: its mnemonic focuses `field`, and a screen reader names the field
// by its words ("Country", without "&" and ":") unless it has a name already. Qt finds a label by
// itself only beside its field, not across the box a field shares with its message.
void labelField(QLabel *label, QWidget *field);
// Adds the row `label` / `field` to `form` with a line under the field for `message` (one of
// makeFieldMessage's), or an empty line of the same height when the field has none: every row of
// the form is then spaced alike, where rows with and without room for a message read as uneven
// gaps. The label focuses and names the field (labelField). Returns the label.
QLabel *addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QLabel *message = nullptr);
// Whether `label` was made by makeFieldMessage.
bool isFieldMessage(const QLabel *label);
// Shows `message` as a sentence, or hides the label when it is empty.
void showFieldMessage(QLabel *label, const QString &message);

} // namespace cd

#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace cd {

// A small label under a form field that explains what is wrong with it; hidden while all is well.
QLabel *makeFieldMessage(QWidget *parent);
// Shows `message` (or hides the label when it is empty). Errors from core start in lower case
// ("the tag … is longer …"); next to a field they read as sentences.
void showFieldMessage(QLabel *label, const QString &message);

} // namespace cd

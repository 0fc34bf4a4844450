#pragma once

#include <QMessageBox>

#include <optional>

namespace cd::ask {

// Message boxes with a seam: tests set the answer instead of clicking, and read what was said.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton byDefault,
                                     const std::map<QMessageBox::StandardButton, QString> &labels = {});
void warn(QWidget *parent, const QString &title, const QString &text);
// Asks for a few lines of text; none when cancelled.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label);

// While set, no box is shown: question() returns `answer`, warn() only records its text and
// text() returns `typed` (none when the answer is Cancel).
void setAnswerForTests(std::optional<QMessageBox::StandardButton> answer, const QString &typed = {});
// The text of the last box asked or shown (for tests).
QString lastText();

} // namespace cd::ask

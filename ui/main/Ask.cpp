#include "Ask.h"

#include <QPushButton>

namespace cd::ask {
namespace {
std::optional<QMessageBox::StandardButton> s_answer;
QString s_lastText;
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton byDefault,
                                     const std::map<QMessageBox::StandardButton, QString> &labels)
{
    s_lastText = text;
    if (s_answer)
        return *s_answer;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(byDefault);
    // Buttons named for what they do ("Delete", "Archive") read better than Yes and No.
    for (const auto &[button, label] : labels)
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    return QMessageBox::StandardButton(box.exec());
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (!s_answer)
        QMessageBox::warning(parent, title, text);
}

void setAnswerForTests(std::optional<QMessageBox::StandardButton> answer)
{
    s_answer = answer;
}

QString lastText()
{
    return s_lastText;
}

} // namespace cd::ask

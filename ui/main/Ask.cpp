#include "Ask.h"

#include "FieldMessage.h"

#include <QInputDialog>
#include <QPushButton>

namespace cd::ask {
namespace {
std::optional<QMessageBox::StandardButton> s_answer;
QString s_typed;
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
    const QString sentence = asSentence(text);
    s_lastText = sentence;
    if (!s_answer)
        QMessageBox::warning(parent, title, sentence);
}

std::optional<QString> text(QWidget *parent, const QString &title, const QString &label)
{
    s_lastText = label;
    if (s_answer)
        return *s_answer == QMessageBox::Cancel ? std::nullopt : std::optional<QString>(s_typed);
    bool ok = false;
    const QString typed = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    return ok ? std::optional<QString>(typed) : std::nullopt;
}

void setAnswerForTests(std::optional<QMessageBox::StandardButton> answer, const QString &typed)
{
    s_answer = answer;
    s_typed = typed;
}

QString lastText()
{
    return s_lastText;
}

} // namespace cd::ask

#include "FieldMessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

namespace {
const char *const FieldMessageProperty = "cdFieldMessage";
}

QLabel *makeFieldMessage(QWidget *parent, QWidget *field)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setProperty(FieldMessageProperty, true);
    if (field)
        label->setBuddy(field);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->hide();
    return label;
}

QLabel *addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QLabel *message)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    // A message that never shows takes exactly the room a real one keeps.
    column->addWidget(message ? message : makeFieldMessage(field->parentWidget()));
    auto *text = new QLabel(label, field->parentWidget());
    form->addRow(text, column);
    // QFormLayout's buddy would be the row's layout; the label should focus the field itself.
    labelField(text, field);
    return text;
}

bool isFieldMessage(const QLabel *label)
{
    return label && label->property(FieldMessageProperty).toBool();
}

QString asSentence(const QString &message)
{
    QString sentence = message.trimmed();
    if (!sentence.isEmpty()) {
        sentence[0] = sentence[0].toUpper();
        if (!sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char('!')) &&
            !sentence.endsWith(QLatin1Char('?')))
            sentence += QLatin1Char('.');
    }
    return sentence;
}

void showFieldMessage(QLabel *label, const QString &message)
{
    if (!label)
        return;
    const QString sentence = asSentence(message);
    // A red that reads on the window's colour, light or dark.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
    label->setText(sentence);
    label->setVisible(!sentence.isEmpty());
    // A screen reader says what is wrong when it reads the field.
    if (QWidget *field = label->buddy())
        field->setAccessibleDescription(sentence);
}

void labelField(QLabel *label, QWidget *field)
{
    if (!label || !field)
        return;
    label->setBuddy(field);
    if (field->accessibleName().isEmpty()) {
        QString name = label->text();
        name.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
        name.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        name = name.trimmed();
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        field->setAccessibleName(name);
    }
}

} // namespace cd

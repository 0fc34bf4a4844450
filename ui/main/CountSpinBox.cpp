#include "CountSpinBox.h"

#include "common/TypedCount.h"

#include <QRegularExpression>

namespace cd {

CountSpinBox::CountSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setGroupSeparatorShown(true);
}

QValidator::State CountSpinBox::validate(QString &text, int &) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return QValidator::Acceptable;
    if (const auto n = parseTypedCount(text); n && *n >= minimum() && *n <= maximum())
        return QValidator::Acceptable;
    // On the way to a count: digits with separators, a decimal, an abbreviation being typed.
    static const QRegularExpression partial(QStringLiteral("^\\s*\\d[\\d.,  ]*\\s*[A-Za-z]{0,6}$"));
    return text.trimmed().isEmpty() || partial.match(text).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

int CountSpinBox::valueFromText(const QString &text) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return minimum();
    const auto n = parseTypedCount(text);
    return n ? int(std::clamp<qint64>(*n, minimum(), maximum())) : value();
}

} // namespace cd

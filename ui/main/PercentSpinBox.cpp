#include "PercentSpinBox.h"

namespace cd {

PercentSpinBox::PercentSpinBox(int decimals, QWidget *parent) : QDoubleSpinBox(parent)
{
    setRange(0.0, 100.0);
    setDecimals(decimals);
    setSuffix(QStringLiteral("%"));
}

QString PercentSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    const QString point = locale().decimalPoint();
    if (decimals() > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace cd

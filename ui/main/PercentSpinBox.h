#pragma once

#include <QDoubleSpinBox>

namespace cd {

// A percent field that reads as every percentage in the app does: "20%", "4,5%" in Indonesian, no
// space before the sign and no zeros after the last decimal that counts ("20,00 %" read as if
// the rate had been set to the cent). Up to `decimals` decimals can be typed.
class PercentSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit PercentSpinBox(int decimals, QWidget *parent = nullptr);

protected:
    QString textFromValue(double value) const override;
};

} // namespace cd

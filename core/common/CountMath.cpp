#include "CountMath.h"

#include <QVariant>

#include <cmath>

namespace cd {

qint64 saturatedFromDouble(double d)
{
    if (std::isnan(d))
        return 0;
    // 2^63 is exact as a double; SaturatedCount (2^63 - 1) is not, and casting anything from 2^63
    // up would be undefined.
    constexpr double Limit = 9'223'372'036'854'775'808.0;
    const double rounded = std::round(d);
    if (rounded >= Limit || rounded <= -Limit)
        return saturatedCount(rounded < 0);
    return saturatingAdd(qint64(rounded), 0); // a result of exactly ±SaturatedCount reads as saturated
}

qint64 storedCount(const QVariant &value)
{
    if (value.isNull())
        return 0;
    if (value.typeId() == QMetaType::Double)
        return saturatedFromDouble(value.toDouble());
    return saturatingAdd(value.toLongLong(), 0); // qint64's lowest value reads as saturated too
}

} // namespace cd

#include "Tier.h"

#include <QCoreApplication>

namespace cd {

Tier tierFor(qint64 followers, const TierThresholds &t)
{
    if (followers >= t.mega)
        return Tier::Mega;
    if (followers >= t.macro)
        return Tier::Macro;
    if (followers >= t.micro)
        return Tier::Micro;
    return Tier::Nano;
}

QString tierWord(Tier tier)
{
    switch (tier) {
    case Tier::Nano:
        return QStringLiteral("nano");
    case Tier::Micro:
        return QStringLiteral("micro");
    case Tier::Macro:
        return QStringLiteral("macro");
    case Tier::Mega:
        return QStringLiteral("mega");
    }
    return {};
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Nano:
        return QCoreApplication::translate("Tier", "Nano");
    case Tier::Micro:
        return QCoreApplication::translate("Tier", "Micro");
    case Tier::Macro:
        return QCoreApplication::translate("Tier", "Macro");
    case Tier::Mega:
        return QCoreApplication::translate("Tier", "Mega");
    }
    return {};
}

} // namespace cd

#pragma once

#include "services/PostService.h"

#include <QCoreApplication>

namespace cd {

// The counts people type in for a post, in the order platforms show them; shared by the
// deliverable's numbers dialog and the campaign's quick-entry grid.
struct PostNumberField
{
    const char *label; // translated in the "PostNumbers" context
    std::optional<qint64> PostSnapshot::*member;
};

inline constexpr PostNumberField PostNumberFields[] = {
    {QT_TRANSLATE_NOOP("PostNumbers", "Views"), &PostSnapshot::views},
    {QT_TRANSLATE_NOOP("PostNumbers", "Reach"), &PostSnapshot::reach},
    {QT_TRANSLATE_NOOP("PostNumbers", "Impressions"), &PostSnapshot::impressions},
    {QT_TRANSLATE_NOOP("PostNumbers", "Likes"), &PostSnapshot::likes},
    {QT_TRANSLATE_NOOP("PostNumbers", "Comments"), &PostSnapshot::comments},
    {QT_TRANSLATE_NOOP("PostNumbers", "Shares"), &PostSnapshot::shares},
    {QT_TRANSLATE_NOOP("PostNumbers", "Saves"), &PostSnapshot::saves},
    {QT_TRANSLATE_NOOP("PostNumbers", "Link clicks"), &PostSnapshot::linkClicks},
    {QT_TRANSLATE_NOOP("PostNumbers", "Promo code uses"), &PostSnapshot::promoUses},
};

inline QString postNumberLabel(const PostNumberField &field)
{
    return QCoreApplication::translate("PostNumbers", field.label);
}

} // namespace cd

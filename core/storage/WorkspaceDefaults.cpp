#include "WorkspaceDefaults.h"

#include "Settings.h"
#include "Sql.h"
#include "Transaction.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceDefaults)
};

QString baselineKey(Platform p, const char *bound)
{
    return QStringLiteral("baseline.%1.%2").arg(wordOf(p), QLatin1String(bound));
}

// Whole-number settings and the field each one fills.
struct IntSetting
{
    const char *key;
    qint64 WorkspaceDefaults::*wide = nullptr;
    int WorkspaceDefaults::*narrow = nullptr;
};

const IntSetting IntSettings[] = {
    {"rights.expiring_days", nullptr, &WorkspaceDefaults::rightsExpiringDays},
    {"warn.likes_min", &WorkspaceDefaults::suspiciousLikesMin, nullptr},
    {"warn.comment_share_ratio_bp", nullptr, &WorkspaceDefaults::commentShareRatioBp},
    {"warn.follower_jump_bp", nullptr, &WorkspaceDefaults::followerJumpBp},
    {"warn.follower_jump_days", nullptr, &WorkspaceDefaults::followerJumpDays},
    {"warn.median_factor", nullptr, &WorkspaceDefaults::medianFactor},
    {"warn.median_min_creators", nullptr, &WorkspaceDefaults::medianMinCreators},
};
} // namespace

QMap<Platform, EngagementBaseline> WorkspaceDefaults::standardBaselines()
{
    return {{Platform::Instagram, {300, 600}}, {Platform::Facebook, {50, 100}},
            {Platform::X, {50, 100}},          {Platform::TikTok, {}},
            {Platform::YouTube, {}},           {Platform::Blog, {}}};
}

QString WorkspaceDefaults::problem() const
{
    if (!tiers.isValid())
        return Text::tr("tier thresholds must grow: micro (%1) < macro (%2) < mega (%3), all above 0")
            .arg(tiers.micro)
            .arg(tiers.macro)
            .arg(tiers.mega);
    if (!isKnownCurrency(currency))
        return Text::tr("unknown currency '%1': use an ISO 4217 code such as IDR or USD").arg(currency);
    if (rightsExpiringDays < 1 || rightsExpiringDays > 365)
        return Text::tr("the usage-rights warning must come 1 to 365 days ahead");
    for (auto it = baselines.cbegin(); it != baselines.cend(); ++it) {
        const EngagementBaseline &b = it.value();
        if (b.lowBp.has_value() != b.highBp.has_value())
            return Text::tr("the %1 baseline needs both a low and a high rate, or neither")
                .arg(platformDisplayName(it.key()));
        if (b.lowBp && (*b.lowBp < 0 || *b.highBp > 10'000 || *b.lowBp > *b.highBp))
            return Text::tr("the %1 baseline must run from a low to a higher rate between 0% and 100%")
                .arg(platformDisplayName(it.key()));
    }
    if (suspiciousLikesMin < 1 || commentShareRatioBp < 1 || followerJumpBp < 1 || followerJumpDays < 1 ||
        medianFactor < 2 || medianMinCreators < 2)
        return Text::tr("warning thresholds must be positive (the median factor and minimum at least 2)");
    if (engagementBasis != QLatin1String("followers") && engagementBasis != QLatin1String("reach") &&
        engagementBasis != QLatin1String("impressions"))
        return Text::tr("the engagement rate is shown by followers, reach or impressions");
    return {};
}

namespace settings {

WorkspaceDefaults defaults(QSqlDatabase &db)
{
    WorkspaceDefaults d;
    d.tiers = tierThresholds(db);
    d.currency = defaultCurrency(db);
    for (const IntSetting &s : IntSettings) {
        bool ok = false;
        const qint64 v = value(db, QString::fromLatin1(s.key)).toLongLong(&ok);
        if (!ok)
            continue;
        if (s.wide)
            d.*s.wide = v;
        else
            d.*s.narrow = int(v);
    }
    for (auto it = d.baselines.begin(); it != d.baselines.end(); ++it) {
        const QString low = value(db, baselineKey(it.key(), "low_bp"));
        const QString high = value(db, baselineKey(it.key(), "high_bp"));
        if (low == QLatin1String("none"))
            *it = {};
        else if (!low.isEmpty() && !high.isEmpty())
            *it = {low.toInt(), high.toInt()};
    }
    d.engagementBasis = value(db, QStringLiteral("er_basis"), d.engagementBasis);
    // A hand-edited or damaged value must not break the app: fall back to the built-in defaults.
    return d.problem().isEmpty() ? d : WorkspaceDefaults();
}

Status saveDefaults(Workspace &ws, const WorkspaceDefaults &d)
{
    if (const QString p = d.problem(); !p.isEmpty())
        return fail(p);
    return writeInTransaction(ws, [&](Transaction &tx) -> Status {
        QList<std::pair<QString, QString>> values = {{QStringLiteral("tier.micro"), QString::number(d.tiers.micro)},
                                                     {QStringLiteral("tier.macro"), QString::number(d.tiers.macro)},
                                                     {QStringLiteral("tier.mega"), QString::number(d.tiers.mega)},
                                                     {QStringLiteral("default_currency"), d.currency},
                                                     {QStringLiteral("er_basis"), d.engagementBasis}};
        for (const IntSetting &s : IntSettings)
            values.append({QString::fromLatin1(s.key), QString::number(s.wide ? d.*s.wide : qint64(d.*s.narrow))});
        for (auto it = d.baselines.cbegin(); it != d.baselines.cend(); ++it) {
            values.append(
                {baselineKey(it.key(), "low_bp"), it->lowBp ? QString::number(*it->lowBp) : QStringLiteral("none")});
            values.append(
                {baselineKey(it.key(), "high_bp"), it->highBp ? QString::number(*it->highBp) : QStringLiteral("none")});
        }
        for (const auto &[key, v] : values) {
            auto q = sql::run(tx.db(),
                              QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {key, v});
            if (!q)
                return q.failure();
        }
        tx.touch(QStringLiteral("settings"));
        return {};
    });
}

} // namespace settings
} // namespace cd

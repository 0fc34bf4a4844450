#include "DemoInternals.h"
#include "common/Dates.h"
#include "common/Vetting.h"

namespace cd::demo {
namespace {
// What a manager might note for each vetting question, good answers first.
const QStringList &answersTo(int question)
{
    static const QList<QStringList> answers = {
        {QStringLiteral("Yes: mostly women 18-34 in Java"), QStringLiteral("Partly; skews younger than our target")},
        {QStringLiteral("Short reviews and tutorials"), QStringLiteral("Daily vlogs, some sketches")},
        {QStringLiteral("Yes, answers within a day"), QStringLiteral("Usually; slow on weekends")},
        {QStringLiteral("Shared insights: 4-6% on reels"), QStringLiteral("Around 2%, falling lately")},
        {QStringLiteral("Screenshots of reach and saves"), QStringLiteral("Only follower counts")},
        {QStringLiteral("Skincare launch, 3x the usual saves"), QStringLiteral("Nothing measured yet")},
        {QStringLiteral("Yes, drafts before posting are fine"), QStringLiteral("Prefers no revisions")},
        {QStringLiteral("Mentioned us twice unpaid"), QStringLiteral("Did not know the brand")},
        {QStringLiteral("Instagram and TikTok, a blog"), QStringLiteral("TikTok only")},
        {QStringLiteral("No competitor deals"), QStringLiteral("A rival deal ended last quarter")},
        {QStringLiteral("About one a month"), QStringLiteral("Several a week")},
        {QStringLiteral("Rate card shared; 30% deposit"), QStringLiteral("Negotiable; wants full fee upfront")},
    };
    return answers.at(question - 1);
}
} // namespace

// Audience shares and vetting answers for the small demo's creators, so the creator editor shows
// a filled-in profile; the agency demo, made for speed figures, leaves them out.
Status Generator::profiles()
{
    if (m_agency)
        return {};
    Inserter share(m_db, QStringLiteral("INSERT INTO audience_demographics (creator_id, platform, dimension, bucket, "
                                        "share_bp, as_of) VALUES (?, '', ?, ?, ?, ?)"));
    Inserter answer(m_db, QStringLiteral("INSERT INTO vetting_answers (creator_id, question, answer, score, "
                                         "answered_on) VALUES (?, ?, ?, ?, ?)"));
    const QString asOf = isoDate(m_today.addDays(-int(m_rng.range(5, 60))));
    const QStringList bands = {QStringLiteral("13-17"), QStringLiteral("18-24"), QStringLiteral("25-34"),
                               QStringLiteral("35-44"), QStringLiteral("45-54")};
    const int bandWeights[] = {6, 38, 34, 15, 5};
    for (const Creator &c : std::as_const(m_creators)) {
        if (!m_rng.chance(0.6))
            continue;
        QList<std::tuple<QString, QString, int>> shares;
        for (int b = 0; b < bands.size(); ++b)
            shares.append({QStringLiteral("age"), bands[b], bandWeights[b] * 100 + int(m_rng.range(-200, 40))});
        const int female = int(m_rng.range(3'500, 8'500));
        shares.append({QStringLiteral("gender"), QStringLiteral("female"), female});
        shares.append({QStringLiteral("gender"), QStringLiteral("male"), 9'800 - female});
        const int home = int(m_rng.range(6'000, 9'000));
        shares.append({QStringLiteral("country"), c.country, home});
        if (c.country != QLatin1String("ID"))
            shares.append({QStringLiteral("country"), QStringLiteral("ID"), (10'000 - home) / 2});
        for (const auto &[dimension, bucket, bp] : shares)
            if (auto r = share({c.id, dimension, bucket, std::max(bp, 100), asOf}); !r)
                return fail(r.error());
        if (!m_rng.chance(0.6))
            continue;
        for (int q = 1; q <= VettingQuestionCount; ++q) {
            if (!m_rng.chance(0.75))
                continue;
            const bool good = m_rng.chance(0.75);
            const qint64 score = good ? m_rng.range(4, 5) : m_rng.range(1, 3);
            if (auto r = answer({c.id, q, answersTo(q).at(good ? 0 : 1), score, asOf}); !r)
                return fail(r.error());
        }
    }
    return {};
}

} // namespace cd::demo

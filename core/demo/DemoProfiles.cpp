#include "DemoInternals.h"
#include "common/Dates.h"
#include "common/Vetting.h"
#include "common/Words.h"

#include <QLocale>

namespace cd::demo {
namespace {
// What a manager might note for each vetting question, good answers first; the two the demo's own
// data answers are left empty.
const QStringList &answersTo(int question)
{
    static const QList<QStringList> answers = {
        {}, // the audience: answered from the creator's shares (audienceAnswer)
        {QStringLiteral("Short reviews and tutorials"), QStringLiteral("Daily vlogs, some sketches")},
        {QStringLiteral("Yes, answers within a day"), QStringLiteral("Usually; slow on weekends")},
        {QStringLiteral("Shared insights: 4-6% on reels"), QStringLiteral("Around 2%, falling lately")},
        {QStringLiteral("Screenshots of reach and saves"), QStringLiteral("Only follower counts")},
        {QStringLiteral("Skincare launch, 3x the usual saves"), QStringLiteral("Nothing measured yet")},
        {QStringLiteral("Yes, drafts before posting are fine"), QStringLiteral("Prefers no revisions")},
        {QStringLiteral("Mentioned us twice unpaid"), QStringLiteral("Did not know the brand")},
        {}, // the platforms: answered from the creator's accounts (platformsAnswer)
        {QStringLiteral("No competitor deals"), QStringLiteral("A rival deal ended last quarter")},
        {QStringLiteral("About one a month"), QStringLiteral("Several a week")},
        {QStringLiteral("Rate card shared; 30% deposit"), QStringLiteral("Negotiable; wants full fee upfront")},
    };
    return answers.at(question - 1);
}

constexpr int AudienceQuestion = 1;
constexpr int PlatformsQuestion = 9;

// The audience question answered from the shares drawn for the creator, so a profile 60% male in
// Thailand is never "mostly women in Java" with a full score (seen in the demo). The brands in the
// demo aim at women 18-34 in Indonesia.
std::pair<QString, qint64> audienceAnswer(int femaleBp, int menBp, const QString &country, int homeBp)
{
    const QString where = QLocale::territoryToString(QLocale::codeToTerritory(country));
    const bool women = femaleBp >= menBp;
    const QString who = QStringLiteral("Mostly %1 (%2%), 18-34, %3% in %4")
                            .arg(women ? QStringLiteral("women") : QStringLiteral("men"))
                            .arg(std::max(femaleBp, menBp) / 100)
                            .arg(homeBp / 100)
                            .arg(where);
    const bool home = country == QLatin1String("ID");
    if (home && femaleBp >= 5'500)
        return {QStringLiteral("Yes: %1").arg(who), 5};
    if (home)
        return {QStringLiteral("Partly: %1").arg(who), 3};
    return {QStringLiteral("No: %1").arg(who), 1};
}

// The platforms question answered from the creator's own accounts.
std::pair<QString, qint64> platformsAnswer(const QList<Account> &accounts)
{
    QStringList names;
    for (const Account &a : accounts)
        names << wordLabel(a.platform);
    if (names.size() == 1)
        return {QStringLiteral("%1 only").arg(names.first()), 2};
    return {names.join(QStringLiteral(", ")), names.size() >= 3 ? 5 : 4};
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
                return r.failure();
        if (!m_rng.chance(0.6))
            continue;
        for (int q = 1; q <= VettingQuestionCount; ++q) {
            if (!m_rng.chance(0.75))
                continue;
            // Drawn for every question, so the rest of the demo stays the same.
            const bool good = m_rng.chance(0.75);
            const qint64 drawn = good ? m_rng.range(4, 5) : m_rng.range(1, 3);
            const auto [text, score] = q == AudienceQuestion ? audienceAnswer(female, 9'800 - female, c.country, home)
                                       : q == PlatformsQuestion ? platformsAnswer(c.accounts)
                                                                : std::pair{answersTo(q).at(good ? 0 : 1), drawn};
            if (auto r = answer({c.id, q, text, score, asOf}); !r)
                return r.failure();
        }
    }
    return {};
}

} // namespace cd::demo

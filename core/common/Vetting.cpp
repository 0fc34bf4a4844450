#include "Vetting.h"

#include <QCoreApplication>

#include <utility>

namespace cd {

QString vettingQuestion(int number, bool forAgency)
{
    static const char *const questions[VettingQuestionCount] = {
        QT_TRANSLATE_NOOP("Vetting", "Does the audience match our target audience (demographics, interests, "
                                     "platforms)?"),
        QT_TRANSLATE_NOOP("Vetting", "What kind of content do they produce?"),
        QT_TRANSLATE_NOOP("Vetting", "Can they meet our deadlines, and how fast do they answer messages?"),
        QT_TRANSLATE_NOOP("Vetting", "What are their engagement metrics?"),
        QT_TRANSLATE_NOOP("Vetting", "What other analytics can they share (platform insights, web analytics)?"),
        QT_TRANSLATE_NOOP("Vetting", "Which past collaborations worked best, with what results?"),
        QT_TRANSLATE_NOOP("Vetting", "Are they comfortable with every part of the campaign (content type, brand "
                                     "guidelines, format, duration, disclosure, drafts before posting, revisions)?"),
        QT_TRANSLATE_NOOP("Vetting", "Do they know our brand (have they mentioned it already)?"),
        QT_TRANSLATE_NOOP("Vetting", "Which platforms do they use (social, blog, YouTube, press or TV)?"),
        QT_TRANSLATE_NOOP("Vetting", "Have they worked, or are they working, with our competitors? (a conflict if "
                                     "at the same time)"),
        QT_TRANSLATE_NOOP("Vetting", "How often do they do paid partnerships? (too often looks insincere)"),
        QT_TRANSLATE_NOOP("Vetting", "What are their fees, and is a deposit needed?"),
    };
    // The four a brand words as itself.
    static const std::pair<int, const char *> agencyWording[] = {
        {1, QT_TRANSLATE_NOOP("Vetting", "Does the audience match the audiences of the brands we work with "
                                         "(demographics, interests, platforms)?")},
        {3, QT_TRANSLATE_NOOP("Vetting", "Can they meet brands' deadlines, and how fast do they answer messages?")},
        {8,
         QT_TRANSLATE_NOOP("Vetting", "Do they know the brands we pitch them to (have they mentioned them already)?")},
        {10, QT_TRANSLATE_NOOP("Vetting", "Have they worked, or are they working, with competing brands? (a conflict "
                                          "if at the same time)")},
    };
    if (number < 1 || number > VettingQuestionCount)
        return {};
    if (forAgency)
        for (const auto &[n, text] : agencyWording)
            if (n == number)
                return QCoreApplication::translate("Vetting", text);
    return QCoreApplication::translate("Vetting", questions[number - 1]);
}

std::optional<int> VettingScore::percent() const
{
    if (possible == 0)
        return std::nullopt;
    // Rounded half up: 41 of 50 is 82%, 1 of 3 would be 33%.
    return (points * 200 + possible) / (possible * 2);
}

QString VettingScore::text() const
{
    if (scored == 0)
        return QCoreApplication::translate("Vetting", "not scored yet");
    return QCoreApplication::translate("Vetting", "%1 of %2 (%3%), %4 of %5 questions scored")
        .arg(points)
        .arg(possible)
        .arg(*percent())
        .arg(scored)
        .arg(VettingQuestionCount);
}

VettingScore vettingScore(const QList<std::optional<int>> &scores)
{
    VettingScore s;
    for (const std::optional<int> &score : scores)
        if (score) {
            s.points += *score;
            s.scored += 1;
        }
    s.possible = s.scored * VettingMaxScore;
    return s;
}

} // namespace cd

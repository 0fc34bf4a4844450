#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cd {

// domain.md's twelve questions to ask a creator before working together. Each answer may carry a
// score from 0 (a red flag) to 5 (a perfect fit).
constexpr int VettingQuestionCount = 12;
constexpr int VettingMaxScore = 5;

// The question `number` (1..12), translated. A brand asks about "our" audience, brand and
// competitors; a talent agency, which vets creators for the brands it works with (`forAgency`),
// asks about the brands'.
QString vettingQuestion(int number, bool forAgency = false);

struct VettingScore
{
    int points = 0;   // sum of the given scores
    int scored = 0;   // questions with a score
    int possible = 0; // scored x 5

    // Share of the possible points in percent, or none when nothing is scored.
    std::optional<int> percent() const;
    // "41 of 50 (82%), 10 of 12 questions scored" or "not scored yet".
    QString text() const;
};

VettingScore vettingScore(const QList<std::optional<int>> &scores);

} // namespace cd

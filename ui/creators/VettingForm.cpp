#include "VettingForm.h"

#include "common/Clock.h"
#include "common/Vetting.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <iterator>

namespace cd {

VettingForm::VettingForm(bool forAgency, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("vettingScoreLabel"));
    layout->addWidget(m_score);
    auto *scale = new QLabel(tr("Score each answer from 0 (a red flag) to 5 (a perfect fit); the score counts only "
                                "the questions scored."),
                             this);
    scale->setObjectName(QStringLiteral("vettingScaleLabel"));
    scale->setWordWrap(true);
    scale->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(scale);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *grid = new QGridLayout(inner);
    grid->setColumnStretch(1, 1);
    for (int q = 1; q <= VettingQuestionCount; ++q) {
        auto *question = new QLabel(
            QStringLiteral("<b>%1.</b> %2").arg(q).arg(vettingQuestion(q, forAgency).toHtmlEscaped()), inner);
        question->setWordWrap(true);
        Row row{new QLineEdit(inner), new QComboBox(inner), {}};
        row.answer->setPlaceholderText(tr("Their answer, or your notes"));
        row.answer->setAccessibleName(tr("Answer to question %1").arg(q));
        // Every step says what it means: a bare "1" or "4" left people guessing which end is good.
        row.score->addItem(tr("— not scored"), -1);
        const QString steps[] = {tr("0 red flag"), tr("1 poor fit"), tr("2 weak fit"),
                                 tr("3 fair fit"), tr("4 good fit"), tr("5 perfect fit")};
        static_assert(std::size(steps) == VettingMaxScore + 1);
        for (int s = 0; s <= VettingMaxScore; ++s)
            row.score->addItem(steps[s], s);
        row.score->setAccessibleName(tr("Score for question %1").arg(q));
        row.score->setToolTip(tr("0 is a red flag, 5 a perfect fit"));
        grid->addWidget(question, 2 * (q - 1), 0, 1, 2);
        grid->addWidget(row.answer, 2 * (q - 1) + 1, 0, 1, 2);
        grid->addWidget(row.score, 2 * (q - 1) + 1, 2);
        const int index = q - 1;
        auto touched = [this, index] {
            m_rows[index].answeredOn = Clock::today();
            updateScore();
            emit changed();
        };
        connect(row.answer, &QLineEdit::textEdited, this, touched);
        connect(row.score, &QComboBox::activated, this, touched);
        m_rows << row;
    }
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    updateScore();
}

void VettingForm::load(const QList<VettingAnswer> &answers)
{
    for (Row &r : m_rows) {
        r.answer->clear();
        r.score->setCurrentIndex(0);
        r.answeredOn = {};
    }
    for (const VettingAnswer &a : answers) {
        if (a.question < 1 || a.question > m_rows.size())
            continue;
        Row &r = m_rows[a.question - 1];
        r.answer->setText(a.answer);
        r.score->setCurrentIndex(r.score->findData(a.score.value_or(-1)));
        r.answeredOn = a.answeredOn;
    }
    updateScore();
}

void VettingForm::store(CreatorProfile &profile) const
{
    profile.vetting.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const int score = r.score->currentData().toInt();
        if (r.answer->text().trimmed().isEmpty() && score < 0)
            continue;
        profile.vetting << VettingAnswer{i + 1, r.answer->text().trimmed(),
                                         score < 0 ? std::nullopt : std::optional<int>(score), r.answeredOn};
    }
}

QString VettingForm::scoreText() const
{
    QList<std::optional<int>> scores;
    for (const Row &r : m_rows) {
        const int score = r.score->currentData().toInt();
        scores << (score < 0 ? std::nullopt : std::optional<int>(score));
    }
    return vettingScore(scores).text();
}

void VettingForm::updateScore()
{
    m_score->setText(tr("<b>Score:</b> %1").arg(scoreText()));
}

} // namespace cd

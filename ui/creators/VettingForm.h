#pragma once

#include "services/CreatorProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cd {

// The twelve vetting questions with the answer the creator gave and a score from 0 to 5 each; the
// total score shows as it changes.
class VettingForm : public QWidget
{
    Q_OBJECT
public:
    // `forAgency`: the questions as a talent agency asks them (about the brands it works with).
    explicit VettingForm(bool forAgency, QWidget *parent = nullptr);

    void load(const QList<VettingAnswer> &answers);
    void store(CreatorProfile &profile) const;
    QString scoreText() const;

signals:
    void changed();

private:
    void updateScore();

    struct Row
    {
        QLineEdit *answer;
        QComboBox *score;
        QDate answeredOn; // stays as loaded until the answer or score changes
    };
    QList<Row> m_rows;
    QLabel *m_score;
};

} // namespace cd

#pragma once

#include "analytics/CreatorEngagement.h"
#include "main/RecordEditor.h"
#include "services/ParticipantService.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

// A creator's part in a campaign: who (picked from the roster, with tier, followers, engagement
// and the typical fee beside), status and compensation in any mix of the models of domain.md, with
// the campaign's budget committed so far and after this creator.
class ParticipantEditor : public RecordEditor
{
    Q_OBJECT
public:
    // Edits the participant `id`, or adds one (id 0) to the campaign `campaignId`.
    ParticipantEditor(EditHistory &history, qint64 campaignId, qint64 id, const ParticipantInput &initial,
                      QWidget *parent = nullptr);

    QString budgetText() const;

protected:
    QString findProblem() override;
    QString typedName() const override;
    Result<qint64> write(Transaction &tx) override;

private:
    Result<ParticipantInput> collect() const;
    void showCreator();
    Result<qint64> save(Transaction &tx, const ParticipantInput &input);

    qint64 m_campaignId;
    ParticipantInput m_initial;
    QString m_currency;
    std::optional<Money> m_budget;
    qint64 m_committedByOthers = 0;
    QComboBox *m_creator, *m_status;
    QLabel *m_creatorInfo, *m_budgetLabel;
    QLineEdit *m_fee, *m_commission, *m_product, *m_points, *m_pointValue, *m_deposit;
    QPlainTextEdit *m_notes;
    // 90-day rates of the creators picked so far (none: no posts in the window), each read once.
    QHash<qint64, std::optional<CreatorEngagement>> m_rates;
};

} // namespace cd

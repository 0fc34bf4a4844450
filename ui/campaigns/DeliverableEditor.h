#pragma once

#include "main/RecordEditor.h"
#include "services/DeliverableService.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cd {

class OptionalDateEdit;

// One piece of content a creator owes in a campaign: platform, title, format, due date, where it
// stands, revisions used against the limit, and once posted its URL, day and caption.
class DeliverableEditor : public RecordEditor
{
    Q_OBJECT
public:
    // Edits the deliverable `id`, or adds one (id 0) in the campaign `campaignId`.
    DeliverableEditor(EditHistory &history, qint64 campaignId, qint64 id, qint64 participantId,
                      const DeliverableInput &initial, QWidget *parent = nullptr);

protected:
    QString findProblem() override;
    QString typedName() const override;
    Result<qint64> write(Transaction &tx) override;

private:
    Result<std::pair<qint64, DeliverableInput>> collect() const;
    void showUrlExample();
    Result<qint64> save(Transaction &tx, qint64 participant, const DeliverableInput &input);

    DeliverableInput m_initial;
    QComboBox *m_creator, *m_platform, *m_format, *m_status;
    QLineEdit *m_title, *m_limit, *m_url;
    OptionalDateEdit *m_due, *m_posted;
    QSpinBox *m_used;
    QPlainTextEdit *m_caption;
};

} // namespace cd

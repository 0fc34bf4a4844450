#pragma once

#include "money/PaymentLedger.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class EditHistory;
class ParticipantListModel;

// Adds a payment by hand, or edits one: which creator in which campaign (new payments only), kind,
// direction (agency workspaces), gross amount, due date, method, reference and notes. Problems show
// beside their field once it is touched, and Save waits until the payment is valid.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    // `row` given: edits that payment (or, with `asNew`, starts a new one from it); none: a new one.
    PaymentDialog(EditHistory &history, const std::optional<PaymentRow> &row = std::nullopt, bool asNew = false,
                  QWidget *parent = nullptr);

    QComboBox *campaignBox() const { return m_campaign; }
    QComboBox *creatorBox() const { return m_creator; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *directionBox() const { return m_direction; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *saveButton() const { return m_save; }

    // Chooses the campaign and creator by their ids (for callers that know them, and tests).
    void choose(qint64 campaignId, qint64 participantId);
    // Saves as one undoable step; false (with the reason shown) when it could not.
    bool save();
    // The saved payment's id (0 until saved).
    qint64 paymentId() const { return m_id; }

private:
    void fillCreators();
    void validate();
    QString currency() const;
    qint64 participant() const;

    EditHistory &m_history;
    qint64 m_id = 0;
    bool m_paid = false;
    qint64 m_participant = 0;
    QString m_currency;
    ParticipantListModel *m_participants = nullptr;
    QComboBox *m_campaign = nullptr, *m_creator = nullptr, *m_kind, *m_direction, *m_method;
    QLineEdit *m_amount, *m_reference;
    QDateEdit *m_due;
    QPlainTextEdit *m_notes;
    QLabel *m_whoMessage, *m_amountMessage, *m_error;
    QPushButton *m_save = nullptr;
    bool m_amountTouched = false;
};

} // namespace cd

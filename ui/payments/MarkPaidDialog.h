#pragma once

#include "money/PaymentLedger.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cd {

class EditHistory;

// Settles one open payment: the day it was paid, how much of it (less than the whole splits it:
// the paid part and the open rest), method, reference and an optional proof file, saved as one
// undoable step.
class MarkPaidDialog : public QDialog
{
    Q_OBJECT
public:
    MarkPaidDialog(EditHistory &history, const PaymentRow &row, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QLineEdit *proofEdit() const { return m_proof; }
    // "Pays Rp5.000.000 of Rp12.000.000; Rp7.000.000 stays open", or why the amount is wrong.
    QLabel *summaryLabel() const { return m_summary; }

    // Saves (the dialog's Save button); false (with the reason shown) when it could not.
    bool save();
    // The id of the open rest after a partial payment (0 when paid whole or not saved).
    qint64 restId() const { return m_restId; }

private:
    void update();

    EditHistory &m_history;
    PaymentRow m_row;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLineEdit *m_proof;
    QLabel *m_summary, *m_amountMessage, *m_error;
    QPushButton *m_save = nullptr;
    qint64 m_restId = 0;
};

} // namespace cd

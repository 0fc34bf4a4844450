#pragma once

#include "services/BrandService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace cd {

class EditHistory;

// A brand's name, category, competitors (which exclusivity checks look for), contact and notes,
// with the brand's campaigns. Checks as the user types; saves as one undoable step and keeps
// the input when a save fails.
class BrandEditor : public QDialog
{
    Q_OBJECT
public:
    BrandEditor(EditHistory &history, qint64 id, const BrandInput &initial, QWidget *parent = nullptr);

    qint64 brandId() const { return m_id; }
    QString problem() const;
    void accept() override;

private:
    BrandInput collect() const;
    void revalidate();
    QWidget *campaignsList();

    EditHistory &m_history;
    qint64 m_id;
    QLineEdit *m_name, *m_category, *m_competitors, *m_email;
    QPlainTextEdit *m_notes;
    QLabel *m_nameMessage, *m_emailMessage, *m_problem;
    QDialogButtonBox *m_buttons;
    QTimer *m_check;
};

} // namespace cd

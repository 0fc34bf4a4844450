#pragma once

#include "main/RecordEditor.h"
#include "services/BrandService.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace cd {

class FollowupsPanel;

// A brand's name, category, competitors (which exclusivity checks look for), contact and notes,
// with the brand's campaigns, and its follow-ups on a tab of their own. Checks as the user types; saves as one undoable
// step and keeps the input when a save fails.
class BrandEditor : public RecordEditor
{
    Q_OBJECT
public:
    BrandEditor(EditHistory &history, qint64 id, const BrandInput &initial, QWidget *parent = nullptr);

    // The brand's follow-ups (null for a brand not saved yet).
    FollowupsPanel *followupsPanel() const { return m_followups; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    QString findProblem() override;
    QString typedName() const override;
    Result<qint64> write(Transaction &tx) override;

private:
    BrandInput collect() const;
    QWidget *campaignsList();

    QLineEdit *m_name, *m_category, *m_competitors, *m_email;
    QPlainTextEdit *m_notes;
    QLabel *m_nameMessage, *m_emailMessage;
    QTabWidget *m_tabs;
    FollowupsPanel *m_followups = nullptr;
};

} // namespace cd

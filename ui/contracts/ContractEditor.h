#pragma once

#include "contracts/ContractService.h"
#include "contracts/ContractText.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cd {

class FormGuard;

class ContractTermsForm;
class EditHistory;

// A creator's contract for a campaign: the structured terms, the text drafted from them (each
// clause editable; untouched clauses follow later term changes, edited ones are kept and flagged),
// its status along the lifecycle with dates, its versions (compared side by side), the signed
// scan, and PDF export and printing. A signed contract is read-only.
class ContractEditor : public QDialog
{
    Q_OBJECT
public:
    ContractEditor(EditHistory &history, qint64 participantId, QWidget *parent = nullptr);

    ContractTermsForm *termsForm() const { return m_form; }
    QListWidget *clauseList() const { return m_clauses; }
    QPlainTextEdit *clauseEdit() const { return m_clauseText; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *missingLabel() const { return m_missing; }
    // Exclusivity conflicts of the terms as typed, said before saving.
    QLabel *conflictLabel() const { return m_conflicts; }
    QComboBox *nextStatusBox() const { return m_nextStatus; }
    QListWidget *versionList() const { return m_versions; }
    qint64 contractId() const { return m_record ? m_record->id : 0; }
    const ContractText &text() const { return m_text; }

    // Writes the terms and text (a new contract, the draft changed in place, or a new version of a
    // sent one); false with the reason shown.
    bool save();
    // Moves the contract to the status chosen in the status tab, dated as chosen.
    bool applyStatus();
    // Redrafts the text from the typed terms, keeping edited clauses (named for review).
    void regenerate();
    // The version compare of versions `a` and `b` as HTML (what the compare dialog shows).
    QString compareHtml(int a, int b) const;
    bool exportPdf(const QString &path);
    // The exclusivity conflicts the saved contract has, in words (empty when none).
    QStringList conflicts() const;

private:
    QWidget *makeTextTab();
    QWidget *makeStatusTab();
    void reload();
    void showClause();
    // Lists the text's clauses and chooses `row`.
    void fillClauses(int row);
    void clauseEdited();
    void updateState();
    void showConflicts(const ContractTerms &terms);
    void compareVersions();
    void attachSignedCopy();
    void print();
    void exportTemplate();
    void importTemplate();

    EditHistory &m_history;
    qint64 m_participantId;
    QString m_currency, m_title;
    std::optional<ContractRecord> m_record;
    ContractText m_text;
    QStringList m_review;
    bool m_showing = false;

    QLabel *m_header;
    QLabel *m_locked; // why the terms cannot be edited, when they cannot
    QTabWidget *m_tabs;
    ContractTermsForm *m_form;
    QListWidget *m_clauses;
    QPlainTextEdit *m_clauseText;
    QLabel *m_missing;
    QLabel *m_conflicts;
    QLabel *m_status;
    QComboBox *m_nextStatus;
    QDateEdit *m_statusDate;
    QPushButton *m_applyStatus;
    QCheckBox *m_inUse;
    QListWidget *m_statusHistory;
    QListWidget *m_versions;
    QListWidget *m_scans;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    FormGuard *m_guard = nullptr;
};

} // namespace cd

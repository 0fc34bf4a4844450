#pragma once

#include "services/MetricEntry.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cd {

class EditHistory;

// A deliverable's post numbers on one day, typed from the platform's insights: views, reach,
// likes and the rest, revenue, where they came from, and screenshots kept as proof (a story's
// numbers are gone after a day). Choosing a day shows what is recorded for it; saving replaces
// that day's numbers whole, as one undoable step.
class PostNumbersDialog : public QDialog
{
    Q_OBJECT
public:
    PostNumbersDialog(EditHistory &history, qint64 deliverableId, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *countEdit(int field) const { return m_counts.at(field); }
    QLineEdit *revenueEdit() const { return m_revenue; }
    QLineEdit *sourceEdit() const { return m_source; }
    QListWidget *proofList() const { return m_proofs; }
    QLabel *problemLabel() const { return m_problem; }
    // Queues a screenshot to keep with the day's numbers on save.
    void addProof(const QString &path);
    // Saves; false (with the reason shown) when the numbers are not right yet.
    bool save();

private:
    void loadDay();
    void check();
    void chooseProof();
    void openProof();
    Result<PostSnapshot> typed() const;

    EditHistory &m_history;
    qint64 m_deliverable;
    EntryPost m_post;
    QStringList m_pendingProofs;
    QDateEdit *m_date;
    QList<QLineEdit *> m_counts;
    QLineEdit *m_revenue;
    QLineEdit *m_source;
    QListWidget *m_proofs;
    QLabel *m_posted;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cd

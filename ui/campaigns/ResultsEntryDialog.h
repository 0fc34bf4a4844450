#pragma once

#include "services/MetricEntry.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {

class EditHistory;

// Quick entry for a whole campaign: one row per posted deliverable, one column per count, for one
// day, filled with what is recorded for that day. Saving writes every changed row as one
// undoable step; untouched rows stay as they were.
class ResultsEntryDialog : public QDialog
{
    Q_OBJECT
public:
    ResultsEntryDialog(EditHistory &history, qint64 campaignId, const QString &campaignName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLabel *problemLabel() const { return m_problem; }
    // The first count column of the table (Creator, Platform, Deliverable come before).
    static constexpr int FirstCount = 3;
    // Saves the changed rows; false (with the reason shown) when a cell is not a count.
    bool save();
    // How many rows differ from what is recorded (a row that cannot be read counts), naming the
    // first problem in `firstProblem` if given.
    int changedRows(QString *firstProblem = nullptr) const;

private:
    void loadDay();
    void check();
    Result<std::optional<PostSnapshot>> rowSnapshot(int row) const; // none: unchanged

    EditHistory &m_history;
    qint64 m_campaign;
    QString m_campaignName;
    QList<EntryPost> m_posts;
    QDate m_shownDay;
    bool m_filling = false;
    QDateEdit *m_date;
    QLineEdit *m_source;
    QTableWidget *m_table;
    QLabel *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cd

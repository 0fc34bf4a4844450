#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cd {

class EditHistory;

// A creator's follower count on one account and day, typed from the profile page, with where it
// was seen and screenshots kept as proof. One undoable step; the day's count is replaced.
class FollowerCountDialog : public QDialog
{
    Q_OBJECT
public:
    FollowerCountDialog(EditHistory &history, qint64 creatorId, const QString &creatorName, QWidget *parent = nullptr);

    QComboBox *accountBox() const { return m_account; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *followersEdit() const { return m_followers; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLabel *problemLabel() const { return m_problem; }
    void addProof(const QString &path);
    bool save();

private:
    void showLatest();
    void check();

    EditHistory &m_history;
    qint64 m_creator;
    QString m_name;
    QStringList m_proofs;
    QComboBox *m_account;
    QLabel *m_latest;
    QDateEdit *m_date;
    QLineEdit *m_followers;
    QLineEdit *m_source;
    QListWidget *m_proofList;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cd

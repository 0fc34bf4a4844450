#pragma once

#include "services/DeliverableService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class EditHistory;

// Mark Posted on an approved deliverable: asks for the post's URL, the day it went up and the
// caption as posted, says at once which of the brief's rules the caption breaks (hashtags,
// mentions, disclosure, window, platform) and saves all of it with the status as one undoable step.
class MarkPostedDialog : public QDialog
{
    Q_OBJECT
public:
    // `creator`: whose deliverable it is, named over the fields with the title, platform and due day.
    MarkPostedDialog(EditHistory &history, qint64 campaignId, qint64 deliverableId, const DeliverableInput &current,
                     const QString &creator, QWidget *parent = nullptr);

    // The line over the fields that says which deliverable is being marked.
    QString heading() const;

    QLineEdit *urlEdit() const { return m_url; }
    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    // The brief's rules the caption breaks as shown ('' when it follows the brief).
    QString briefWarning() const;
    QString problem() const;
    bool save();

private:
    void check();

    EditHistory &m_history;
    qint64 m_campaign, m_id;
    DeliverableInput m_current;
    QLineEdit *m_url;
    QDateEdit *m_date;
    QPlainTextEdit *m_caption;
    QLabel *m_heading, *m_brief, *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cd

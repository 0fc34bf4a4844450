#pragma once

#include "common/Words.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace cd {

class Workspace;

// Campaigns > Report as PDF: the client report of one campaign, as of a chosen day, in English or
// Bahasa Indonesia (the app's language by default), saved where the user picks.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Workspace &workspace, qint64 campaignId, const QString &campaignName, QWidget *parent = nullptr);

    QDate asOf() const;
    ContractLanguage language() const;
    void setAsOf(const QDate &day);
    void setLanguage(ContractLanguage language);

    // Writes the report to `path` (asks where when it is empty); false, after saying why, when
    // nothing was written.
    bool save(const QString &path = {});

    void accept() override;

private:
    QString suggestedPath() const;

    Workspace &m_ws;
    qint64 m_campaignId;
    QString m_campaignName;
    QDateEdit *m_asOf;
    QComboBox *m_language;
};

} // namespace cd

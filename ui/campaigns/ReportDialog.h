#pragma once

#include "main/DocumentDialog.h"

#include <QDate>

class QDateEdit;

namespace cd {

class Workspace;

// Campaigns > Report as PDF: the client report of one campaign, as of a chosen day, in English or
// Bahasa Indonesia (the app's language by default), saved where the user picks.
class ReportDialog : public DocumentDialog
{
    Q_OBJECT
public:
    ReportDialog(Workspace &workspace, qint64 campaignId, const QString &campaignName, QWidget *parent = nullptr);

    QDate asOf() const;
    void setAsOf(const QDate &day);

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
};

} // namespace cd

#pragma once

#include <QWidget>

class QTreeWidget;

namespace cd {

class Workspace;

// The campaign's calendar: its dates, posting window and every deliverable's due and posting day,
// week by week; late items in red, this week open.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(Workspace *workspace, QWidget *parent = nullptr);

    void setCampaign(qint64 campaignId);
    QTreeWidget *tree() const { return m_tree; }
    void reload();

private:
    Workspace *m_workspace;
    qint64 m_campaign = 0;
    QTreeWidget *m_tree;
};

} // namespace cd

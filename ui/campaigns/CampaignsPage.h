#pragma once

#include "main/RecordActions.h"
#include "main/TablePage.h"

namespace cd {

class CampaignView;
class EditHistory;
class Workspace;

// Campaigns with brand, status, dates, budget and progress; adds, edits, duplicates and deletes
// them (a delete takes everything the campaign holds, and undo brings it all back).
class CampaignsPage : public TablePage, public RecordActions
{
    Q_OBJECT
public:
    CampaignsPage(Workspace *workspace, EditHistory *history, QWidget *parent = nullptr);

    QString recordName() const override;
    QList<qint64> selectedIds() const override { return TablePage::selectedIds(); }
    void addRecord() override;
    void editSelected() override;
    void duplicateSelected() override;
    void deleteSelected() override;
    CampaignView *view() const { return m_view; }

private:
    void edit(qint64 id, bool duplicate);
    EditHistory *m_history;
    CampaignView *m_view = nullptr;
};

} // namespace cd

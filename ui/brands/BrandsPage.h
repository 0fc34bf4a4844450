#pragma once

#include "main/RecordActions.h"
#include "main/TablePage.h"

namespace cd {

class EditHistory;
class Workspace;

// Brands with their category, competitors and campaigns; adds, edits, duplicates and deletes
// them through the workspace's edit history.
class BrandsPage : public TablePage, public RecordActions
{
    Q_OBJECT
public:
    BrandsPage(Workspace *workspace, EditHistory *history, QWidget *parent = nullptr);

    QString recordName() const override;
    QList<qint64> selectedIds() const override { return TablePage::selectedIds(); }
    void addRecord() override;
    void editSelected() override;
    void duplicateSelected() override;
    void deleteSelected() override;

private:
    void edit(qint64 id, bool duplicate);
    EditHistory *m_history;
};

} // namespace cd

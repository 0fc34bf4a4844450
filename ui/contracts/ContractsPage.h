#pragma once

#include "main/TablePage.h"

namespace cd {

class EditHistory;
class Workspace;

// Every contract with its status, version, signing date, usage rights and exclusivity, filtered
// by status and searched as you type; Enter or a double-click opens the contract.
class ContractsPage : public TablePage
{
    Q_OBJECT
public:
    ContractsPage(Workspace *workspace, EditHistory *history, QWidget *parent = nullptr);

    // Opens the chosen contract in its editor.
    void openSelected();
    // Deletes the chosen contract if it is a draft, after asking (undoable).
    void deleteSelectedDraft();

private:
    EditHistory *m_history;
};

} // namespace cd

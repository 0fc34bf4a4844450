#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

class ManagerListModel;
class MyCreators;
class Workspace;

// Settings > Managers: the workspace's talent managers (domain.md "The talent manager's desk") with
// how many creators each manages, and which of them is "me" on this computer. Unlike the other
// tabs, each add, edit and remove is written at once through ManagerService (one transaction
// each): creators already point at these records, so there is nothing to hold back until Save.
class ManagersForm : public QWidget
{
    Q_OBJECT
public:
    // `myCreators` may be null: the "Me" choice is then hidden.
    ManagersForm(Workspace &workspace, MyCreators *myCreators, QWidget *parent = nullptr);

    // Rereads the managers, keeping the selection (follows Workspace::changed).
    void reload();

    // Opens the small dialog for a new manager, or for the selected one (window-modal; the write
    // happens on its OK, and a refusal is explained in it without losing what was typed).
    void addManager();
    void editSelected();
    // Asks, saying how many creators will be left without a manager, then removes.
    void removeSelected();

    qint64 selectedId() const;
    bool selectManager(qint64 id);

    QTableView *table() const { return m_table; }
    QAbstractItemModel *model() const;
    QComboBox *meComboBox() const { return m_me; }
    QAction *newManagerAction() const { return m_add; }
    QAction *editManagerAction() const { return m_edit; }
    QAction *removeManagerAction() const { return m_remove; }

private:
    void openEditor(qint64 id);
    void fillMe();
    void updateActions();

    Workspace &m_workspace;
    MyCreators *m_myCreators = nullptr;
    ManagerListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QComboBox *m_me = nullptr;
    QAction *m_add = nullptr, *m_edit = nullptr, *m_remove = nullptr;
    bool m_fillingMe = false;
};

} // namespace cd

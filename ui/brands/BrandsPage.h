#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace cd {

class BrandListModel;
class Workspace;

// The brands: category, the competitors exclusivity checks use, and how many campaigns each has.
class BrandsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BrandsPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

private:
    void updateState();

    BrandListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace cd

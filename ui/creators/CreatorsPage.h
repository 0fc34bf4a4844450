#pragma once

#include <QWidget>

class QLineEdit;
class QCheckBox;
class QLabel;
class QStackedLayout;
class QTableView;

namespace cd {

class CreatorFilterProxy;
class CreatorRosterModel;
class Workspace;

// The roster: a searchable, sortable table of creators, archived ones hidden by default.
class CreatorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CreatorsPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    CreatorFilterProxy *proxy() const { return m_proxy; }
    // "12 of 40 creators" for the status bar.
    QString summary() const;

signals:
    void summaryChanged(const QString &summary);

private:
    void updateState();

    CreatorRosterModel *m_model = nullptr;
    CreatorFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace cd

#pragma once

#include <QWidget>

class QLineEdit;
class QCheckBox;
class QComboBox;
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
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *platformFilter() const { return m_platform; }
    QComboBox *nicheFilter() const { return m_niche; }
    // "12 of 40 creators" for the status bar.
    QString summary() const;

signals:
    void summaryChanged(const QString &summary);

private:
    void updateState();
    void fillNiches();
    void saveHeader();

    CreatorRosterModel *m_model = nullptr;
    CreatorFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_niche = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace cd

#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace cd {

class Workspace;

// Brands with their category, the competitors exclusivity checks use, and campaign counts.
// QtCore only; reloads when a committed change touches brands or campaigns.
class BrandListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Category,
        Competitors,
        Campaigns,
        ActiveCampaigns,
        Contact,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit BrandListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Row
    {
        qint64 id = 0;
        QString name, category, contact;
        QStringList competitors;
        int campaigns = 0, active = 0;
    };
    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
};

} // namespace cd

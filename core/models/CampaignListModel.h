#pragma once

#include "common/Money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPointer>

namespace cd {

class Workspace;

// Campaigns with brand, status, dates, budget, creators taking part and deliverables done of
// total. QtCore only; reloads when a committed change touches what it shows.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Brand,
        Status,
        Start,
        End,
        Budget,
        Creators,
        Deliverables,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int StatusWordRole = Qt::UserRole + 3; // "active", for the status chip
    // "Active" for "active", in the app's language.
    static QString statusLabel(const QString &word);

    explicit CampaignListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Row
    {
        qint64 id = 0;
        QString name, brand, status;
        QDate start, end;
        std::optional<Money> budget;
        int creators = 0, done = 0, deliverables = 0;
    };
    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
};

} // namespace cd

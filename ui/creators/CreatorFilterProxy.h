#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace cd {

class CreatorRosterModel;

// Sorts the roster on raw values (numbers as numbers, names with a numeric-aware collator so
// "Wave 2" comes before "Wave 10") and filters it by search text and archived status.
class CreatorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CreatorFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setShowArchived(bool show);
    // -1: any tier; else the tier's rank (0 nano .. 3 mega).
    void setTier(int rank);
    // Empty: any platform; else a platform word ("tiktok").
    void setPlatform(const QString &word);
    // Empty: any niche; else the niche as shown (compared ignoring case).
    void setNiche(const QString &niche);
    // 0: everyone's creators; else only those this manager manages ("My creators").
    void setManagerId(qint64 managerId);
    bool showArchived() const { return m_showArchived; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QByteArrayList m_terms;
    bool m_showArchived = false;
    int m_tier = -1;
    QString m_platform;
    QString m_niche;
    qint64 m_managerId = 0;
    QCollator m_collator;
    const CreatorRosterModel *m_roster = nullptr; // the source, when it is the roster (the sort by name)
};

} // namespace cd

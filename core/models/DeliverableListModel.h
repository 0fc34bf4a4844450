#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace cd {

class Workspace;

// One campaign's deliverables across its creators: where each stands in the pipeline, its
// revisions against the limit, due and posting dates. Late ones (due and not yet posted) say so
// through LateRole. Reloads when a committed change touches deliverables or participants.
class DeliverableListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Creator,
        Title,
        Platform,
        Format,
        Due,
        Status,
        Revisions,
        Posted,
        Brief, // brief compliance: passes, or which rules fail
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int LateRole = Qt::UserRole + 3;   // due before today and not posted
    static constexpr int StatusRole = Qt::UserRole + 4; // the status word

    explicit DeliverableListModel(Workspace *workspace, QObject *parent = nullptr);

    void setCampaign(qint64 campaignId);
    int lateCount() const;
    // A brief rule's name in words ("hashtags" -> "Hashtags").
    static QString ruleName(const QString &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Row
    {
        qint64 id = 0;
        QString creator, title, platform, format, status;
        QDate due, posted;
        qint64 used = 0;
        qint64 limit = -1;
        bool late = false;
        int rules = 0, failed = 0; // compliance rules checked and failed (none checked yet: 0)
        QString failedRules;       // their names, for the cell
        QString complianceText;
    };
    QPointer<Workspace> m_workspace;
    qint64 m_campaign = 0;
    QList<Row> m_rows;
};

} // namespace cd

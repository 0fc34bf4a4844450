#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace cd {

// The choices of a filter box over thousands of names: "All creators" first, then each name, with
// the name as its Qt::UserRole data ("" for the first). A list of strings shared with whoever made
// it: a QStandardItem per name held ~250 bytes each and took the GUI thread milliseconds to make
// (an agency's 5,000 creators and 1,000 campaigns).
class NameChoices : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    // Shows `names` after `allText` (one reset).
    void setNames(const QString &allText, const QStringList &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_allText;
    QStringList m_names;
};

} // namespace cd

#include "NameChoices.h"

namespace cd {

void NameChoices::setNames(const QString &allText, const QStringList &names)
{
    beginResetModel();
    m_allText = allText;
    m_names = names;
    endResetModel();
}

int NameChoices::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size()) + 1;
}

QVariant NameChoices::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() > m_names.size())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return row == 0 ? m_allText : m_names.at(row - 1);
    case Qt::UserRole:
        return row == 0 ? QString() : m_names.at(row - 1);
    default:
        return {};
    }
}

} // namespace cd

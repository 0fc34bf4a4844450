#include "ListReads.h"

#include <QAbstractItemModel>

namespace cd {

QString rowSearchText(const QAbstractItemModel &model, int row)
{
    QString text;
    for (int column = 0; column < model.columnCount(); ++column)
        text += model.index(row, column).data().toString() + QLatin1Char('\n');
    return text.toCaseFolded();
}

} // namespace cd

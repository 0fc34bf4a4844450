#include "FormFields.h"

#include "OptionalDateEdit.h"
#include "common/TypedCount.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cd {

OptionalDateEdit *makeOptionalDate(QWidget *parent, const QString &accessibleName)
{
    return new OptionalDateEdit(accessibleName, parent);
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : OptionalDateEdit::notSetDate());
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == OptionalDateEdit::notSetDate() ? QDate() : edit->date();
}

Result<std::optional<qint64>> optionalCount(const QLineEdit *edit, const QString &what)
{
    return optionalCount(edit->text(), what);
}

Result<std::optional<qint64>> optionalCount(const QString &typed, const QString &what)
{
    if (typed.trimmed().isEmpty())
        return std::optional<qint64>();
    // "85k" is 85,000 (it used to save as 85), "1,2 jt" 1,200,000 when the app is Indonesian.
    if (const auto n = parseTypedCount(typed))
        return std::optional<qint64>(*n);
    return fail(QCoreApplication::translate("FormFields", "the %1 must be a whole number such as 200000, not '%2'")
                    .arg(what, typed.trimmed()));
}

QString chooseProofFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FormFields", "Attach Screenshot"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        QCoreApplication::translate("FormFields", "Images and PDFs (*.png *.jpg *.jpeg *.webp *.heic *.pdf);;All "
                                                  "files (*)"));
}

} // namespace cd

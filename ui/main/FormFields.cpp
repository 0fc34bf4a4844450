#include "FormFields.h"

#include "common/Dates.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cd {
namespace {
const QDate NotSet(2000, 1, 1);
}

QDateEdit *makeOptionalDate(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateEntryFormat());
    edit->setMinimumDate(NotSet);
    edit->setSpecialValueText(QCoreApplication::translate("FormFields", "not set"));
    edit->setDate(NotSet);
    edit->setAccessibleName(accessibleName);
    return edit;
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : NotSet);
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == NotSet ? QDate() : edit->date();
}

Result<std::optional<qint64>> optionalCount(const QLineEdit *edit, const QString &what)
{
    return optionalCount(edit->text(), what);
}

Result<std::optional<qint64>> optionalCount(const QString &typed, const QString &what)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    // Thousands written with ',' '.' or spaces, as people do in English or Indonesian.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([,. ]\\d{3})+$"));
    if (grouped.match(text).hasMatch())
        text.remove(QRegularExpression(QStringLiteral("[,. ]")));
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0)
        return fail(QCoreApplication::translate("FormFields", "the %1 must be a whole number such as 200000, not '%2'")
                        .arg(what, typed.trimmed()));
    return std::optional<qint64>(n);
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

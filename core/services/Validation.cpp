#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd::validation {

Status email(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!text.isEmpty() && (text.size() > 254 || !re.match(text).hasMatch()))
        return fail(
            QCoreApplication::translate("Validation", "'%1' is not an email address (expected name@example.com)")
                .arg(text.left(80)));
    return {};
}

Status phone(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\+?[0-9 ()\-.]{3,40}$)"));
    if (!text.isEmpty() && !re.match(text).hasMatch())
        return fail(
            QCoreApplication::translate("Validation", "'%1' is not a phone number (digits, spaces and + ( ) - only)")
                .arg(text.left(80)));
    return {};
}

} // namespace cd::validation

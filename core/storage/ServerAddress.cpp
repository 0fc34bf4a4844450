#include "ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// libpq's settings an address may carry besides host, port, user, password and dbname. Others
// (service files, GSSAPI, replication) are refused rather than passed on unread.
const QStringList &knownSettings()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("passfile"),         QStringLiteral("target_session_attrs"),
        QStringLiteral("application_name"), QStringLiteral("keepalives_idle"),
    };
    return keys;
}

QString example()
{
    return QStringLiteral("postgresql://anna@db.example.com/agency");
}
} // namespace

bool ServerAddress::looksLike(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString t = text.trimmed();
    const QUrl url(t, QUrl::StrictMode);
    if (!looksLike(t) || !url.isValid())
        return fail(Text::tr("'%1' is not a server address: write it as %2")
                        .arg(QUrl(t).toString(QUrl::RemovePassword), example()));
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(0);
    a.user = url.userName();
    // formats.md: a password comes from ~/.pgpass or a prompt, never from the command line, where
    // the shell's history and the process list would keep it.
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password")))
        return fail(Text::tr("the server address holds a password, which CollabDesk never takes from the command "
                             "line: put it in ~/.pgpass (host:port:database:user:password, readable by you only)"));
    a.database = url.path().mid(1);
    QStringList settings;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port")) {
            bool number = false;
            a.port = value.toInt(&number);
            if (!number || a.port < 1 || a.port > 65535)
                return fail(Text::tr("the port in the server address must be a number from 1 to 65535"));
        } else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (knownSettings().contains(key)) {
            // QPSQL joins its options with spaces into one libpq string: a space, quote or ';'
            // in a value would become another setting.
            static const QRegularExpression plain(QStringLiteral("^[^\\s;'\\\\]+$"));
            if (!plain.match(value).hasMatch())
                return fail(
                    Text::tr("the setting %1 in the server address has an unusable value '%2'").arg(key, value));
            settings << key + QLatin1Char('=') + value;
        } else
            return fail(Text::tr("the server address names the setting '%1', which CollabDesk does not use; it "
                                 "understands %2")
                            .arg(key, knownSettings().join(QStringLiteral(", "))));
    }
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return fail(Text::tr("the server address does not name a database: write it as %1").arg(example()));
    a.settings = settings.join(QLatin1Char(';'));
    return a;
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder cannot be a URL's host part.
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setUserName(user);
    if (port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    for (const QString &setting : settings.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        query.addQueryItem(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    url.setQuery(query);
    // An empty authority still needs its '//' for libpq and for looksLike().
    QString shown = url.toString();
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        if (!shown.startsWith(QLatin1String("postgresql://")))
            shown.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return shown;
}

} // namespace cd

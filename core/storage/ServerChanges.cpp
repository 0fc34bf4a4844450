#include "ServerChanges.h"

#include "Sql.h"

#include <QSqlDriver>

namespace cd {

ServerChanges::ServerChanges(QSqlDatabase &db, QObject *parent) : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(250);
    connect(&m_quiet, &QTimer::timeout, this, [this] { emit changed(std::exchange(m_pending, {})); });
    // No copy of the connection is kept: the workspace closes it when it goes, which ends the
    // listening and disconnects the driver's signal.
    QSqlDriver *driver = db.driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                heard(channel, source == QSqlDriver::SelfSource, payload);
            });
    driver->subscribeToNotification(QLatin1String(Channel));
}

void ServerChanges::heard(const QString &channel, bool ownSave, const QVariant &payload)
{
    // This connection's own saves were announced to this workspace when they committed.
    if (channel != QLatin1String(Channel) || ownSave)
        return;
    for (const QString &kind : payload.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!m_pending.contains(kind))
            m_pending << kind;
    if (!m_pending.isEmpty() && !m_quiet.isActive())
        m_quiet.start();
}

Status ServerChanges::announce(QSqlDatabase &db, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return {};
    auto q = sql::run(db, QStringLiteral("SELECT pg_notify(?, ?)"),
                      {QString::fromLatin1(Channel), kinds.join(QLatin1Char(','))});
    return q ? Status() : fail(q.error());
}

} // namespace cd

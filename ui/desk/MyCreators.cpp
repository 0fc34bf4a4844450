#include "MyCreators.h"

#include "common/LocalSettings.h"
#include "desk/Managers.h"
#include "main/BackgroundRead.h"
#include "storage/Settings.h"
#include "storage/Workspace.h"

namespace cd {

MyCreators::MyCreators(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_read(new BackgroundRead(workspace, this))
{
    if (!m_workspace)
        return;
    QSqlDatabase db = m_workspace->db();
    m_workspaceId = settings::value(db, QStringLiteral("workspace_id"));
    // Until this computer chooses, on a server "me" is the manager who signs in as this role.
    m_me = LocalSettings::value(key("me"), ManagerService::signedIn(db).value_or(0)).toLongLong();
    m_on = LocalSettings::value(key("mine"), false).toBool();
    reread();
    if (isOn())
        update();
    connect(m_workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
        // A deleted manager is nobody's "me" any more.
        if (kinds.contains(QLatin1String("managers")))
            reread();
        for (const char *kind : {"creators", "participants", "contracts", "campaigns", "managers"})
            if (isOn() && kinds.contains(QLatin1String(kind))) {
                update();
                return;
            }
    });
}

bool MyCreators::isReading() const
{
    return m_read->isBusy();
}

void MyCreators::update()
{
    if (!isOn()) {
        m_managed.reset();
        emit changed(0);
        return;
    }
    // On a worker: at 20,000 creators the ids took 24-31 ms of the GUI thread at each switch, and
    // at each change of creators or deals while on. Until they are in, managed() keeps the last.
    const qint64 me = m_me;
    m_read->run<ManagedIds>([me](QSqlDatabase &db) { return managedIds(db, me); },
                            [this, me](const Result<ManagedIds> &ids) {
                                if (!isOn() || m_me != me) // switched off or to someone else since
                                    return;
                                // An unreadable workspace shows everything rather than nothing: no
                                // record is hidden by a failure.
                                m_managed = ids ? std::optional(ids.value()) : std::nullopt;
                                emit changed(managerId());
                            });
}

QString MyCreators::key(const char *what) const
{
    return QStringLiteral("desk/%1/%2").arg(m_workspaceId, QLatin1String(what));
}

void MyCreators::reread()
{
    QSqlDatabase db = m_workspace->db();
    if (m_me != 0 && ManagerService::nameOf(db, m_me).isEmpty()) {
        // Forgotten here too: a manager added later could get the same id and silently become "me".
        m_me = 0;
        LocalSettings::remove(key("me"));
        update();
    }
}

void MyCreators::setMe(qint64 managerId)
{
    if (managerId == m_me)
        return;
    m_me = managerId;
    LocalSettings::set(key("me"), m_me);
    update();
}

void MyCreators::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    LocalSettings::set(key("mine"), m_on);
    update();
}

} // namespace cd

#pragma once

#include "desk/ManagedRecords.h"

#include <QObject>

#include <optional>

namespace cd {

class BackgroundRead;
class Workspace;

// "Me" and the "My creators" switch (domain.md "The talent manager's desk"). Which manager is me is
// a choice of this computer, not of the workspace: it is kept in the app's settings under the
// workspace's own id, so two people sharing a workspace file each see their own creators (on a
// server, until chosen, the manager who signs in as the person's own role). Pages
// filter by managerId() (0: everyone's) and follow changed().
class MyCreators : public QObject
{
    Q_OBJECT
public:
    MyCreators(Workspace *workspace, QObject *parent = nullptr);

    // The manager chosen as me on this computer, 0 when none (or they were deleted).
    qint64 me() const { return m_me; }
    void setMe(qint64 managerId);
    // Whether lists show only my creators (only possible when me is set).
    bool isOn() const { return m_on && m_me != 0; }
    void setOn(bool on);
    // The manager lists filter by: me when the switch is on, else 0 (everyone).
    qint64 managerId() const { return isOn() ? m_me : 0; }
    // The records of my creators while the switch is on; nullopt: everyone's. Kept current as
    // creators, deals and contracts change. Read on a worker: changed() says when they are in.
    const std::optional<ManagedIds> &managed() const { return m_managed; }
    // Whether the records of my creators are being read (changed() follows).
    bool isReading() const;

signals:
    // The switch, "me" or my records changed: emitted once the records are in (at once when off).
    void changed(qint64 managerId);

private:
    QString key(const char *what) const;
    void reread();
    void update();

    Workspace *m_workspace = nullptr;
    BackgroundRead *m_read = nullptr;
    QString m_workspaceId;
    qint64 m_me = 0;
    bool m_on = false;
    std::optional<ManagedIds> m_managed;
};

} // namespace cd

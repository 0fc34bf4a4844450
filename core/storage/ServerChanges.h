#pragma once

#include "common/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

namespace cd {

// Other people's saves to a server workspace, heard as they commit (PostgreSQL's LISTEN/NOTIFY), so
// that the pages showing what they changed read again without a restart. A file has one writer at a
// time and needs none of this.
class ServerChanges : public QObject
{
    Q_OBJECT
public:
    // The channel every CollabDesk connection to a workspace's database speaks on.
    static constexpr const char *Channel = "collabdesk_changes";

    // Listens on `db` (a connection of this thread, whose event loop delivers what is heard) for
    // as long as the connection is open; closing it ends the listening.
    explicit ServerChanges(QSqlDatabase &db, QObject *parent = nullptr);

    // Announces, inside `db`'s transaction, the record kinds it changed: the server delivers the
    // announcement to the others when (and only if) the transaction commits.
    static Status announce(QSqlDatabase &db, const QStringList &kinds);

signals:
    // Record kinds others changed, gathered over a short pause: an import of many transactions
    // makes a page read again once, not once per transaction.
    void changed(const QStringList &kinds);

private:
    void heard(const QString &channel, bool ownSave, const QVariant &payload);

    QStringList m_pending;
    QTimer m_quiet;
};

} // namespace cd

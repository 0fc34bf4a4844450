#include "Transaction.h"

#include "ServerChanges.h"
#include "Sql.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
} // namespace

Transaction::Transaction(Workspace &workspace) : m_workspace(workspace), m_db(workspace.db())
{
    if (workspace.isReadOnly()) {
        m_error = Text::tr("the workspace is open read-only; changes cannot be saved");
        return;
    }
    if (!workspace.enterTransaction()) {
        m_error = Text::tr("internal error: a change was started inside another one");
        return;
    }
    QSqlQuery q(m_db);
    // A file takes its write lock at once (IMMEDIATE), so a change never fails halfway for another
    // writer; a server locks row by row.
    const QString begin = sql::onServer(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!m_db.isOpen() || !q.exec(begin)) {
        workspace.leaveTransaction();
        m_error = Text::tr("cannot start saving changes: %1").arg(q.lastError().text());
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::touch(const QString &kind)
{
    m_changes.touch(kind);
}

void Transaction::touch(const QString &kind, qint64 id)
{
    m_changes.touch(kind, id);
}

void Transaction::beforeCommit(std::function<Status()> step)
{
    m_beforeCommit.append(std::move(step));
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(m_error.isEmpty() ? Text::tr("nothing to save: the change was already finished") : m_error);
    for (const auto &step : std::exchange(m_beforeCommit, {}))
        if (Status s = step(); !s) {
            rollback();
            return s;
        }
    // On a server, the others hear of the change when it commits (and never if it does not).
    if (sql::onServer(m_db))
        if (Status s = ServerChanges::announce(m_db, m_changes.kinds()); !s) {
            rollback();
            return s;
        }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        rollback();
        return fail(Text::tr("saving the change failed and nothing was saved: %1 (is the disk full?)").arg(why));
    }
    m_active = false;
    m_workspace.leaveTransaction();
    m_workspace.announce(m_changes);
    return {};
}

Result<qint64> Transaction::commit(qint64 id)
{
    if (Status s = commit(); !s)
        return s.failure();
    return id;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_beforeCommit.clear();
    m_active = false;
    m_workspace.leaveTransaction();
}

} // namespace cd

#include "StopToken.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cd {
namespace {
// sqlite3_interrupt() does nothing while no statement runs: a stop that lands just before the next
// statement starts is caught by the progress handler, asked every few hundred steps of it.
int stopRequested(void *token)
{
    return static_cast<const StopToken *>(token)->stopped() ? 1 : 0;
}
constexpr int StepsBetweenAsks = 256;
} // namespace

void StopToken::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopped = true;
    if (m_watched)
        sqlite3_interrupt(m_watched);
}

StopToken::Watch::Watch(StopToken *token, QSqlDatabase &db) : m_token(token)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!m_token || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_db = *static_cast<sqlite3 *const *>(handle.data());
    sqlite3_progress_handler(m_db, StepsBetweenAsks, stopRequested, m_token);
    QMutexLocker locker(&m_token->m_mutex);
    m_token->m_watched = m_db;
}

StopToken::Watch::~Watch()
{
    if (!m_db)
        return;
    {
        QMutexLocker locker(&m_token->m_mutex);
        m_token->m_watched = nullptr;
    }
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

} // namespace cd

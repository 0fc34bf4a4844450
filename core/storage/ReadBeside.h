#pragma once

#include "Connection.h"
#include "Workspace.h"

#include <functional>
#include <optional>
#include <thread>

namespace cd {

// A read on a thread of its own, through a connection it opens and closes there, while the
// calling thread reads something else: a page's read runs alone on two cores more often than not
// (the window opening, a list read again after an edit), and left the second one idle.
// Without an opener (the command line, tests of the figures), take() reads on the caller's
// connection instead: the same answer either way.
template <typename T> class ReadBeside
{
public:
    using Read = std::function<Result<T>(QSqlDatabase &)>;

    ReadBeside(const Workspace::Opener &open, Read read) : m_read(std::move(read))
    {
        if (!open)
            return;
        m_thread = std::jthread([this, open] {
            const QString name = connection::uniqueName(QStringLiteral("beside"));
            {
                // A connection that cannot be opened (a server's limit, no file handles left) is
                // not the read's failure: take() then reads on its own connection.
                if (auto db = open(name))
                    m_result = m_read(db.value());
            }
            connection::close(name);
        });
    }
    ReadBeside(const ReadBeside &) = delete;
    ReadBeside &operator=(const ReadBeside &) = delete;

    // The read's answer, once it has ended; read on `db` when no opener was given or its
    // connection could not be opened. Once only.
    Result<T> take(QSqlDatabase &db)
    {
        if (m_thread.joinable())
            m_thread.join();
        if (!m_result)
            return m_read(db);
        return std::move(*m_result);
    }

private:
    Read m_read;
    std::optional<Result<T>> m_result;
    std::jthread m_thread; // last: joined (by its destructor, on an early return) before the rest goes
};

} // namespace cd

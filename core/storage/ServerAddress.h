#pragma once

#include "common/Result.h"

#include <QString>

namespace cd {

// Where a server workspace lives: a PostgreSQL connection URI as libpq reads it,
//   postgresql://[user[:password]@][host][:port]/database[?setting=value&...]
// (also postgres://). host may instead be given as ?host=/folder for a server's Unix socket.
// An address with a password is refused (formats.md): it comes from ~/.pgpass, which libpq reads,
// or a prompt, and is kept in memory only. The address shown or remembered never holds it.
struct ServerAddress
{
    QString host;     // name, address or socket folder; empty: libpq's default (the local socket)
    int port = 0;     // 0: libpq's default (5432)
    QString user;     // empty: the operating-system user's name, as psql
    QString password; // from a prompt; empty: ~/.pgpass or none
    QString database;
    // The further libpq settings the address names (sslmode, connect_timeout, ...), as
    // "key=value" pairs separated by ';' (QPSQL's connect options).
    QString settings;

    // True when `text` is meant as a server address (postgresql:// or postgres://), whether or
    // not it is a valid one: such text is never taken for a file name.
    static bool looksLike(const QString &text);
    // Parses and checks `text`; the error says what is wrong and how the address is written.
    static Result<ServerAddress> parse(const QString &text);

    // The address without its password, for titles, messages and recent-workspace lists.
    QString display() const;
};

} // namespace cd

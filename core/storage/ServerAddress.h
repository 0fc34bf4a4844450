#pragma once

#include "common/Result.h"

#include <QString>

namespace cd {

// Where a server workspace lives: a PostgreSQL connection URI as libpq reads it,
//   postgresql://[user[:password]@][host][:port]/database[?setting=value&...]
// (also postgres://). host may instead be given as ?host=/folder for a server's Unix socket.
// A password is taken from the address or a prompt and kept in memory only; without one, libpq
// reads ~/.pgpass. The address a person sees or that is remembered never holds it (display()).
struct ServerAddress
{
    QString host;     // name, address or socket folder; empty: libpq's default (the local socket)
    int port = 0;     // 0: libpq's default (5432)
    QString user;     // empty: the operating-system user's name, as psql
    QString password; // empty: ~/.pgpass or none
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

#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace cd {

// What committed transactions changed: the kinds of records ("payments", "creators"), and for a
// kind whose every write named its records, their ids (added, edited or deleted). A page showing
// 127,328 payments reads back the two a "mark paid in part" wrote instead of all of them. A kind
// touched without ids (a cascade, an undo, another client's save) may have changed everywhere.
class Changes
{
public:
    Changes() = default;
    // Every record of these kinds may have changed (no ids known).
    explicit Changes(const QStringList &kinds);
    Changes(std::initializer_list<QString> kinds) : Changes(QStringList(kinds)) {}

    // Past this many records of a kind, the whole kind counts as changed: a reader would read them
    // all again anyway, and a bulk write (an import) keeps no list of thousands.
    static constexpr qsizetype MostIds = 500;

    // Any record of `kind` may have changed.
    void touch(const QString &kind);
    // Record `id` of `kind` changed (unless the whole kind already has, or MostIds others did).
    void touch(const QString &kind, qint64 id);
    // Adds `other`'s changes; a kind's ids stay known only where both know them.
    void add(const Changes &other);

    const QStringList &kinds() const { return m_kinds; }
    bool isEmpty() const { return m_kinds.isEmpty(); }
    bool touches(const QString &kind) const { return m_kinds.contains(kind); }
    // The changed records of `kind` in the order first touched; none when the kind did not change
    // or any of its records may have.
    std::optional<QList<qint64>> ids(const QString &kind) const;

    friend bool operator==(const Changes &, const Changes &) = default;

private:
    QStringList m_kinds;
    QHash<QString, QList<qint64>> m_ids; // the kinds touched only through touch(kind, id)
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Changes)

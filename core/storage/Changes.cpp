#include "Changes.h"

namespace cd {

Changes::Changes(const QStringList &kinds)
{
    for (const QString &kind : kinds)
        touch(kind);
}

void Changes::touch(const QString &kind)
{
    if (!m_kinds.contains(kind))
        m_kinds << kind;
    m_ids.remove(kind);
}

void Changes::touch(const QString &kind, qint64 id)
{
    if (!m_kinds.contains(kind)) {
        m_kinds << kind;
        m_ids.insert(kind, {id});
        return;
    }
    const auto known = m_ids.find(kind);
    if (known == m_ids.end() || known->contains(id)) // at most MostIds: a look along them
        return;
    if (known->size() == MostIds)
        m_ids.erase(known);
    else
        known->append(id);
}

void Changes::add(const Changes &other)
{
    for (const QString &kind : other.m_kinds) {
        const auto theirs = other.m_ids.constFind(kind);
        if (theirs == other.m_ids.cend())
            touch(kind);
        else
            for (const qint64 id : *theirs)
                touch(kind, id);
    }
}

std::optional<QList<qint64>> Changes::ids(const QString &kind) const
{
    const auto known = m_ids.constFind(kind);
    if (known == m_ids.cend())
        return std::nullopt;
    return *known;
}

} // namespace cd

#pragma once

#include "storage/Changes.h"

#include <QList>
#include <QSqlDatabase>

#include <span>

namespace cd {

// How the records of one kind lead to creators: the kind, and a query of a record's creator by the
// record's id (none: the records are the creators themselves).
struct CreatorsOf
{
    const char *kind;
    const char *creatorOf = nullptr;
};
inline constexpr CreatorsOf CreatorsThemselves{"creators"};
inline constexpr CreatorsOf CreatorsOfDeals{"participants", "SELECT creator_id FROM participants WHERE id = ?"};
// A post's numbers, named by their post (PostService).
inline constexpr CreatorsOf CreatorsOfPosts{
    "post_metrics",
    "SELECT pt.creator_id FROM posts po JOIN participants pt ON pt.id = po.participant_id WHERE po.id = ?"};

// Adds to `creators` (once each) those the records `changes` names of these kinds lead to. False
// when one of those kinds changed without ids, when a record named is gone (whose it was is no
// longer known), or on a database error.
bool addCreatorsNamed(QSqlDatabase &db, const Changes &changes, std::span<const CreatorsOf> kinds,
                      QList<qint64> &creators);

} // namespace cd

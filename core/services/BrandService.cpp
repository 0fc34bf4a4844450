#include "BrandService.h"

#include "Lookup.h"
#include "Validation.h"
#include "common/Clock.h"
#include "common/Names.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BrandService)
};
} // namespace

std::optional<qint64> BrandService::findByName(const QString &name)
{
    return lookup::idByName(m_ws, "brands", name);
}

Status BrandService::validate(const BrandInput &in, qint64 selfId)
{
    const QString name = cleanName(in.name);
    if (Status s = checkName(name, Text::tr("brand name")); !s)
        return failIn("name", s.error());
    if (Status s = checkName(cleanName(in.category), Text::tr("category")); !s && !cleanName(in.category).isEmpty())
        return failIn("category", s.error());
    if (Status s = validation::email(in.contactEmail.trimmed()); !s)
        return failIn("contact_email", s.error());
    if (Status s = checkText(in.notes, Text::tr("notes")); !s)
        return failIn("notes", s.error());
    for (const QString &c : in.competitors) {
        if (Status s = checkName(cleanName(c), Text::tr("competitor name")); !s)
            return failIn("competitors", s.error());
        if (nameKey(c) == nameKey(name))
            return failIn("competitors", Text::tr("%1 cannot be its own competitor").arg(name));
    }
    if (in.competitors.size() > 100)
        return failIn("competitors", Text::tr("at most 100 competitors can be listed"));
    auto other = lookup::nameTakenBy(m_ws, "brands", name, selfId);
    if (!other)
        return other.failure();
    if (!other->isEmpty())
        return failIn(
            "name", Text::tr("a brand named '%1' already exists; brand names must be unique (ignoring case and spaces)")
                        .arg(other.value()));
    return {};
}

Status BrandService::writeCompetitors(Transaction &tx, qint64 id, const QStringList &competitors)
{
    if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM brand_competitors WHERE brand_id = ?"), {id}); !q)
        return q.failure();
    int position = 0;
    QStringList seen;
    for (const QString &c : competitors) {
        const QString key = nameKey(c);
        if (seen.contains(key))
            continue;
        seen << key;
        auto q = sql::run(
            tx.db(),
            QStringLiteral("INSERT INTO brand_competitors (brand_id, position, name, name_key) VALUES (?, ?, ?, ?)"),
            {id, position++, cleanName(c), key});
        if (!q)
            return q.failure();
    }
    return {};
}

Result<qint64> BrandService::insert(Transaction &tx, const BrandInput &in)
{
    if (Status s = validate(in, 0); !s)
        return s.failure();
    const QString now = Clock::timestamp();
    auto q = sql::insert(
        tx.db(),
        QStringLiteral("INSERT INTO brands (name, name_key, category, contact_email, notes, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {cleanName(in.name), nameKey(in.name), cleanName(in.category), in.contactEmail.trimmed(), in.notes, now, now});
    if (!q)
        return q.failure();
    const qint64 id = q.value();
    if (Status s = writeCompetitors(tx, id, in.competitors); !s)
        return s.failure();
    tx.touch(QStringLiteral("brands"));
    return id;
}

Status BrandService::change(Transaction &tx, qint64 id, const BrandInput &in)
{
    if (Status s = validate(in, id); !s)
        return s;
    auto q =
        sql::run(tx.db(),
                 QStringLiteral("UPDATE brands SET name = ?, name_key = ?, category = ?, contact_email = ?, notes = ?, "
                                "updated_at = ? WHERE id = ?"),
                 {cleanName(in.name), nameKey(in.name), cleanName(in.category), in.contactEmail.trimmed(), in.notes,
                  Clock::timestamp(), id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return fail(Text::tr("the brand no longer exists"));
    if (Status s = writeCompetitors(tx, id, in.competitors); !s)
        return s;
    tx.touch(QStringLiteral("brands"));
    return {};
}

Result<BrandInput> BrandService::load(qint64 id)
{
    QSqlDatabase db = m_ws.db();
    auto q = sql::run(db, QStringLiteral("SELECT name, category, contact_email, notes FROM brands WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the brand no longer exists"));
    BrandInput in{q->value(0).toString(), q->value(1).toString(), {}, q->value(2).toString(), q->value(3).toString()};
    auto c =
        sql::run(db, QStringLiteral("SELECT name FROM brand_competitors WHERE brand_id = ? ORDER BY position"), {id});
    if (!c)
        return c.failure();
    while (c->next())
        in.competitors << c->value(0).toString();
    return in;
}

Result<qint64> BrandService::add(const BrandInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return insert(tx, in); });
}

Status BrandService::update(qint64 id, const BrandInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return change(tx, id, in); });
}

Status BrandService::remove(qint64 id)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return remove(tx, id); });
}

Status BrandService::remove(Transaction &tx, qint64 id)
{
    auto campaigns = sql::scalar(tx.db(), QStringLiteral("SELECT count(*) FROM campaigns WHERE brand_id = ?"), {id});
    if (!campaigns)
        return campaigns.failure();
    if (const int n = campaigns->toInt(); n > 0)
        return fail(QCoreApplication::translate("BrandService",
                                                "the brand has %n campaign(s); delete or move them first", nullptr, n));
    auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM brands WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("brands"));
    return {};
}

} // namespace cd

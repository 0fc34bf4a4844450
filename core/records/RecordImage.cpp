#include "RecordImage.h"

#include "desk/TeamRoles.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace cd {
namespace {

// One table of a record: rows chosen by `where`, whose every '?' is the record's id.
struct Part
{
    const char *table;
    const char *where;
};

// The record's own table first, then parents before children (restore inserts in this order and
// deletes in the reverse one). Participants are not part of a creator: a creator in a campaign
// is archived, never deleted.
const QList<Part> &partsOf(RecordImage::Kind kind)
{
    static const QList<Part> creator = {
        {"creators", "id = ?"},
        {"creator_tags", "creator_id = ?"},
        {"accounts", "creator_id = ?"},
        {"follower_snapshots", "account_id IN (SELECT id FROM accounts WHERE creator_id = ?)"},
        {"rate_cards", "creator_id = ?"},
        {"audience_demographics", "creator_id = ?"},
        {"vetting_answers", "creator_id = ?"},
        {"attachments", "creator_id = ? OR follower_snapshot_id IN (SELECT f.id FROM follower_snapshots f "
                        "JOIN accounts a ON a.id = f.account_id WHERE a.creator_id = ?)"},
        {"followups", "creator_id = ?"},
    };
    static const QList<Part> brand = {
        {"brands", "id = ?"},
        {"brand_competitors", "brand_id = ?"},
        {"followups", "brand_id = ?"},
    };
    static const QList<Part> campaign = {
        {"campaigns", "id = ?"},
        {"campaign_platforms", "campaign_id = ?"},
        {"campaign_tags", "campaign_id = ?"},
    };
#define CD_PARTICIPANTS "(SELECT id FROM participants WHERE campaign_id = ?)"
#define CD_DELIVERABLES "(SELECT id FROM deliverables WHERE participant_id IN " CD_PARTICIPANTS ")"
#define CD_POSTS "(SELECT id FROM posts WHERE participant_id IN " CD_PARTICIPANTS ")"
#define CD_SNAPSHOTS "(SELECT id FROM post_metric_snapshots WHERE post_id IN " CD_POSTS ")"
#define CD_CONTRACTS "(SELECT id FROM contracts WHERE participant_id IN " CD_PARTICIPANTS ")"
#define CD_VERSIONS "(SELECT id FROM contract_versions WHERE contract_id IN " CD_CONTRACTS ")"
#define CD_PAYMENTS "(SELECT id FROM payments WHERE participant_id IN " CD_PARTICIPANTS ")"
    static const QList<Part> tree =
        campaign + QList<Part>{
                       {"participants", "campaign_id = ?"},
                       {"deliverables", "participant_id IN " CD_PARTICIPANTS},
                       {"deliverable_feedback", "deliverable_id IN " CD_DELIVERABLES},
                       {"posts", "participant_id IN " CD_PARTICIPANTS},
                       {"post_metric_snapshots", "post_id IN " CD_POSTS},
                       {"contracts", "participant_id IN " CD_PARTICIPANTS},
                       {"contract_status_changes", "contract_id IN " CD_CONTRACTS},
                       {"contract_versions", "contract_id IN " CD_CONTRACTS},
                       {"contract_version_competitors", "version_id IN " CD_VERSIONS},
                       {"contract_version_usage_channels", "version_id IN " CD_VERSIONS},
                       {"payments", "participant_id IN " CD_PARTICIPANTS},
                       {"attachments", "campaign_id = ? OR deliverable_id IN " CD_DELIVERABLES
                                       " OR contract_version_id IN " CD_VERSIONS " OR post_snapshot_id IN " CD_SNAPSHOTS
                                       " OR payment_id IN " CD_PAYMENTS},
                       {"followups", "campaign_id = ? OR participant_id IN " CD_PARTICIPANTS},
                   };
#undef CD_PARTICIPANTS
#undef CD_DELIVERABLES
#undef CD_POSTS
#undef CD_SNAPSHOTS
#undef CD_CONTRACTS
#undef CD_VERSIONS
#undef CD_PAYMENTS
    static const QList<Part> participant = {{"participants", "id = ?"}};
#define CD_DELIVERABLES "(SELECT id FROM deliverables WHERE participant_id = ?)"
#define CD_POSTS "(SELECT id FROM posts WHERE participant_id = ?)"
#define CD_CONTRACTS "(SELECT id FROM contracts WHERE participant_id = ?)"
#define CD_VERSIONS "(SELECT id FROM contract_versions WHERE contract_id IN " CD_CONTRACTS ")"
    static const QList<Part> participantTree =
        participant +
        QList<Part>{
            {"deliverables", "participant_id = ?"},
            {"deliverable_feedback", "deliverable_id IN " CD_DELIVERABLES},
            {"posts", "participant_id = ?"},
            {"post_metric_snapshots", "post_id IN " CD_POSTS},
            {"contracts", "participant_id = ?"},
            {"contract_status_changes", "contract_id IN " CD_CONTRACTS},
            {"contract_versions", "contract_id IN " CD_CONTRACTS},
            {"contract_version_competitors", "version_id IN " CD_VERSIONS},
            {"contract_version_usage_channels", "version_id IN " CD_VERSIONS},
            {"payments", "participant_id = ?"},
            {"attachments",
             "deliverable_id IN " CD_DELIVERABLES " OR contract_version_id IN " CD_VERSIONS
             " OR post_snapshot_id IN (SELECT id FROM post_metric_snapshots WHERE post_id IN " CD_POSTS ")"
             " OR payment_id IN (SELECT id FROM payments WHERE participant_id = ?)"},
            {"followups", "participant_id = ?"},
        };
#undef CD_DELIVERABLES
#undef CD_POSTS
#undef CD_CONTRACTS
#undef CD_VERSIONS
    static const QList<Part> deliverable = {
        {"deliverables", "id = ?"},
        {"deliverable_feedback", "deliverable_id = ?"},
        {"attachments", "deliverable_id = ?"},
    };
    // The participant row leads (restore updates it in place, unchanged); payments come back in id
    // order, so a receivable is there before the creator's payable that names it.
    static const QList<Part> payments = {
        {"participants", "id = ?"},
        {"payments", "participant_id = ?"},
        {"attachments", "payment_id IN (SELECT id FROM payments WHERE participant_id = ?)"},
    };
    static const QList<Part> followup = {{"followups", "id = ?"}};
    switch (kind) {
    case RecordImage::Kind::Followup:
        return followup;
    case RecordImage::Kind::Payments:
        return payments;
    case RecordImage::Kind::Deliverable:
        return deliverable;
    case RecordImage::Kind::Participant:
        return participant;
    case RecordImage::Kind::ParticipantTree:
        return participantTree;
    case RecordImage::Kind::Creator:
        return creator;
    case RecordImage::Kind::Brand:
        return brand;
    case RecordImage::Kind::Campaign:
        return campaign;
    case RecordImage::Kind::CampaignTree:
        break;
    }
    return tree;
}

QStringList touchedKinds(RecordImage::Kind kind)
{
    switch (kind) {
    case RecordImage::Kind::Followup:
        return {QStringLiteral("followups")};
    case RecordImage::Kind::Payments:
        return {QStringLiteral("payments")};
    case RecordImage::Kind::Deliverable:
        return {QStringLiteral("deliverables")};
    case RecordImage::Kind::Participant:
        return {QStringLiteral("participants")};
    case RecordImage::Kind::ParticipantTree:
        return {QStringLiteral("participants"), QStringLiteral("deliverables"), QStringLiteral("post_metrics"),
                QStringLiteral("contracts"),    QStringLiteral("payments"),     QStringLiteral("followups")};
    case RecordImage::Kind::Creator:
        return {QStringLiteral("creators"), QStringLiteral("followers"), QStringLiteral("followups")};
    case RecordImage::Kind::Brand:
        return {QStringLiteral("brands"), QStringLiteral("followups")};
    case RecordImage::Kind::Campaign:
        return {QStringLiteral("campaigns")};
    case RecordImage::Kind::CampaignTree:
        break;
    }
    return {QStringLiteral("campaigns"),    QStringLiteral("participants"), QStringLiteral("deliverables"),
            QStringLiteral("post_metrics"), QStringLiteral("contracts"),    QStringLiteral("payments"),
            QStringLiteral("followups")};
}

QVariantList idParams(const Part &part, qint64 id)
{
    return QVariantList(QLatin1String(part.where).count(QLatin1Char('?')), id);
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

Status insertRows(Transaction &tx, const RecordImage::TableRows &t, const QString &onConflict = {})
{
    const QString statement =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
            .arg(t.table, t.columns.join(QStringLiteral(", ")), placeholders(t.columns.size()), onConflict);
    sql::Statement insert(statement);
    for (const QVariantList &row : t.rows)
        if (auto q = insert.run(tx.db(), row); !q)
            return q.failure();
    return {};
}

} // namespace

Result<RecordImage> RecordImage::capture(QSqlDatabase &db, Kind kind, qint64 id)
{
    RecordImage image;
    image.m_kind = kind;
    image.m_id = id;
    for (const Part &part : partsOf(kind)) {
        // Rows come back in the order they were written, so a row that points at an earlier one of
        // its table (a receivable's payable) is put back after it. A server has no rowid: there the
        // first columns order them (a table's id, or its parent and position).
        auto q = sql::run(db,
                          QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
                              .arg(QLatin1String(part.table), QLatin1String(part.where),
                                   sql::onServer(db) ? QStringLiteral("1, 2") : QStringLiteral("rowid")),
                          idParams(part, id));
        if (!q)
            return q.failure();
        TableRows rows{QLatin1String(part.table), {}, {}};
        const QSqlRecord record = q->record();
        for (int c = 0; c < record.count(); ++c)
            rows.columns << record.fieldName(c);
        while (q->next()) {
            QVariantList row;
            row.reserve(rows.columns.size());
            // SQL NULL stays an invalid variant, so it binds as NULL again (an empty text does not).
            for (int c = 0; c < rows.columns.size(); ++c)
                row << (q->isNull(c) ? QVariant() : q->value(c));
            rows.rows << row;
        }
        if (rows.rows.isEmpty() && image.m_tables.isEmpty())
            return image; // no such record: nothing belongs to it either
        image.m_tables << rows;
    }
    return image;
}

Result<RecordImage> RecordImage::captureForChange(Transaction &tx, Kind kind, qint64 id)
{
    bool lockable = true;
    if (sql::onServer(tx.db())) {
        const Part &own = partsOf(kind).first();
        auto locked = sql::run(tx.db(),
                               QStringLiteral("SELECT 1 FROM %1 WHERE %2 FOR UPDATE")
                                   .arg(QLatin1String(own.table), QLatin1String(own.where)),
                               idParams(own, id));
        if (!locked)
            return locked.failure();
        lockable = locked->next();
    }
    auto image = capture(tx.db(), kind, id);
    // A row that can be read but not locked for a change is held by the server's row-level
    // security: another manager's creator (the change itself would find no row, silently).
    if (image && !lockable && !image->isEmpty()) {
        const TableRows &own = image->m_tables.first();
        const qsizetype manager = own.columns.indexOf(QLatin1String("manager_id"));
        return fail(team::notYours(image->name(), manager >= 0 && !own.rows.first().at(manager).isNull()));
    }
    return image;
}

RecordImage RecordImage::absent(Kind kind, qint64 id)
{
    RecordImage image;
    image.m_kind = kind;
    image.m_id = id;
    return image;
}

namespace {
// Names as changed (as `kind`) the rows of `table` an undo rewrites: those of the record there now
// (`owner` its column naming the record) and those coming back from its image.
Status nameRewritten(Transaction &tx, const QList<RecordImage::TableRows> &image, qint64 recordId, const QString &table,
                     const QString &owner, const QString &kind)
{
    auto now = sql::run(tx.db(), QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, owner), {recordId});
    if (!now)
        return now.failure();
    while (now->next())
        tx.touch(kind, now->value(0).toLongLong());
    for (const RecordImage::TableRows &rows : image)
        if (const qsizetype id = rows.columns.indexOf(QLatin1String("id")); rows.table == table && id >= 0)
            for (const QVariantList &row : rows.rows)
                tx.touch(kind, row.at(id).toLongLong());
    return {};
}
} // namespace

Status RecordImage::restore(Transaction &tx) const
{
    const QList<Part> &parts = partsOf(m_kind);
    // Undoing a payment's change (the commonest undo on the Payments page) names the payments it
    // writes, so a page reads back only them; a creator's names the creator and the accounts whose
    // follower counts it writes (the roster reads back that creator's row).
    const QString payments = QStringLiteral("payments");
    if (m_kind == Kind::Payments)
        if (Status s = nameRewritten(tx, m_tables, m_id, payments, QStringLiteral("participant_id"), payments); !s)
            return s;
    if (m_kind == Kind::Creator)
        if (Status s = nameRewritten(tx, m_tables, m_id, QStringLiteral("accounts"), QStringLiteral("creator_id"),
                                     QStringLiteral("followers"));
            !s)
            return s;
    // The parts go first (children before parents), then come back from the image.
    for (qsizetype p = parts.size() - 1; p > 0; --p) {
        const QString statement = QStringLiteral("DELETE FROM %1 WHERE %2")
                                      .arg(QLatin1String(parts.at(p).table), QLatin1String(parts.at(p).where));
        if (auto q = sql::run(tx.db(), statement, idParams(parts.at(p), m_id)); !q)
            return q.failure();
    }
    if (isEmpty()) {
        auto q = sql::run(
            tx.db(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(parts.first().table)), {m_id});
        if (!q)
            return fail(q.error().contains(QLatin1String("FOREIGN KEY"))
                            ? QCoreApplication::translate("RecordImage", "other records now refer to it")
                            : q.error());
    } else {
        // The record's own row is updated in place when it exists: campaigns and participants that
        // refer to it must not see it go and come back.
        const TableRows &own = m_tables.first();
        QStringList assignments;
        for (const QString &column : own.columns)
            assignments << QStringLiteral("%1 = excluded.%1").arg(column);
        const QString upsert =
            QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + assignments.join(QStringLiteral(", "));
        if (Status s = insertRows(tx, own, upsert); !s)
            return s;
        for (qsizetype t = 1; t < m_tables.size(); ++t)
            if (Status s = insertRows(tx, m_tables.at(t)); !s)
                return s;
    }
    // An image of no record (an undone add) deleted the record with all that hangs on it (a deal's
    // drafted payments, say): every kind of those changed.
    const Kind removedWith = m_kind == Kind::Participant ? Kind::ParticipantTree
                             : m_kind == Kind::Campaign  ? Kind::CampaignTree
                                                         : m_kind;
    if (isEmpty() && removedWith != m_kind)
        for (const QString &kind : touchedKinds(removedWith))
            tx.touch(kind);
    else if (m_kind == Kind::Participant) // a deal's undone move or terms: its row only
        tx.touch(QStringLiteral("participants"), m_id);
    else if (m_kind == Kind::Campaign) // an undone edit
        tx.touch(QStringLiteral("campaigns"), m_id);
    else if (m_kind == Kind::Creator) { // its accounts named above (touchedKinds() has the three)
        tx.touch(QStringLiteral("creators"), m_id);
        tx.touch(QStringLiteral("followups"));
    } else if (m_kind != Kind::Payments) // named one by one above
        for (const QString &kind : touchedKinds(m_kind))
            tx.touch(kind);
    return {};
}

namespace {
// An attached file's identity for sharing: its SHA-256 and its size (a hash that is not the
// content's, in a damaged row, must not make two files one). Empty outside the attachments.
struct FileColumns
{
    qsizetype hash = -1, content = -1;
    explicit FileColumns(const RecordImage::TableRows &t)
    {
        if (t.table == QLatin1String("attachments")) {
            hash = t.columns.indexOf(QLatin1String("sha256"));
            content = t.columns.indexOf(QLatin1String("content"));
        }
    }
    QString key(const QVariantList &row) const
    {
        if (hash < 0 || content < 0)
            return {};
        return row.at(hash).toString() + QLatin1Char(':') + QString::number(row.at(content).toByteArray().size());
    }
};
} // namespace

qint64 RecordImage::byteSize(QSet<QString> *filesCounted) const
{
    qint64 bytes = 0;
    for (const TableRows &t : m_tables) {
        const FileColumns files(t);
        for (const QVariantList &row : t.rows) {
            const QString file = filesCounted ? files.key(row) : QString();
            const bool shared = !file.isEmpty() && filesCounted->contains(file);
            if (!file.isEmpty())
                filesCounted->insert(file);
            for (const QVariant &v : row) {
                if (v.typeId() == QMetaType::QByteArray && !shared)
                    bytes += v.toByteArray().size();
                else if (v.typeId() == QMetaType::QString)
                    bytes += 2 * v.toString().size();
                bytes += qint64(sizeof(QVariant));
            }
        }
    }
    return bytes;
}

QString RecordImage::name() const
{
    if (isEmpty())
        return {};
    // A record's name, or a deliverable's title; none for a creator's part in a campaign.
    const TableRows &own = m_tables.first();
    qsizetype column = own.columns.indexOf(QLatin1String("name"));
    if (column < 0)
        column = own.columns.indexOf(QLatin1String("title"));
    return column < 0 ? QString() : own.rows.first().value(column).toString();
}

bool RecordImage::sameContent(const RecordImage &other) const
{
    return m_tables.size() == other.m_tables.size() && holds(other);
}

bool RecordImage::holds(const RecordImage &part) const
{
    if (m_kind != part.m_kind || m_id != part.m_id)
        return false;
    for (const TableRows &b : part.m_tables) {
        const auto a =
            std::find_if(m_tables.cbegin(), m_tables.cend(), [&](const TableRows &t) { return t.table == b.table; });
        if (a == m_tables.cend() || a->columns != b.columns || a->rows.size() != b.rows.size())
            return false;
        const qsizetype author = a->columns.indexOf(QLatin1String("updated_by"));
        for (qsizetype r = 0; r < a->rows.size(); ++r)
            for (qsizetype c = 0; c < a->columns.size(); ++c)
                if (c != author && a->rows.at(r).at(c) != b.rows.at(r).at(c))
                    return false;
    }
    return true;
}

RecordImage RecordImage::without(const QString &table) const
{
    RecordImage image = *this;
    // The record's own row stays whatever is asked: an image is empty only without it.
    for (qsizetype t = image.m_tables.size() - 1; t > 0; --t)
        if (image.m_tables.at(t).table == table)
            image.m_tables.removeAt(t);
    return image;
}

RecordImage::Saved RecordImage::lastSaved() const
{
    if (isEmpty())
        return {};
    const TableRows &own = m_tables.first();
    const QVariantList &row = own.rows.first();
    const qsizetype by = own.columns.indexOf(QLatin1String("updated_by"));
    const qsizetype at = own.columns.indexOf(QLatin1String("updated_at"));
    return {by < 0 ? QString() : row.at(by).toString(),
            at < 0 ? QDateTime() : QDateTime::fromString(row.at(at).toString(), Qt::ISODate)};
}

qsizetype RecordImage::rowCount(const QString &table) const
{
    for (const TableRows &t : m_tables)
        if (t.table == table)
            return t.rows.size();
    return 0;
}

QList<QByteArray> RecordImage::fileContents() const
{
    QList<QByteArray> files;
    for (const TableRows &t : m_tables)
        if (const FileColumns columns(t); columns.content >= 0)
            for (const QVariantList &row : t.rows)
                files << row.at(columns.content).toByteArray();
    return files;
}

void FileContents::share(RecordImage &image)
{
    for (RecordImage::TableRows &t : image.m_tables) {
        const FileColumns files(t);
        for (QVariantList &row : t.rows) {
            const QString file = files.key(row);
            if (file.isEmpty())
                continue;
            auto held = m_byHash.constFind(file);
            if (held == m_byHash.constEnd())
                m_byHash.insert(file, row.at(files.content).toByteArray());
            else
                row[files.content] = QVariant(*held);
        }
    }
}

} // namespace cd

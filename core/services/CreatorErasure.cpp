#include "CreatorErasure.h"

#include "common/Clock.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "storage/Connection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CreatorErasure)
};

// The creator's own rows, by the creator's id (bound once per '?').
const QString OfParticipants = QStringLiteral("SELECT id FROM participants WHERE creator_id = ?");
const QString TaxPayments =
    QStringLiteral("SELECT pm.id FROM payments pm JOIN participants p ON p.id = pm.participant_id "
                   "WHERE p.creator_id = ? AND pm.withheld_minor > 0");
// Files kept for the creator or their work; the files of payments with tax withheld are tax records.
const QString FilesOfCreator = QStringLiteral(
    "creator_id = ? "
    "OR deliverable_id IN (SELECT d.id FROM deliverables d JOIN participants p ON p.id = d.participant_id "
    "WHERE p.creator_id = ?) "
    "OR contract_version_id IN (SELECT v.id FROM contract_versions v JOIN contracts c ON c.id = v.contract_id "
    "JOIN participants p ON p.id = c.participant_id WHERE p.creator_id = ?) "
    "OR post_snapshot_id IN (SELECT s.id FROM post_metric_snapshots s JOIN posts po ON po.id = s.post_id "
    "JOIN participants p ON p.id = po.participant_id WHERE p.creator_id = ?) "
    "OR follower_snapshot_id IN (SELECT f.id FROM follower_snapshots f JOIN accounts a ON a.id = f.account_id "
    "WHERE a.creator_id = ?) "
    "OR payment_id IN (SELECT pm.id FROM payments pm JOIN participants p ON p.id = pm.participant_id "
    "WHERE p.creator_id = ? AND coalesce(pm.withheld_minor, 0) = 0)");
constexpr int FilesOfCreatorParams = 6;

// The rows the creator owns outright, removed whole.
const char *const OwnTables[] = {"creator_tags", "rate_cards", "audience_demographics", "vetting_answers", "followups"};

// A free-text column of the creator's campaign records, with the SQL that selects (id, text) of
// the creator's rows, and the comparison key stored beside it, if any.
enum class Key
{
    None,
    Name,
    Url
};
struct TextColumn
{
    const char *table;
    const char *column;
    const char *rows; // SELECT id, text ... WHERE ... = ? (the creator's id)
    const char *keyColumn = nullptr;
    Key key = Key::None;
};
const TextColumn TextColumns[] = {
    {"participants", "notes", "SELECT id, notes FROM participants WHERE creator_id = ?"},
    {"deliverables", "title",
     "SELECT d.id, d.title FROM deliverables d JOIN participants p ON p.id = d.participant_id WHERE p.creator_id = ?",
     "title_key", Key::Name},
    {"deliverables", "caption",
     "SELECT d.id, d.caption FROM deliverables d JOIN participants p ON p.id = d.participant_id "
     "WHERE p.creator_id = ?"},
    {"deliverables", "post_url",
     "SELECT d.id, d.post_url FROM deliverables d JOIN participants p ON p.id = d.participant_id "
     "WHERE p.creator_id = ?",
     "post_url_key", Key::Url},
    {"deliverable_feedback", "body",
     "SELECT f.id, f.body FROM deliverable_feedback f JOIN deliverables d ON d.id = f.deliverable_id "
     "JOIN participants p ON p.id = d.participant_id WHERE p.creator_id = ?"},
    {"deliverable_feedback", "author",
     "SELECT f.id, f.author FROM deliverable_feedback f JOIN deliverables d ON d.id = f.deliverable_id "
     "JOIN participants p ON p.id = d.participant_id WHERE p.creator_id = ?"},
    {"posts", "url",
     "SELECT po.id, po.url FROM posts po JOIN participants p ON p.id = po.participant_id WHERE p.creator_id = ?",
     "url_key", Key::Url},
    {"post_metric_snapshots", "caption",
     "SELECT s.id, s.caption FROM post_metric_snapshots s JOIN posts po ON po.id = s.post_id "
     "JOIN participants p ON p.id = po.participant_id WHERE p.creator_id = ?"},
    {"post_metric_snapshots", "source",
     "SELECT s.id, s.source FROM post_metric_snapshots s JOIN posts po ON po.id = s.post_id "
     "JOIN participants p ON p.id = po.participant_id WHERE p.creator_id = ?"},
    {"follower_snapshots", "source",
     "SELECT f.id, f.source FROM follower_snapshots f JOIN accounts a ON a.id = f.account_id WHERE a.creator_id = ?"},
    {"contract_versions", "body",
     "SELECT v.id, v.body FROM contract_versions v JOIN contracts c ON c.id = v.contract_id "
     "JOIN participants p ON p.id = c.participant_id WHERE p.creator_id = ?"},
    {"contract_status_changes", "note",
     "SELECT s.id, s.note FROM contract_status_changes s JOIN contracts c ON c.id = s.contract_id "
     "JOIN participants p ON p.id = c.participant_id WHERE p.creator_id = ?"},
    {"followups", "note",
     "SELECT f.id, f.note FROM followups f JOIN participants p ON p.id = f.participant_id WHERE p.creator_id = ?"},
    {"payments", "notes",
     "SELECT pm.id, pm.notes FROM payments pm JOIN participants p ON p.id = pm.participant_id "
     "WHERE p.creator_id = ? AND coalesce(pm.withheld_minor, 0) = 0"},
    {"payments", "reference",
     "SELECT pm.id, pm.reference FROM payments pm JOIN participants p ON p.id = pm.participant_id "
     "WHERE p.creator_id = ? AND coalesce(pm.withheld_minor, 0) = 0"},
    {"campaigns", "notes",
     "SELECT id, notes FROM campaigns WHERE id IN (SELECT campaign_id FROM participants WHERE creator_id = ?)"},
    {"campaigns", "caption_guidance",
     "SELECT id, caption_guidance FROM campaigns WHERE id IN (SELECT campaign_id FROM participants "
     "WHERE creator_id = ?)"},
};

struct Account
{
    qint64 id = 0;
    QString handle;
};

struct Person
{
    QString name, email, phone, npwp;
    QStringList details; // the profile fields that hold something
    QList<Account> accounts;
};

// A mention of something personal, as a whole word in any case, and what replaces it.
struct Mention
{
    QRegularExpression pattern;
    QString replacement;
};

QString labelFor(qint64 creatorId)
{
    return Text::tr("Erased creator #%1").arg(creatorId);
}

QString anonymousHandle(qint64 accountId)
{
    return QStringLiteral("erased-%1").arg(accountId);
}

Result<int> countOf(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    auto n = sql::scalar(db, sql, params);
    if (!n)
        return n.failure();
    return n->toInt();
}

Result<Person> loadPerson(QSqlDatabase &db, qint64 creatorId)
{
    auto q = sql::run(
        db, QStringLiteral("SELECT name, email, phone, npwp, notes, niche, country FROM creators WHERE id = ?"),
        {creatorId});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("there is no creator with id %1").arg(creatorId));
    Person p{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), {}, {}};
    for (int i = 1; i <= 6; ++i)
        if (!q->value(i).toString().isEmpty())
            p.details << q->value(i).toString();
    auto a =
        sql::run(db, QStringLiteral("SELECT id, handle FROM accounts WHERE creator_id = ? ORDER BY id"), {creatorId});
    if (!a)
        return a.failure();
    while (a->next())
        p.accounts.append({a->value(0).toLongLong(), a->value(1).toString()});
    return p;
}

QList<Mention> mentionsOf(const Person &p, const QString &label, bool nameKept)
{
    // Whole words only: a short handle must not rewrite the middle of another word or address. An
    // '@' before a handle stays ("@rina.eats" becomes "@erased-3").
    const auto word = [](const QString &term) {
        return QRegularExpression(QStringLiteral("(?<![\\w.-])%1(?!\\w|\\.\\w)").arg(QRegularExpression::escape(term)),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    };
    const QString erased = Text::tr("[erased]");
    QList<Mention> mentions;
    // The email first: a handle or name inside it would otherwise leave the rest of it behind.
    for (const QString &term : {p.email, p.phone, nameKept ? QString() : p.npwp})
        if (term.size() >= 3)
            mentions.append({word(term), erased});
    for (const Account &a : p.accounts)
        mentions.append({word(a.handle), anonymousHandle(a.id)});
    if (!nameKept)
        mentions.append({word(p.name), label});
    return mentions;
}

QString redacted(QString text, const QList<Mention> &mentions)
{
    for (const Mention &m : mentions)
        text.replace(m.pattern, m.replacement);
    return text;
}

QString keyOf(Key key, const QString &text)
{
    return key == Key::Name ? nameKey(text) : normalizePostUrl(text);
}

// Replaces the mentions in every text column of the creator's records; writes when `write`.
// Returns how many fields changed.
Result<int> redactTexts(QSqlDatabase &db, qint64 creatorId, const QList<Mention> &mentions, bool write)
{
    int changed = 0;
    for (const TextColumn &c : TextColumns) {
        auto rows = sql::run(db, QString::fromLatin1(c.rows), {creatorId});
        if (!rows)
            return rows.failure();
        QList<QPair<qint64, QString>> updates;
        while (rows->next()) {
            const QString before = rows->value(1).toString();
            const QString after = redacted(before, mentions);
            if (after != before)
                updates.append({rows->value(0).toLongLong(), after});
        }
        changed += int(updates.size());
        if (!write)
            continue;
        // Table and column names are literals of this file, never input.
        const QString set = c.keyColumn
                                ? QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE id = ?")
                                      .arg(QLatin1String(c.table), QLatin1String(c.column), QLatin1String(c.keyColumn))
                                : QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                      .arg(QLatin1String(c.table), QLatin1String(c.column));
        for (const auto &[id, text] : std::as_const(updates)) {
            QVariantList params{text};
            if (c.keyColumn)
                params << keyOf(c.key, text);
            params << id;
            if (auto done = sql::run(db, set, params); !done) {
                if (c.key != Key::Name)
                    return done.failure();
                // Two titles that differed only in the name: the row's id keeps them apart.
                const QString distinct = text + QStringLiteral(" #%1").arg(id);
                if (auto again = sql::run(db, set, {distinct, keyOf(c.key, distinct), id}); !again)
                    return again.failure();
            }
        }
    }
    return changed;
}

Result<ErasureReport> survey(QSqlDatabase &db, qint64 creatorId, const Person &person)
{
    ErasureReport r;
    r.creatorId = creatorId;
    r.name = person.name;
    r.label = labelFor(creatorId);
    r.accounts = int(person.accounts.size());
    r.details = int(person.details.size());
    auto tax = countOf(db, QStringLiteral("SELECT count(*) FROM (%1) AS t").arg(TaxPayments), {creatorId});
    auto lines = countOf(db,
                         QStringLiteral("SELECT count(*) FROM invoice_lines WHERE payment_id IN (SELECT pm.id FROM "
                                        "payments pm WHERE pm.participant_id IN (%1))")
                             .arg(OfParticipants),
                         {creatorId});
    auto files = countOf(db, QStringLiteral("SELECT count(*) FROM attachments WHERE ") + FilesOfCreator,
                         QVariantList(FilesOfCreatorParams, creatorId));
    if (!tax || !lines || !files)
        return fail(!tax ? tax.error() : !lines ? lines.error() : files.error());
    r.taxPayments = tax.value();
    r.invoiceLines = lines.value();
    r.files = files.value();
    r.nameKept = r.taxPayments > 0;
    if (r.nameKept && !person.npwp.isEmpty())
        r.details -= 1; // the NPWP stays with the name
    int *own[] = {&r.tags, &r.rateCards, &r.audienceRows, &r.vettingAnswers, &r.followups};
    for (size_t i = 0; i < std::size(OwnTables); ++i) {
        auto n =
            countOf(db, QStringLiteral("SELECT count(*) FROM %1 WHERE creator_id = ?").arg(QLatin1String(OwnTables[i])),
                    {creatorId});
        if (!n)
            return n.failure();
        *own[i] = n.value();
    }
    auto texts = redactTexts(db, creatorId, mentionsOf(person, r.label, r.nameKept), false);
    if (!texts)
        return texts.failure();
    r.textsChanged = texts.value();
    return r;
}

Status anonymiseCreator(QSqlDatabase &db, const ErasureReport &r, const Person &person)
{
    const QString now = Clock::timestamp();
    Result<QSqlQuery> done = r.nameKept
                                 ? sql::run(db,
                                            QStringLiteral("UPDATE creators SET status = 'archived', email = '', "
                                                           "phone = '', notes = '', niche = '', country = '', "
                                                           "updated_at = ? WHERE id = ?"),
                                            {now, r.creatorId})
                                 : sql::run(db,
                                            QStringLiteral("UPDATE creators SET name = ?, name_key = ?, "
                                                           "status = 'archived', email = '', phone = '', notes = '', "
                                                           "niche = '', country = '', npwp = '', tax_type = 'person', "
                                                           "updated_at = ? WHERE id = ?"),
                                            {r.label, nameKey(r.label), now, r.creatorId});
    if (!done)
        return done.failure();
    for (const Account &a : person.accounts) {
        const QString handle = anonymousHandle(a.id);
        if (auto s = sql::run(db, QStringLiteral("UPDATE accounts SET handle = ?, handle_key = ? WHERE id = ?"),
                              {handle, handleKey(handle), a.id});
            !s)
            return s.failure();
    }
    return {};
}

Status removeOwnRows(QSqlDatabase &db, qint64 creatorId)
{
    for (const char *table : OwnTables)
        if (auto s = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE creator_id = ?").arg(QLatin1String(table)),
                              {creatorId});
            !s)
            return s.failure();
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM attachments WHERE ") + FilesOfCreator,
                          QVariantList(FilesOfCreatorParams, creatorId));
        !s)
        return s.failure();
    return {};
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status logErasure(QSqlDatabase &db, const ErasureReport &r)
{
    const QJsonObject removed{{QStringLiteral("accounts"), r.accounts},
                              {QStringLiteral("details"), r.details},
                              {QStringLiteral("tags"), r.tags},
                              {QStringLiteral("rate_cards"), r.rateCards},
                              {QStringLiteral("audience"), r.audienceRows},
                              {QStringLiteral("vetting_answers"), r.vettingAnswers},
                              {QStringLiteral("followups"), r.followups},
                              {QStringLiteral("files"), r.files},
                              {QStringLiteral("texts"), r.textsChanged}};
    const QJsonObject kept{{QStringLiteral("tax_payments"), r.taxPayments},
                           {QStringLiteral("invoice_lines"), r.invoiceLines},
                           {QStringLiteral("name_and_npwp"), r.nameKept}};
    auto s = sql::run(db,
                      QStringLiteral("INSERT INTO erasures (creator_id, label, erased_at, removed, kept) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {r.creatorId, r.label, Clock::timestamp(), compactJson(removed), compactJson(kept)});
    return s ? Status() : fail(s.error());
}
} // namespace

QStringList ErasureReport::describe(bool done) const
{
    QStringList lines;
    if (nameKept)
        lines << (done ? Text::tr("Erased the personal data of %1 for good and archived them; their name and NPWP "
                                  "stay for the tax records.")
                       : Text::tr("Erasing the personal data of %1 removes it for good and archives them; their name "
                                  "and NPWP stay for the tax records."))
                     .arg(name);
    else if (done)
        lines << Text::tr("Erased the creator's personal data for good: they are now \"%1\" (archived).").arg(label);
    else
        lines << Text::tr("Erasing the personal data of %1 removes it for good: they become \"%2\" (archived).")
                     .arg(name, label);
    QStringList removed;
    const auto add = [&removed](int n, const QString &text) {
        if (n > 0)
            removed << text;
    };
    add(details, Text::tr("%n contact or profile detail(s)", nullptr, details));
    add(tags, Text::tr("%n tag(s)", nullptr, tags));
    add(rateCards, Text::tr("%n rate card(s)", nullptr, rateCards));
    add(audienceRows, Text::tr("%n audience figure(s)", nullptr, audienceRows));
    add(vettingAnswers, Text::tr("%n vetting answer(s)", nullptr, vettingAnswers));
    add(followups, Text::tr("%n follow-up(s)", nullptr, followups));
    add(files, Text::tr("%n file(s)", nullptr, files));
    add(accounts, Text::tr("%n handle(s) made anonymous", nullptr, accounts));
    add(textsChanged, Text::tr("mentions in %n text(s) replaced", nullptr, textsChanged));
    if (!removed.isEmpty())
        lines << (done ? Text::tr("Removed: %1.") : Text::tr("To remove: %1.")).arg(removed.join(QStringLiteral(", ")));
    lines << Text::tr("Campaigns keep the creator's rows (fees, deliverables, posts, numbers), so KPIs and charts "
                      "stay as they are.");
    if (taxPayments > 0)
        lines << Text::tr("Kept for 10 years as tax records (UU KUP): %n payment(s) with tax withheld, with their "
                          "files.",
                          nullptr, taxPayments);
    if (invoiceLines > 0)
        lines << Text::tr("Kept as issued (tax records): %n invoice line(s) naming the creator.", nullptr,
                          invoiceLines);
    if (done && !checkpointed)
        lines << Text::tr("The old data leaves the workspace file when the workspace is closed.");
    lines << Text::tr("Backups and exports made before now still hold the data: delete or replace them too.");
    return lines;
}

Result<ErasureReport> previewErasure(QSqlDatabase &db, qint64 creatorId)
{
    auto person = loadPerson(db, creatorId);
    if (!person)
        return person.failure();
    return survey(db, creatorId, person.value());
}

Result<ErasureReport> eraseCreator(Workspace &ws, qint64 creatorId)
{
    // Freed space is overwritten with zeros, so what is deleted or rewritten is not left in the file.
    // A server frees the old row versions by its own VACUUM (README: team mode); no pragma there.
    QSqlDatabase db = ws.db();
    const bool file = !sql::onServer(db);
    if (Status s = file ? connection::exec(db, QStringLiteral("PRAGMA secure_delete = ON")) : Status(); !s)
        return s.failure();
    ErasureReport report;
    Status written = writeInTransaction(ws, [&](Transaction &tx) -> Status {
        auto person = loadPerson(tx.db(), creatorId);
        if (!person)
            return person.failure();
        auto r = survey(tx.db(), creatorId, person.value());
        if (!r)
            return r.failure();
        report = r.value();
        if (Status s = anonymiseCreator(tx.db(), report, person.value()); !s)
            return s;
        if (Status s = removeOwnRows(tx.db(), creatorId); !s)
            return s;
        if (auto texts =
                redactTexts(tx.db(), creatorId, mentionsOf(person.value(), report.label, report.nameKept), true);
            !texts)
            return texts.failure();
        if (Status s = logErasure(tx.db(), report); !s)
            return s;
        for (const char *kind : {"creators", "participants", "deliverables", "contracts", "payments", "followups",
                                 "post_metrics", "followers", "campaigns"})
            tx.touch(QString::fromLatin1(kind));
        return {};
    });
    if (file)
        (void)connection::exec(db, QStringLiteral("PRAGMA secure_delete = OFF"));
    if (!written)
        return fail(Text::tr("nothing was erased: %1").arg(written.error()));
    // The log still holds the pages as they were before; a checkpoint writes the new ones over the
    // file and empties it. Another connection reading an older state keeps them until it is done.
    // An earlier import's checkpoint may still be running on its own thread: two checkpoints do not
    // run at once, and this one gave up while that one ran (seen in a slow sanitizer run).
    if (file)
        (void)ws.waitForCheckpoint();
    QSqlQuery q(db);
    report.checkpointed =
        file && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0;
    if (!report.nameKept)
        report.name.clear(); // gone from the workspace, and from what is said about it
    return report;
}

} // namespace cd

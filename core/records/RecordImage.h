#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace cd {

class Transaction;

// The stored rows of one record and of everything that belongs to it, ids included: a creator with
// its tags, accounts, follower snapshots, rate card, audience, vetting answers and attachments; a
// brand with its competitors; a campaign with its brief, or with all it holds. Captured before and after an edit, an
// image is what undo and redo write back, so a deleted creator returns exactly as it was.
class RecordImage
{
public:
    enum class Kind
    {
        Creator,
        Brand,
        Campaign,        // the campaign with its brief: platforms and tags (what the editor changes)
        CampaignTree,    // ...and everything that belongs to it: creators taking part, deliverables,
                         // posts and their numbers, contracts, payments, attached files (for deletes)
        Participant,     // a creator's part in a campaign: status and compensation
        ParticipantTree, // ...with their deliverables, posts, contracts and payments (for removals)
        Deliverable,     // a piece of content owed, with the feedback on its drafts
        Payments,        // a creator's part in a campaign with its payments and their proof files
                         // (paying, drafting and editing payments touch only these)
        Followup,        // one dated note (creators, brands, campaigns and deals hold theirs as parts)
    };
    struct TableRows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
        bool operator==(const TableRows &) const = default;
    };

    // The record `id` of `kind` as stored now; an empty image when it does not exist.
    static Result<RecordImage> capture(QSqlDatabase &db, Kind kind, qint64 id);

    // The same, read to be changed in `tx`: on a server the record's own row is locked first, so
    // that two people saving it at once take turns and the second sees the first's change (a file
    // has one writer at a time already).
    static Result<RecordImage> captureForChange(Transaction &tx, Kind kind, qint64 id);

    // The image of a record that does not exist (yet): restoring it removes the record `id`.
    static RecordImage absent(Kind kind, qint64 id);

    // Makes the store hold this image: the record's rows as captured, or no record when the image
    // is empty. Fails (and the caller's transaction should roll back) when another record now
    // holds the name, or when records elsewhere still refer to one that would go.
    Status restore(Transaction &tx) const;

    Kind kind() const { return m_kind; }
    qint64 id() const { return m_id; }
    bool isEmpty() const { return m_tables.isEmpty() || m_tables.first().rows.isEmpty(); }
    // The record's stored name ('' for an empty image), for messages.
    QString name() const;
    // How many rows of `table` the image holds (for "what else goes" confirmations).
    qsizetype rowCount(const QString &table) const;
    // The contents of the attached files it holds (to see them shared).
    QList<QByteArray> fileContents() const;
    // Roughly the memory the image holds, in bytes (text, attached files and numbers), for the
    // undo history's bound. With `filesCounted`, an attached file whose SHA-256 is in it already
    // counts nothing (its buffer is shared, see FileContents), and the ones counted are added.
    qint64 byteSize(QSet<QString> *filesCounted = nullptr) const;
    bool operator==(const RecordImage &) const = default;
    // Whether both hold the same rows, apart from who saved them (updated_by): a server names the
    // person who undoes a change as its author, and the content is what the undo must find again.
    bool sameContent(const RecordImage &other) const;
    // Whether this image holds every table of `part` (an image without some of its tables) as
    // `part` holds it, updated_by aside; the tables `part` lacks are not compared.
    bool holds(const RecordImage &part) const;
    // This image without the rows of `table` (for a comparison that leaves them aside).
    RecordImage without(const QString &table) const;

    // Who last saved the record's own row, and when (updated_by, updated_at): `by` is empty when
    // the workspace does not know (a file, rows older than schema v6), `at` invalid without a row.
    struct Saved
    {
        QString by;
        QDateTime at;
    };
    Saved lastSaved() const;

private:
    friend class FileContents;
    Kind m_kind = Kind::Creator;
    qint64 m_id = 0;
    QList<TableRows> m_tables; // the record's own row first, then its parts, parents before children
};

// Attached files held once per content across images. Undo captures a record before and after every
// edit, so a creator with a 20 MB proof file edited ten times would hold it twenty times; shared
// here by SHA-256 (and size), every image refers to one buffer (QByteArray copies share their data).
class FileContents
{
public:
    // Points each attached file's content in `image` at the copy already held for the same file,
    // and holds the ones not seen yet.
    void share(RecordImage &image);

private:
    QHash<QString, QByteArray> m_byHash;
};

} // namespace cd

#include "KindImporter.h"

#include "ParticipantLookup.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "desk/Followups.h"
#include "desk/Managers.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {
namespace {

// followups.csv (formats.md): a row with an id updates that follow-up; without one it is found by
// the record it is about, its due date and its note, else added. `about` says which of creator,
// brand and campaign name the record (a participant: campaign and creator). A manager is named
// and added when new; done yes keeps the day it was done, else marks it done today.
class FollowupImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(FollowupImporter)
public:
    explicit FollowupImporter(Workspace &ws) : m_followups(ws) {}

    QStringList required() const override
    {
        return {QStringLiteral("about"), QStringLiteral("due_date"), QStringLiteral("note")};
    }
    QString key(const ImportRow &row) const override
    {
        if (row.has("id"))
            return QStringLiteral("#") + row.text("id").trimmed();
        const auto about = wordFrom<FollowupAbout>(row.text("about"));
        return QStringList{about ? wordOf(*about) : row.text("about"),
                           nameKey(row.text("creator")),
                           nameKey(row.text("brand")),
                           nameKey(row.text("campaign")),
                           row.text("due_date"),
                           row.text("note")}
            .join(QChar(31));
    }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto id = row.count("id");
        const auto about = row.word<FollowupAbout>("about");
        const auto due = row.date("due_date");
        const auto done = row.boolean("done");
        if (id && *id < 1)
            row.error("id", tr("a follow-up's id is a whole number from 1 (leave it empty for a new follow-up)"));
        if (row.failed() || !about || !due)
            return Outcome::Failed;
        FollowupInput in;
        in.about = *about;
        in.due = *due;
        in.note = row.text("note");
        const auto record = recordOf(row, tx, *about);
        if (!record)
            return Outcome::Failed;
        in.recordId = *record;
        if (row.has("manager")) {
            auto manager = ManagerService::idForName(tx, row.text("manager"));
            if (!manager) {
                row.error("manager", manager.error());
                return Outcome::Failed;
            }
            in.managerId = manager.value();
        }

        auto stored = find(row, tx, id, in);
        if (!stored)
            return Outcome::Failed;
        if (!stored->first) {
            in.doneOn = done.value_or(false) ? Clock::today() : QDate();
            auto added = m_followups.insert(tx, in);
            if (!added) {
                row.refused(added.failure());
                return Outcome::Failed;
            }
            // A workspace moved by export and import keeps its follow-ups' ids, so importing the
            // same file again finds them instead of adding them twice.
            if (id && *id != added.value()) {
                auto q =
                    sql::run(tx.db(), QStringLiteral("UPDATE followups SET id = ? WHERE id = ?"), {*id, added.value()});
                Status moved = q ? sql::idsFollow(tx.db(), "followups") : Status(fail(q.error()));
                if (!moved) {
                    row.refused(moved.failure());
                    return Outcome::Failed;
                }
            }
            return Outcome::Added;
        }
        const FollowupInput &before = stored->second;
        if (before.about != in.about || before.recordId != in.recordId) {
            row.error("id", tr("follow-up %1 is about a %2, not this row's %3; an import never moves a follow-up "
                               "(leave id empty to add a new one)")
                                .arg(stored->first)
                                .arg(wordOf(before.about), wordOf(in.about)));
            return Outcome::Failed;
        }
        // Cells left empty keep what is stored.
        if (!row.has("manager"))
            in.managerId = before.managerId;
        if (!done)
            in.doneOn = before.doneOn;
        else if (*done)
            in.doneOn = before.doneOn.isValid() ? before.doneOn : Clock::today();
        const bool same = before.due == in.due && before.note == in.note && before.managerId == in.managerId &&
                          before.doneOn == in.doneOn;
        if (same)
            return Outcome::Unchanged;
        if (Status s = m_followups.change(tx, stored->first, in); !s) {
            row.refused(s.failure());
            return Outcome::Failed;
        }
        return Outcome::Updated;
    }

private:
    // The record the row's names point at, by `about`; names of other records must be empty, except
    // that a campaign's or deal's row may repeat the campaign's own brand.
    std::optional<qint64> recordOf(ImportRow &row, Transaction &tx, FollowupAbout about)
    {
        const char *needed[2] = {nullptr, nullptr};
        switch (about) {
        case FollowupAbout::Creator:
            needed[0] = "creator";
            break;
        case FollowupAbout::Brand:
            needed[0] = "brand";
            break;
        case FollowupAbout::Campaign:
            needed[0] = "campaign";
            break;
        case FollowupAbout::Participant:
            needed[0] = "campaign";
            needed[1] = "creator";
            break;
        }
        for (const char *column : needed)
            if (column && !row.has(column))
                row.error(column, tr("a follow-up about a %1 names its %2").arg(wordOf(about), QLatin1String(column)));
        const bool campaignBrand = about == FollowupAbout::Campaign || about == FollowupAbout::Participant;
        for (const char *column : {"creator", "brand", "campaign"}) {
            const bool used = qstrcmp(column, needed[0]) == 0 || (needed[1] && qstrcmp(column, needed[1]) == 0);
            if (!used && row.has(column) && !(campaignBrand && qstrcmp(column, "brand") == 0))
                row.error(column, tr("a follow-up about a %1 names only its %2: leave %3 empty")
                                      .arg(wordOf(about),
                                           about == FollowupAbout::Participant ? tr("campaign and creator")
                                                                               : QLatin1String(needed[0]),
                                           QLatin1String(column)));
        }
        if (row.failed())
            return std::nullopt;
        if (campaignBrand && row.has("brand") && !brandOfCampaignIs(row, tx))
            return std::nullopt;
        switch (about) {
        case FollowupAbout::Creator:
            return idByName(row, tx, "creator", m_creators, QStringLiteral("creators"));
        case FollowupAbout::Brand:
            return idByName(row, tx, "brand", m_brands, QStringLiteral("brands"));
        case FollowupAbout::Campaign:
            return idByName(row, tx, "campaign", m_campaigns, QStringLiteral("campaigns"));
        case FollowupAbout::Participant:
            break;
        }
        const auto participant = m_participants.find(row, tx);
        return participant ? std::optional<qint64>(participant->id) : std::nullopt;
    }

    // Remembers answers by name key: a file names the same few records on many rows.
    std::optional<qint64> idByName(ImportRow &row, Transaction &tx, const char *column, QHash<QString, qint64> &cache,
                                   const QString &table)
    {
        const QString key = nameKey(row.text(column));
        auto known = cache.constFind(key);
        if (known == cache.constEnd()) {
            // `table` is one of three literals above, never text from the file.
            auto id = sql::scalar(tx.db(), QStringLiteral("SELECT id FROM %1 WHERE name_key = ?").arg(table), {key});
            if (!id) {
                row.refused(id.failure());
                return std::nullopt;
            }
            known = cache.insert(key, id->isValid() ? id->toLongLong() : 0);
        }
        if (*known)
            return *known;
        row.error(column,
                  tr("unknown %1 '%2': import %3.csv first").arg(QLatin1String(column), row.text(column), table));
        return std::nullopt;
    }

    bool brandOfCampaignIs(ImportRow &row, Transaction &tx)
    {
        auto brand = sql::scalar(tx.db(),
                                 QStringLiteral("SELECT b.name FROM campaigns c JOIN brands b ON b.id = c.brand_id "
                                                "WHERE c.name_key = ?"),
                                 {nameKey(row.text("campaign"))});
        if (!brand) {
            row.refused(brand.failure());
            return false;
        }
        if (!brand->isValid())
            return true; // the unknown campaign is reported by the lookup that follows
        if (nameKey(brand->toString()) == nameKey(row.text("brand")))
            return true;
        row.error("brand", tr("'%1' is not the brand of the campaign %2 (%3 is): a follow-up about a campaign or a "
                              "deal is on the campaign's own brand")
                               .arg(row.text("brand"), row.text("campaign"), brand->toString()));
        return false;
    }

    // The stored follow-up the row names (by id, else by its record, due date and note) with its id,
    // or id 0 for a new row; nothing after recording an error.
    std::optional<std::pair<qint64, FollowupInput>> find(ImportRow &row, Transaction &tx,
                                                         const std::optional<qint64> &id, const FollowupInput &in)
    {
        if (id) {
            auto q = sql::run(tx.db(),
                              QStringLiteral("SELECT creator_id, brand_id, campaign_id, participant_id, due_date, "
                                             "note, done_on, manager_id FROM followups WHERE id = ?"),
                              {*id});
            if (!q) {
                row.refused(q.failure());
                return std::nullopt;
            }
            if (!q->next())
                return std::pair{qint64(0), FollowupInput{}};
            FollowupInput f;
            // The four record columns follow FollowupAbout's order; exactly one is set.
            for (int i = 0; i < 4; ++i)
                if (!q->isNull(i)) {
                    f.about = FollowupAbout(i);
                    f.recordId = q->value(i).toLongLong();
                }
            f.due = dateFromSql(q->value(4));
            f.note = q->value(5).toString();
            f.doneOn = dateFromSql(q->value(6));
            if (!q->isNull(7))
                f.managerId = q->value(7).toLongLong();
            return std::pair{*id, f};
        }
        FollowupFilter filter;
        filter.about = in.about;
        filter.recordId = in.recordId;
        auto list = FollowupService::list(tx.db(), filter);
        if (!list) {
            row.refused(list.failure());
            return std::nullopt;
        }
        for (const Followup &f : list.value())
            if (f.input.due == in.due && f.input.note == in.note.trimmed())
                return std::pair{f.id, f.input};
        return std::pair{qint64(0), FollowupInput{}};
    }

    FollowupService m_followups;
    ParticipantLookup m_participants;
    QHash<QString, qint64> m_creators, m_brands, m_campaigns;
};

} // namespace

std::unique_ptr<KindImporter> makeFollowupImporter(Workspace &ws)
{
    return std::make_unique<FollowupImporter>(ws);
}

} // namespace cd

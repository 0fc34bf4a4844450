#include "TestSupport.h"

#include "desk/Calendar.h"
#include "desk/Managers.h"
#include "interchange/Importer.h"
#include "storage/SettingKeys.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

using namespace cd;
using cd::test::TempDir;

namespace {

// A small RFC 5545 reader, written from the RFC rather than from the writer: checks the physical
// lines, unfolds, splits each content line into name (with parameters) and value, and unescapes
// TEXT values.
struct Ics
{
    using Properties = QHash<QString, QString>; // "DTSTART;VALUE=DATE" -> value as written
    Properties calendar;
    QList<Properties> events;
    QList<QByteArray> physical; // the lines as written, without CRLF

    explicit Ics(const QByteArray &bytes)
    {
        REQUIRE(bytes.endsWith("\r\n"));
        // CRLF everywhere: every LF follows a CR and every CR precedes an LF.
        CHECK(bytes.count('\n') == bytes.count("\r\n"));
        CHECK(bytes.count('\r') == bytes.count("\r\n"));
        physical = bytes.split('\n');
        physical.removeLast(); // after the last line end
        QStringList logical;
        for (QByteArray line : physical) {
            line.chop(1); // the CR
            INFO(line.toStdString());
            CHECK(line.size() <= 75);
            // Each physical line is whole UTF-8: folding never splits a character.
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8(line);
            CHECK_FALSE(utf8.hasError());
            if (line.startsWith(' ') || line.startsWith('\t')) {
                REQUIRE_FALSE(logical.isEmpty());
                logical.last() += text.mid(1);
            } else {
                logical << text;
            }
        }
        Properties *current = &calendar;
        for (const QString &line : std::as_const(logical)) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            REQUIRE(colon > 0);
            const QString name = line.left(colon), value = line.mid(colon + 1);
            if (name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) {
                events << Properties();
                current = &events.last();
            } else if (name == QLatin1String("END") && value == QLatin1String("VEVENT")) {
                current = &calendar;
            } else {
                INFO(line.toStdString());
                CHECK_FALSE(current->contains(name)); // each property once per component here
                current->insert(name, value);
            }
        }
    }

    static QString unescape(const QString &value)
    {
        QString out;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) != QLatin1Char('\\') || i + 1 == value.size()) {
                out += value.at(i);
                continue;
            }
            const QChar next = value.at(++i);
            out += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : next;
        }
        return out;
    }

    const Properties &event(const QString &uidStart) const
    {
        for (const Properties &e : events)
            if (e.value(QStringLiteral("UID")).startsWith(uidStart + QLatin1Char('@')))
                return e;
        FAIL("no event " << uidStart.toStdString());
        return events.first();
    }
    QString text(const QString &uidStart, const char *property) const
    {
        return unescape(event(uidStart).value(QLatin1String(property)));
    }
    QStringList uids() const
    {
        QStringList out;
        for (const Properties &e : events)
            out << e.value(QStringLiteral("UID"));
        return out;
    }
};

void import(Workspace &ws, const TempDir &dir, const QString &kind, const QByteArray &csv)
{
    const ImportReport report = importCsv(ws, kind, test::writeFile(dir, kind + QStringLiteral(".csv"), csv));
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
}

qint64 idOf(Workspace &ws, const QString &statement)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, statement);
    REQUIRE(v.ok());
    REQUIRE(v->isValid());
    return v->toLongLong();
}

// Two creators with two managers in two campaigns, with every kind of event and every record
// that must not give one: a declined deal, a deliverable without a date, a paid payment, a done
// follow-up.
struct DeskWorkspace
{
    TempDir dir;
    test::PinnedClock clock;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("desk.collabdesk")));
    QString uuid;

    DeskWorkspace()
    {
        for (const auto &[key, value] :
             {std::pair{"perspective", "agency"}, std::pair{"company_name", "PT Bintang Talenta"},
              std::pair{"company_npwp", "01.234.567.8-901.000"}})
            REQUIRE(settings::setByName(*ws, *findSettingKey(QString::fromLatin1(key)), QLatin1String(value)).ok());
        import(*ws, dir, QStringLiteral("brands"), "name\nTeh Segar\nKopi Kita\n");
        import(*ws, dir, QStringLiteral("creators"),
               "name,platform,handle,manager,tax_type,npwp\n"
               "Rina Wijaya,tiktok,rina,Dewi Lestari,person,0123456789012345\n"
               "Budi Santoso,instagram,budi,Andi Pratama,person,\n");
        import(*ws, dir, QStringLiteral("campaigns"),
               "name,brand,status,start_date,end_date,currency\n"
               "Summer Launch,Teh Segar,active,2026-11-01,2026-12-31,IDR\n"
               "Kopi Pagi,Kopi Kita,active,2026-11-01,2026-12-31,IDR\n");
        import(*ws, dir, QStringLiteral("participants"),
               "campaign,creator,fee,status\n"
               "Summer Launch,Rina Wijaya,10000000,confirmed\n"
               "Summer Launch,Budi Santoso,5000000,declined\n"
               "Kopi Pagi,Budi Santoso,12000000,confirmed\n");
        import(*ws, dir, QStringLiteral("deliverables"),
               "campaign,creator,platform,title,format,due_date,status,post_url,posted_at\n"
               "Summer Launch,Rina Wijaya,tiktok,Unboxing,video,2026-12-01,planned,,\n"
               "Summer Launch,Rina Wijaya,tiktok,Teaser,short,2026-11-20,posted,"
               "https://www.tiktok.com/@rina/video/7301,2026-11-21\n"
               "Summer Launch,Budi Santoso,instagram,Declined reel,reel,2026-12-05,planned,,\n"
               "Kopi Pagi,Budi Santoso,instagram,Morning reel,reel,2026-12-10,approved,,\n"
               "Kopi Pagi,Budi Santoso,instagram,Someday,post,,planned,,\n");
        import(*ws, dir, QStringLiteral("payments"),
               "campaign,creator,kind,direction,amount,due_date,paid_date\n"
               "Summer Launch,Rina Wijaya,fee,payable,10000000,2026-12-15,\n"
               "Summer Launch,Rina Wijaya,deposit,payable,2000000,2026-11-10,2026-11-10\n"
               "Kopi Pagi,Budi Santoso,fee,receivable,12000000,2026-12-20,\n"
               "Kopi Pagi,Budi Santoso,reimbursement,payable,150000,,\n");
        import(*ws, dir, QStringLiteral("followups"),
               "about,creator,brand,campaign,due_date,note,done,manager\n"
               "creator,Rina Wijaya,,,2026-11-25,\"Ask for the rate card, 2027; reels\nand stories\",no,\n"
               "brand,,Teh Segar,,2026-11-26,Send the proposal,yes,\n"
               "participant,Budi Santoso,,Kopi Pagi,2026-11-27,Confirm the posting time,,\n"
               "campaign,,,Summer Launch,2026-11-28,Review the brief,,Andi Pratama\n");
        QSqlDatabase db = ws->db();
        uuid = settings::value(db, QStringLiteral("workspace_id"));
        REQUIRE(uuid.size() == 36);
    }

    Ics export_(qint64 managerId = 0)
    {
        QSqlDatabase db = ws->db();
        auto ics =
            calendarIcs(db, managerId, QDateTime(QDate(2026, 11, 23), QTime(16, 30), Qt::OffsetFromUTC, 7 * 3600));
        INFO(ics.error().toStdString());
        REQUIRE(ics.ok());
        return Ics(ics.value());
    }
    qint64 deliverable(const char *title)
    {
        return idOf(*ws, QStringLiteral("SELECT id FROM deliverables WHERE title = '%1'").arg(QLatin1String(title)));
    }
    qint64 payment(const char *kind, const char *direction)
    {
        return idOf(*ws, QStringLiteral("SELECT id FROM payments WHERE kind = '%1' AND direction = '%2'")
                             .arg(QLatin1String(kind), QLatin1String(direction)));
    }
    qint64 followup(const char *note)
    {
        return idOf(*ws, QStringLiteral("SELECT id FROM followups WHERE note LIKE '%1%'").arg(QLatin1String(note)));
    }
    qint64 manager(const char *name)
    {
        QSqlDatabase db = ws->db();
        const auto id = ManagerService::findByName(db, QLatin1String(name));
        REQUIRE(id);
        return *id;
    }
};

} // namespace

TEST_CASE("the calendar has one all-day event per due date, posting day, open payment and open follow-up")
{
    DeskWorkspace desk;
    const Ics ics = desk.export_();
    CHECK(ics.calendar.value(QStringLiteral("BEGIN")) == QStringLiteral("VCALENDAR"));
    CHECK(ics.calendar.value(QStringLiteral("END")) == QStringLiteral("VCALENDAR"));
    CHECK(ics.calendar.value(QStringLiteral("VERSION")) == QStringLiteral("2.0"));
    CHECK(ics.calendar.value(QStringLiteral("CALSCALE")) == QStringLiteral("GREGORIAN"));
    CHECK(ics.calendar.value(QStringLiteral("METHOD")) == QStringLiteral("PUBLISH"));
    CHECK(ics.calendar.value(QStringLiteral("PRODID")).contains(QLatin1String("CollabDesk")));
    CHECK(ics.calendar.value(QStringLiteral("X-WR-CALNAME")) == QStringLiteral("PT Bintang Talenta"));
    CHECK(ics.physical.first() == "BEGIN:VCALENDAR\r");

    const QString unboxing = QStringLiteral("deliverable-%1-due").arg(desk.deliverable("Unboxing"));
    const QString morning = QStringLiteral("deliverable-%1-due").arg(desk.deliverable("Morning reel"));
    const QString teaser = QStringLiteral("deliverable-%1-posted").arg(desk.deliverable("Teaser"));
    const QString fee = QStringLiteral("payment-%1-due").arg(desk.payment("fee", "payable"));
    const QString owed = QStringLiteral("payment-%1-due").arg(desk.payment("fee", "receivable"));
    const QString rateCard = QStringLiteral("followup-%1-due").arg(desk.followup("Ask for"));
    const QString posting = QStringLiteral("followup-%1-due").arg(desk.followup("Confirm"));
    const QString brief = QStringLiteral("followup-%1-due").arg(desk.followup("Review"));
    // Sorted by day. Left out: the declined deal's reel, the undated post, the paid deposit, the
    // undated reimbursement, the done follow-up.
    QStringList expected{teaser, rateCard, posting, brief, unboxing, morning, fee, owed};
    for (QString &uid : expected)
        uid += QLatin1Char('@') + desk.uuid;
    CHECK(ics.uids() == expected);

    const std::tuple<QString, const char *, const char *, QString> events[] = {
        {teaser, "20261121", "20261122", QStringLiteral("Posted: TikTok short — Rina Wijaya (Summer Launch)")},
        {rateCard, "20261125", "20261126",
         QStringLiteral("Follow up: Ask for the rate card, 2027; reels … — Rina Wijaya")},
        {posting, "20261127", "20261128",
         QStringLiteral("Follow up: Confirm the posting time — Budi Santoso in Kopi Pagi")},
        {brief, "20261128", "20261129", QStringLiteral("Follow up: Review the brief — Summer Launch (Teh Segar)")},
        {unboxing, "20261201", "20261202", QStringLiteral("Due: TikTok video — Rina Wijaya (Summer Launch)")},
        {morning, "20261210", "20261211", QStringLiteral("Due: Instagram reel — Budi Santoso (Kopi Pagi)")},
        // PPh 21 with NPWP: 5% of half of Rp10,000,000 is withheld.
        {fee, "20261215", "20261216", QStringLiteral("Pay Rina Wijaya Rp9.750.000")},
        // The brand withholds PPh 23 (2%, the agency has an NPWP).
        {owed, "20261220", "20261221", QStringLiteral("Kopi Kita owes Rp11.760.000")},
    };
    for (const auto &[uid, start, end, summary] : events) {
        INFO(uid.toStdString());
        const auto &e = ics.event(uid);
        CHECK(e.value(QStringLiteral("DTSTART;VALUE=DATE")) == QLatin1String(start));
        CHECK(e.value(QStringLiteral("DTEND;VALUE=DATE")) == QLatin1String(end));
        CHECK(e.value(QStringLiteral("DTSTAMP")) == QStringLiteral("20261123T093000Z")); // 16:30 at UTC+7
        CHECK(e.value(QStringLiteral("TRANSP")) == QStringLiteral("TRANSPARENT"));
        CHECK(ics.text(uid, "SUMMARY") == summary);
    }
    CHECK(ics.text(unboxing, "DESCRIPTION") ==
          QStringLiteral("“Unboxing” by Rina Wijaya for Teh Segar, campaign Summer Launch.\nStatus: Planned."));
    CHECK(ics.text(teaser, "DESCRIPTION").endsWith(QLatin1String("\nhttps://www.tiktok.com/@rina/video/7301")));
    CHECK(ics.text(fee, "DESCRIPTION") ==
          QStringLiteral("Fee to Rina Wijaya for Summer Launch (Teh Segar).\n"
                         "Gross Rp10.000.000, withheld Rp250.000 (PPh 21), net Rp9.750.000."));
    CHECK(ics.text(owed, "DESCRIPTION") ==
          QStringLiteral("Fee from Kopi Kita for Kopi Pagi by Budi Santoso.\n"
                         "Gross Rp12.000.000, withheld Rp240.000 (PPh 23), net Rp11.760.000."));
    CHECK(ics.text(brief, "DESCRIPTION") ==
          QStringLiteral("Review the brief\nAbout the campaign Summer Launch (Teh Segar).\nManager: Andi Pratama."));
}

TEST_CASE("a cancelled campaign's content leaves the calendar as it leaves Today and its money stays")
{
    DeskWorkspace desk;
    const QString morning =
        QStringLiteral("deliverable-%1-due@%2").arg(desk.deliverable("Morning reel")).arg(desk.uuid);
    const QString owed = QStringLiteral("payment-%1-due@%2").arg(desk.payment("fee", "receivable")).arg(desk.uuid);
    CHECK(desk.export_().uids().contains(morning));
    test::exec(*desk.ws, QStringLiteral("UPDATE campaigns SET status = 'cancelled' WHERE name = 'Kopi Pagi'"));
    const QStringList uids = desk.export_().uids();
    CHECK_FALSE(uids.contains(morning));
    CHECK(uids.contains(owed)); // what the brand still owes is still due
}

TEST_CASE("the calendar escapes commas, semicolons, backslashes and line breaks in text")
{
    DeskWorkspace desk;
    const Ics ics = desk.export_();
    const QString uid = QStringLiteral("followup-%1-due").arg(desk.followup("Ask for"));
    // As written: each special character escaped, the note's line break as \n.
    const QString raw = ics.event(uid).value(QStringLiteral("DESCRIPTION"));
    CHECK(raw.startsWith(QLatin1String("Ask for the rate card\\, 2027\\; reels\\nand stories\\nAbout the creator")));
    CHECK(ics.text(uid, "DESCRIPTION") ==
          QStringLiteral("Ask for the rate card, 2027; reels\nand stories\nAbout the creator Rina Wijaya."));
    CHECK(ics::escapeText(QStringLiteral("C:\\path; a,b\r\nc\rd\te\x01")) ==
          QByteArray("C:\\\\path\\; a\\,b\\nc\\nd\te"));
}

TEST_CASE("the calendar folds long lines at 75 octets without splitting a character")
{
    DeskWorkspace desk;
    const QString note =
        QStringLiteral("Tanyakan jadwal unggah konten Ramadan 🌙✨ untuk kampanye “Segar Sepanjang Hari” — "
                       "pastikan caption memakai #TehSegar dan menyebut @tehsegar.id 🙏🏽 ke-2");
    test::exec(*desk.ws, QStringLiteral("UPDATE followups SET note = '%1' WHERE note = 'Review the brief'").arg(note));
    const Ics ics = desk.export_(); // the reader checks every line's length and UTF-8
    const QString uid = QStringLiteral("followup-%1-due").arg(desk.followup("Tanyakan"));
    CHECK(ics.text(uid, "SUMMARY") ==
          QStringLiteral("Follow up: ") + note + QStringLiteral(" — Summer Launch (Teh Segar)"));
    const QByteArray summary = "SUMMARY:" + ics.event(uid).value(QStringLiteral("SUMMARY")).toUtf8();
    CHECK(summary.size() > 2 * 75); // three lines at least
    qsizetype at = 0;
    while (at < ics.physical.size() && !ics.physical.at(at).startsWith("SUMMARY:Follow up: Tanyakan"))
        ++at;
    REQUIRE(at + 2 < ics.physical.size());
    CHECK(ics.physical.at(at).size() == 75 + 1); // 75 octets (the cut falls between ASCII letters) and the CR
    CHECK(ics.physical.at(at + 1).startsWith(' '));
    CHECK(ics.physical.at(at + 2).startsWith(' '));

    // Exactly 75 octets stay on one line; 76 make two; a 4-byte emoji that would straddle the
    // 75th octet moves whole to the next line.
    const QByteArray a75(75, 'a');
    CHECK(ics::foldLine(a75) == a75 + "\r\n");
    CHECK(ics::foldLine(a75 + 'b') == a75 + "\r\n b\r\n");
    const QByteArray emoji = QStringLiteral("🌙").toUtf8();
    REQUIRE(emoji.size() == 4);
    const QByteArray straddling = QByteArray(73, 'a') + emoji + "zz";
    CHECK(ics::foldLine(straddling) == QByteArray(73, 'a') + "\r\n " + emoji + "zz\r\n");
    // A continuation holds 74 octets after its space.
    const QByteArray long_(75 + 74 + 1, 'x');
    CHECK(ics::foldLine(long_) == QByteArray(75, 'x') + "\r\n " + QByteArray(74, 'x') + "\r\n x\r\n");
}

TEST_CASE("re-exporting after edits keeps every event's UID and changes the events")
{
    DeskWorkspace desk;
    const Ics before = desk.export_();
    const QString unboxing = QStringLiteral("deliverable-%1-due").arg(desk.deliverable("Unboxing"));
    const QString fee = QStringLiteral("payment-%1-due").arg(desk.payment("fee", "payable"));
    const QStringList uidsBefore = before.uids();
    CHECK(QSet<QString>(uidsBefore.cbegin(), uidsBefore.cend()).size() == uidsBefore.size());

    test::exec(*desk.ws, QStringLiteral("UPDATE deliverables SET due_date = '2026-12-03', format = 'story' "
                                        "WHERE title = 'Unboxing'"));
    test::exec(*desk.ws, QStringLiteral("UPDATE payments SET amount_minor = 11000000 WHERE kind = 'fee' AND "
                                        "direction = 'payable'"));
    const Ics after = desk.export_();
    const QStringList uidsAfter = after.uids();
    CHECK(QSet<QString>(uidsAfter.cbegin(), uidsAfter.cend()) == QSet<QString>(uidsBefore.cbegin(), uidsBefore.cend()));
    CHECK(after.event(unboxing).value(QStringLiteral("DTSTART;VALUE=DATE")) == QStringLiteral("20261203"));
    CHECK(after.text(unboxing, "SUMMARY") == QStringLiteral("Due: TikTok story — Rina Wijaya (Summer Launch)"));
    // Rp11,000,000 - 5% of Rp5,500,000.
    CHECK(after.text(fee, "SUMMARY") == QStringLiteral("Pay Rina Wijaya Rp10.725.000"));

    // Posting the deliverable turns its due event into a posting event (another UID); paying the
    // fee and finishing a follow-up remove theirs.
    test::exec(*desk.ws, QStringLiteral("UPDATE deliverables SET status = 'posted', post_url = 'https://www.tiktok.com/"
                                        "@rina/video/7302', posted_at = '2026-12-02' WHERE title = 'Unboxing'"));
    test::exec(*desk.ws, QStringLiteral("UPDATE payments SET paid_date = '2026-11-23' WHERE amount_minor = 11000000"));
    test::exec(*desk.ws, QStringLiteral("UPDATE followups SET done_on = '2026-11-23' WHERE note LIKE 'Confirm%'"));
    const QStringList uids = desk.export_().uids();
    CHECK(uids.size() == uidsBefore.size() - 2);
    CHECK_FALSE(uids.contains(unboxing + QLatin1Char('@') + desk.uuid));
    CHECK(uids.contains(QStringLiteral("deliverable-%1-posted@").arg(desk.deliverable("Unboxing")) + desk.uuid));
    CHECK_FALSE(uids.contains(fee + QLatin1Char('@') + desk.uuid));
}

TEST_CASE("the calendar of one manager holds only their creators' events")
{
    DeskWorkspace desk;
    const QString tail = QLatin1Char('@') + desk.uuid;
    const Ics dewi = desk.export_(desk.manager("Dewi Lestari"));
    CHECK(dewi.calendar.value(QStringLiteral("X-WR-CALNAME")) == QStringLiteral("PT Bintang Talenta — Dewi Lestari"));
    CHECK(dewi.uids() == QStringList{QStringLiteral("deliverable-%1-posted").arg(desk.deliverable("Teaser")) + tail,
                                     QStringLiteral("followup-%1-due").arg(desk.followup("Ask for")) + tail,
                                     QStringLiteral("deliverable-%1-due").arg(desk.deliverable("Unboxing")) + tail,
                                     QStringLiteral("payment-%1-due").arg(desk.payment("fee", "payable")) + tail});
    // Andi manages Budi and was given the campaign's follow-up.
    const Ics andi = desk.export_(desk.manager("Andi Pratama"));
    CHECK(andi.uids() == QStringList{QStringLiteral("followup-%1-due").arg(desk.followup("Confirm")) + tail,
                                     QStringLiteral("followup-%1-due").arg(desk.followup("Review")) + tail,
                                     QStringLiteral("deliverable-%1-due").arg(desk.deliverable("Morning reel")) + tail,
                                     QStringLiteral("payment-%1-due").arg(desk.payment("fee", "receivable")) + tail});
    // A manager with no creators gets an empty, valid calendar.
    test::exec(*desk.ws, QStringLiteral("INSERT INTO managers (name, name_key, created_at, updated_at) "
                                        "VALUES ('Nur', 'nur', '2026-11-23', '2026-11-23')"));
    const Ics nur = desk.export_(desk.manager("Nur"));
    CHECK(nur.events.isEmpty());
    CHECK(nur.calendar.value(QStringLiteral("END")) == QStringLiteral("VCALENDAR"));
}

TEST_CASE("the calendar is named CollabDesk without a company and needs the workspace id")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("empty.collabdesk")));
    QSqlDatabase db = ws->db();
    auto ics = calendarIcs(db, 0, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    REQUIRE(ics.ok());
    CHECK(ics.value() == QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CollabDesk//CollabDesk//EN\r\n"
                                    "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:CollabDesk\r\n"
                                    "END:VCALENDAR\r\n"));
    test::exec(*ws, QStringLiteral("DELETE FROM settings WHERE key = 'workspace_id'"));
    auto refused = calendarIcs(db, 0, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("no id")));
}

TEST_CASE("the calendar file is written whole and never over the workspace", "[file]")
{
    DeskWorkspace desk;
    const QString out = desk.dir.path(QStringLiteral("desk.ics"));
    auto events = writeCalendarFile(*desk.ws, 0, out);
    REQUIRE(events.ok());
    CHECK(events.value() == 8);
    CHECK(Ics(test::fileBytes(out)).events.size() == 8);
    CHECK(QFile::permissions(out) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const QString db = desk.ws->path();
    // The fixture's imports fold their log into the file on a thread of their own: under the
    // sanitizers that copy can still be writing when the bytes are read.
    (void)desk.ws->waitForCheckpoint();
    const QByteArray before = test::fileBytes(db);
    REQUIRE(QFile::link(db, desk.dir.path(QStringLiteral("link.ics"))));
    REQUIRE(QDir().mkdir(desk.dir.path(QStringLiteral("sub"))));
    for (const QString &path :
         {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
          desk.dir.path(QStringLiteral("./sub/../desk.collabdesk")), desk.dir.path(QStringLiteral("link.ics"))}) {
        INFO(path.toStdString());
        auto refused = writeCalendarFile(*desk.ws, 0, path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QLatin1String("workspace itself")));
    }
    CHECK(test::fileBytes(db) == before);
    CHECK_FALSE(writeCalendarFile(*desk.ws, 0, desk.dir.path(QStringLiteral("missing/folder/x.ics"))).ok());
}

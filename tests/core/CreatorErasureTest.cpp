#include "TestSupport.h"

#include "analytics/CampaignKpis.h"
#include "interchange/Importer.h"
#include "services/CreatorErasure.h"
#include "services/CreatorService.h"
#include "storage/Sql.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using test::TempDir;

namespace {
// Rina Wijaya, with every kind of personal data the workspace keeps, beside Budi Santoso, who
// stays as he is. Both take part in "Ramadan Glow"; Rina posted on TikTok under her handle.
void fill(Workspace &ws, const TempDir &dir)
{
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("brands"), "name\nTeh Segar\n"},
        {QStringLiteral("creators"),
         "name,platform,handle,followers,niche,country,email,phone,tags,notes,tax_type,npwp\n"
         "Rina Wijaya,instagram,rina.eats,125000,food,ID,rina.w@example.com,+62 812 5555 0101,food;halal,"
         "Rina Wijaya prefers WhatsApp,person,0123456789012345\n"
         "Rina Wijaya,tiktok,RinaEats,310000,,,,,,,,\n"
         "Budi Santoso,youtube,budicooks,54000,food,ID,budi@example.com,,,,person,\n"},
        {QStringLiteral("campaigns"),
         "name,brand,status,start_date,end_date,budget,currency,platforms,kpi_views\n"
         "Ramadan Glow,Teh Segar,active,2026-03-01,2026-03-31,150000000,IDR,instagram;tiktok;youtube,500000\n"},
        {QStringLiteral("participants"), "campaign,creator,fee,currency,status\n"
                                         "Ramadan Glow,Rina Wijaya,15000000,IDR,confirmed\n"
                                         "Ramadan Glow,Budi Santoso,8000000,IDR,confirmed\n"},
        {QStringLiteral("deliverables"), "campaign,creator,platform,title,due_date,status\n"
                                         "Ramadan Glow,Rina Wijaya,instagram,Rina Wijaya buka puasa reel,2026-03-12,"
                                         "approved\n"
                                         "Ramadan Glow,Budi Santoso,youtube,Budi Santoso recipe video,2026-03-14,"
                                         "approved\n"},
        {QStringLiteral("post_metrics"),
         "campaign,creator,platform,post_url,posted_at,date,views,likes,comments,caption\n"
         "Ramadan Glow,Rina Wijaya,tiktok,https://www.tiktok.com/@RinaEats/video/7300000000000000001,2026-03-10,"
         "2026-03-12,90000,4000,300,Buka puasa with @rina.eats #TehSegar\n"
         "Ramadan Glow,Budi Santoso,youtube,https://www.youtube.com/watch?v=budi1,2026-03-11,2026-03-12,40000,"
         "1200,80,Resep by budicooks\n"},
        {QStringLiteral("payments"), "campaign,creator,kind,amount,currency,due_date,notes\n"
                                     "Ramadan Glow,Rina Wijaya,fee,10000000,IDR,2026-04-01,"
                                     "transfer to Rina Wijaya (rina.w@example.com)\n"},
    };
    for (const auto &[kind, csv] : files) {
        const ImportReport report = importCsv(ws, kind, test::writeFile(dir, kind + QStringLiteral(".csv"), csv));
        INFO(kind.toStdString() << ": " << report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
    }
    const auto rina = QStringLiteral("(SELECT id FROM creators WHERE name = 'Rina Wijaya')");
    const auto rinaDeal = QStringLiteral("(SELECT id FROM participants WHERE creator_id = %1)").arg(rina);
    test::exec(ws, QStringLiteral("INSERT INTO audience_demographics (creator_id, dimension, bucket, share_bp) "
                                  "VALUES (%1, 'gender', 'female', 7200), (%1, 'country', 'ID', 9100)")
                       .arg(rina));
    test::exec(ws, QStringLiteral("INSERT INTO vetting_answers (creator_id, question, answer, score) "
                                  "VALUES (%1, 3, 'mostly women in Java', 5)")
                       .arg(rina));
    test::exec(ws,
               QStringLiteral("INSERT INTO attachments (creator_id, file_name, size_bytes, sha256, content, "
                              "added_at) VALUES (%1, 'ktp.png', 13, 'x', ?, "
                              "'2026-03-01T00:00:00Z')")
                   .arg(rina),
               {QByteArray("RINA-KTP-SCAN")});
    test::exec(ws, QStringLiteral("INSERT INTO followups (creator_id, due_date, note, created_at, updated_at) VALUES "
                                  "(%1, '2026-12-01', 'call Rina Wijaya about Lebaran', '2026-11-01', '2026-11-01')")
                       .arg(rina));
    test::exec(ws, QStringLiteral("INSERT INTO followups (participant_id, due_date, note, created_at, updated_at) "
                                  "VALUES (%1, '2026-12-02', 'send RinaEats the brief', '2026-11-01', '2026-11-01')")
                       .arg(rinaDeal));
}

QString text(Workspace &ws, const QString &sql)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, sql);
    REQUIRE(v.ok());
    return v->toString();
}

int count(Workspace &ws, const QString &sql)
{
    return text(ws, sql).toInt();
}

qint64 creatorId(Workspace &ws, const QString &name)
{
    const auto id = CreatorService(ws).findByName(name);
    REQUIRE(id.has_value());
    return *id;
}

// The KPI JSON without the per-creator rows (which carry the names).
QJsonObject kpisWithoutNames(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    auto kpis = campaignKpis(db, QStringLiteral("Ramadan Glow"), QDate(2026, 4, 30));
    REQUIRE(kpis.ok());
    QJsonObject j = kpisToJson(kpis.value());
    j.remove(QStringLiteral("creators"));
    return j;
}

// Every byte the workspace has on disk: the file and whatever lies beside it.
QByteArray bytesOnDisk(const QString &path)
{
    QByteArray all;
    QDirIterator it(QFileInfo(path).absolutePath(), {QFileInfo(path).fileName() + QLatin1Char('*')}, QDir::Files);
    while (it.hasNext())
        all += test::fileBytes(it.next());
    return all;
}
} // namespace

TEST_CASE("erasing a creator removes their personal data from the file for good and keeps the campaign numbers",
          "[file]")
{
    test::PinnedClock clock;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("agency.collabdesk"));
    auto ws = test::createWorkspace(path);
    fill(*ws, dir);
    const qint64 rina = creatorId(*ws, QStringLiteral("Rina Wijaya"));
    const QJsonObject kpisBefore = kpisWithoutNames(*ws);
    REQUIRE(kpisBefore[QStringLiteral("views")].toInteger() == 130000);

    QSqlDatabase db = ws->db();
    auto preview = previewErasure(db, rina);
    REQUIRE(preview.ok());
    CHECK(preview->name == QStringLiteral("Rina Wijaya"));
    CHECK(preview->label == QStringLiteral("Erased creator #%1").arg(rina));
    CHECK_FALSE(preview->nameKept); // nothing was withheld from her payment
    CHECK(preview->accounts == 2);
    CHECK(preview->details == 6); // email, phone, notes, niche, country, NPWP
    CHECK(preview->tags == 2);
    CHECK(preview->audienceRows == 2);
    CHECK(preview->vettingAnswers == 1);
    CHECK(preview->followups == 1);
    CHECK(preview->files == 1);
    // The deliverable's title, the post's URL and caption, the deal's follow-up, the payment's notes.
    CHECK(preview->textsChanged == 5);
    CHECK(preview->taxPayments == 0);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM erasures")) == 0); // a preview changes nothing

    REQUIRE(bytesOnDisk(path).contains("rina.w@example.com")); // what the search below must not find

    auto erased = eraseCreator(*ws, rina);
    REQUIRE(erased.ok());
    CHECK(erased->checkpointed);
    CHECK(erased->name.isEmpty());
    const QString label = erased->label;
    CHECK(text(*ws, QStringLiteral("SELECT name || '|' || email || '|' || phone || '|' || notes || '|' || niche || '|' "
                                   "|| country || '|' || npwp || '|' || status FROM creators WHERE id = %1")
                        .arg(rina)) == label + QStringLiteral("|||||||archived"));
    CHECK(text(*ws, QStringLiteral("SELECT group_concat(handle, ' ') FROM (SELECT handle FROM accounts WHERE "
                                   "creator_id = %1 ORDER BY id)")
                        .arg(rina)) == QStringLiteral("erased-1 erased-2"));
    for (const char *table : {"creator_tags", "audience_demographics", "vetting_answers", "followups", "rate_cards"})
        CHECK(
            count(
                *ws,
                QStringLiteral("SELECT count(*) FROM %1 WHERE creator_id = %2").arg(QLatin1String(table)).arg(rina)) ==
            0);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM attachments")) == 0);
    CHECK(text(*ws, QStringLiteral("SELECT title FROM deliverables WHERE platform = 'instagram'")) ==
          label + QStringLiteral(" buka puasa reel"));
    CHECK(text(*ws, QStringLiteral("SELECT url || ' ' || url_key FROM posts WHERE platform = 'tiktok'")) ==
          QStringLiteral("https://www.tiktok.com/@erased-2/video/7300000000000000001 "
                         "tiktok.com/@erased-2/video/7300000000000000001"));
    CHECK(text(*ws, QStringLiteral("SELECT caption FROM post_metric_snapshots WHERE views = 90000")) ==
          QStringLiteral("Buka puasa with @erased-1 #TehSegar"));
    CHECK(text(*ws, QStringLiteral("SELECT note FROM followups")) == QStringLiteral("send erased-2 the brief"));
    CHECK(text(*ws, QStringLiteral("SELECT notes FROM payments")) ==
          QStringLiteral("transfer to %1 ([erased])").arg(label));
    // The log says what happened and nothing personal.
    CHECK(text(*ws, QStringLiteral("SELECT creator_id || ' ' || label || ' ' || erased_at FROM erasures")) ==
          QStringLiteral("%1 %2 2026-11-23T09:00:00Z").arg(rina).arg(label));
    const QJsonObject removed =
        QJsonDocument::fromJson(text(*ws, QStringLiteral("SELECT removed FROM erasures")).toUtf8()).object();
    CHECK(removed[QStringLiteral("tags")].toInt() == 2);
    CHECK(removed[QStringLiteral("files")].toInt() == 1);
    // Budi, the campaign and its numbers are as they were.
    CHECK(text(*ws, QStringLiteral("SELECT c.name || ' ' || c.email || ' ' || a.handle FROM creators c JOIN accounts a "
                                   "ON a.creator_id = c.id WHERE c.id <> %1")
                        .arg(rina)) == QStringLiteral("Budi Santoso budi@example.com budicooks"));
    CHECK(text(*ws, QStringLiteral("SELECT caption FROM post_metric_snapshots WHERE views = 40000")) ==
          QStringLiteral("Resep by budicooks"));
    CHECK(kpisWithoutNames(*ws) == kpisBefore);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM participants")) == 2);

    // Not a byte of it is left on disk: deleted and rewritten space was overwritten, the log emptied.
    const QByteArray disk = bytesOnDisk(path);
    for (const char *personal : {"Wijaya", "rina.w@example.com", "5555 0101", "rina.eats", "RinaEats", "rinaeats",
                                 "mostly women in Java", "RINA-KTP-SCAN", "0123456789012345", "WhatsApp", "halal"})
        CHECK_FALSE(disk.contains(personal));
    CHECK(disk.contains("budicooks")); // the search would find what is there
    ws.reset();
    const QByteArray closed = bytesOnDisk(path);
    CHECK_FALSE(closed.contains("Wijaya"));
    CHECK_FALSE(closed.contains("rina.w@example.com"));
}

TEST_CASE("erasing a creator with tax withheld keeps the payee's name and NPWP and the payment whole")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("agency.collabdesk")));
    fill(*ws, dir);
    const qint64 rina = creatorId(*ws, QStringLiteral("Rina Wijaya"));
    test::exec(*ws, QStringLiteral("UPDATE payments SET paid_date = '2026-04-01', withheld_minor = 250000"));
    test::exec(*ws,
               QStringLiteral("INSERT INTO attachments (payment_id, file_name, size_bytes, sha256, content, "
                              "added_at) SELECT id, 'bukti-potong.pdf', 4, 'y', ?, "
                              "'2026-04-01T00:00:00Z' FROM payments"),
               {QByteArray("BPPU")});

    auto erased = eraseCreator(*ws, rina);
    REQUIRE(erased.ok());
    CHECK(erased->nameKept);
    CHECK(erased->taxPayments == 1);
    CHECK(erased->name == QStringLiteral("Rina Wijaya"));
    CHECK(text(*ws, QStringLiteral("SELECT name || '|' || npwp || '|' || tax_type || '|' || email || '|' || status "
                                   "FROM creators WHERE id = %1")
                        .arg(rina)) == QStringLiteral("Rina Wijaya|0123456789012345|person||archived"));
    // The payment is a tax record: its notes and its proof stay; the creator's own file goes.
    CHECK(text(*ws, QStringLiteral("SELECT notes FROM payments")) ==
          QStringLiteral("transfer to Rina Wijaya (rina.w@example.com)"));
    CHECK(text(*ws, QStringLiteral("SELECT group_concat(file_name) FROM attachments")) ==
          QStringLiteral("bukti-potong.pdf"));
    // The name stays, the handles and the contact details still go.
    CHECK(text(*ws, QStringLiteral("SELECT title FROM deliverables WHERE platform = 'instagram'")) ==
          QStringLiteral("Rina Wijaya buka puasa reel"));
    CHECK(text(*ws, QStringLiteral("SELECT note FROM followups")) == QStringLiteral("send erased-2 the brief"));
    const QStringList said = erased->describe(true);
    CHECK(said.first() == QStringLiteral("Erased the personal data of Rina Wijaya for good and archived them; their "
                                         "name and NPWP stay for the tax records."));
    CHECK(said.contains(QStringLiteral("Kept for 10 years as tax records (UU KUP): 1 payment with tax withheld, "
                                       "with their files.")));
    CHECK(QJsonDocument::fromJson(text(*ws, QStringLiteral("SELECT kept FROM erasures")).toUtf8())
              .object()[QStringLiteral("tax_payments")]
              .toInt() == 1);
}

TEST_CASE("erasing an unknown creator changes nothing and says so")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    auto erased = eraseCreator(*ws, 42);
    REQUIRE_FALSE(erased.ok());
    CHECK(erased.error() == QStringLiteral("nothing was erased: there is no creator with id 42"));
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM erasures")) == 0);
}

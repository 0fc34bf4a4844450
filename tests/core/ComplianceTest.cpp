#include "TestSupport.h"

#include "brief/Compliance.h"
#include "brief/Timeline.h"
#include "common/Dates.h"
#include "storage/Sql.h"

#include <QJsonObject>

using namespace cd;
using cd::test::TempDir;

TEST_CASE("a hashtag counts only as a whole tag, in any case")
{
    const QChar hash = QLatin1Char('#');
    CHECK(hasWholeTag(u"Buka puasa #TehSegar", hash, u"TehSegar"));
    CHECK(hasWholeTag(u"#tehsegar!", hash, u"TehSegar"));
    CHECK(hasWholeTag(u"(#TEHSEGAR)", hash, u"TehSegar"));
    CHECK(hasWholeTag(u"#TehSegar🌙 segar", hash, u"TehSegar"));
    CHECK(hasWholeTag(u"#TehSegarPromo then #TehSegar", hash, u"TehSegar")); // the second one counts
    CHECK_FALSE(hasWholeTag(u"#TehSegarPromo", hash, u"TehSegar"));
    CHECK_FALSE(hasWholeTag(u"#TehSegar_2026", hash, u"TehSegar"));
    CHECK_FALSE(hasWholeTag(u"#TehSegar2", hash, u"TehSegar"));
    CHECK_FALSE(hasWholeTag(u"#Kopiénak", hash, u"Kopi"));    // é is a letter
    CHECK_FALSE(hasWholeTag(u"TehSegar", hash, u"TehSegar")); // no '#'
    CHECK_FALSE(hasWholeTag(u"#Teh", hash, u"TehSegar"));
    CHECK(hasWholeTag(u"thanks @tehsegar.id", QLatin1Char('@'), u"tehsegar.id"));
    CHECK_FALSE(hasWholeTag(u"", hash, u"ad"));
}

namespace {
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    Fixture()
    {
        auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
    void exec(const QString &statement)
    {
        QSqlDatabase db = ws->db();
        INFO(statement.toStdString());
        REQUIRE(sql::run(db, statement).ok());
    }
    // Adds a deliverable of Rina's (participant 1) in Ramadan Refresh 2026.
    void deliverable(int id, const QString &platform, const QString &postedAt, const QString &caption)
    {
        exec(QStringLiteral("INSERT INTO deliverables (id, participant_id, platform, title, title_key, posted_at, "
                            "caption, created_at, updated_at) VALUES (%1, 1, '%2', 'D%1', 'd%1', %3, '%4', "
                            "'2026-01-01', '2026-01-01')")
                 .arg(id)
                 .arg(platform,
                      postedAt.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + postedAt + QLatin1Char('\''),
                      caption));
    }
    QList<DeliverableCompliance> check()
    {
        QSqlDatabase db = ws->db();
        auto r = briefCompliance(db, QStringLiteral("Ramadan Refresh 2026"));
        REQUIRE(r.ok());
        return r.value();
    }
    static const ComplianceRule *rule(const DeliverableCompliance &d, const char *name)
    {
        for (const ComplianceRule &r : d.rules)
            if (r.rule == QLatin1String(name))
                return &r;
        return nullptr;
    }
};
} // namespace

TEST_CASE("brief compliance checks each rule of the campaign's brief and says why")
{
    Fixture f;
    f.deliverable(10, QStringLiteral("tiktok"), QStringLiteral("2026-03-25"),
                  QStringLiteral("Sahur #tehsegar #SegarkanRamadanPromo #ad"));
    f.deliverable(11, QStringLiteral("youtube"), QStringLiteral("2026-03-26"), QString());
    f.deliverable(12, QStringLiteral("instagram"), QStringLiteral("2026-03-05"),
                  QStringLiteral("#TehSegar #SegarkanRamadan @TEHSEGAR.ID #iklan"));
    f.deliverable(13, QStringLiteral("instagram"), QString(), QString()); // nothing to check yet
    const QList<DeliverableCompliance> all = f.check();
    REQUIRE(all.size() == 4); // the fixture's Iftar reel and D10-D12
    CHECK(all[0].title == QStringLiteral("D10"));

    // The fixture's reel passes everything, disclosed with the campaign's own marker.
    const DeliverableCompliance &reel = all[3];
    CHECK(reel.title == QStringLiteral("Iftar reel"));
    CHECK(reel.pass());
    CHECK(Fixture::rule(reel, "disclosure")->detail == QStringLiteral("marked with #KolaborasiBerbayar"));
    CHECK(Fixture::rule(reel, "window")->detail ==
          QStringLiteral("posted 12 Mar 2026, inside the window 5 Mar 2026 to 25 Mar 2026"));

    const DeliverableCompliance &d10 = all[0];
    CHECK_FALSE(d10.pass());
    CHECK_FALSE(Fixture::rule(d10, "hashtags")->pass);
    CHECK(Fixture::rule(d10, "hashtags")->detail == QStringLiteral("missing #SegarkanRamadan"));
    CHECK(Fixture::rule(d10, "mentions")->detail == QStringLiteral("missing @tehsegar.id"));
    CHECK(Fixture::rule(d10, "disclosure")->pass); // #ad
    CHECK(Fixture::rule(d10, "window")->pass);     // the window's last day
    CHECK(Fixture::rule(d10, "platform")->pass);

    const DeliverableCompliance &d11 = all[1];
    CHECK(Fixture::rule(d11, "hashtags")->detail == QStringLiteral("no caption recorded to check"));
    CHECK(Fixture::rule(d11, "disclosure")->detail ==
          QStringLiteral("no disclosure marker: add one of #ad, #iklan, #sponsored, #paidpartnership, "
                         "#KolaborasiBerbayar"));
    CHECK(Fixture::rule(d11, "window")->detail ==
          QStringLiteral("posted 26 Mar 2026, after the window 5 Mar 2026 to 25 Mar 2026"));
    CHECK(Fixture::rule(d11, "platform")->detail ==
          QStringLiteral("YouTube is not one of the campaign's platforms (instagram, tiktok)"));

    const DeliverableCompliance &d12 = all[2];
    CHECK(d12.pass()); // the window's first day; mentions ignore case
}

TEST_CASE("a post about to be recorded is judged by the same rules before it is saved")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    const qsizetype listed = f.check().size();
    auto rules = postCompliance(db, 1, QStringLiteral("Sahur #TehSegar #SegarkanRamadan @tehsegar.id #iklan"),
                                QStringLiteral("tiktok"), QDate(2026, 3, 26));
    REQUIRE(rules.ok());
    QStringList failing;
    for (const ComplianceRule &r : rules.value())
        if (!r.pass)
            failing << r.rule + QLatin1String(": ") + r.detail;
    CHECK(failing ==
          QStringList{QStringLiteral("window: posted 26 Mar 2026, after the window 5 Mar 2026 to 25 Mar 2026")});
    CHECK(rules.value().size() == 5);
    // Nothing is written: the campaign's compliance lists the same deliverables.
    CHECK(f.check().size() == listed);
    CHECK_FALSE(postCompliance(db, 99, QString(), QStringLiteral("tiktok"), QDate()).ok());
}

TEST_CASE("rules that do not apply are absent, and the JSON follows formats.md")
{
    Fixture f;
    // A brief without tags, disclosure or window: only the campaign's dates and platforms count.
    f.exec(QStringLiteral("DELETE FROM campaign_tags"));
    f.exec(QStringLiteral("UPDATE campaigns SET disclosure_required = 0, post_window_start = NULL, "
                          "post_window_end = NULL"));
    f.exec(QStringLiteral("DELETE FROM campaign_platforms"));
    f.deliverable(20, QStringLiteral("blog"), QStringLiteral("2026-02-28"), QStringLiteral("Teh!"));
    const QList<DeliverableCompliance> all = f.check();
    REQUIRE(all.size() == 2);
    const DeliverableCompliance &d20 = all[0];
    REQUIRE(d20.rules.size() == 2);
    CHECK(d20.rules[0].rule == QStringLiteral("window"));
    CHECK(d20.rules[0].detail == QStringLiteral("posted 28 Feb 2026, before the window 1 Mar 2026 to 31 Mar 2026"));
    CHECK(d20.rules[1].pass); // any platform when none are listed

    const QJsonArray json = complianceToJson(all);
    const QJsonObject first = json.at(0).toObject();
    CHECK(first.value(QStringLiteral("creator")).toString() == QStringLiteral("Rina Wijaya"));
    CHECK(first.value(QStringLiteral("title")).toString() == QStringLiteral("D20"));
    CHECK(first.value(QStringLiteral("post_url")).isNull());
    CHECK(first.value(QStringLiteral("posted_at")).toString() == QStringLiteral("2026-02-28"));
    CHECK(first.value(QStringLiteral("pass")).toBool() == false);
    CHECK(first.value(QStringLiteral("rules")).toArray().at(0).toObject().value(QStringLiteral("rule")).toString() ==
          QStringLiteral("window"));
    QSqlDatabase db = f.ws->db();
    CHECK(briefCompliance(db, QStringLiteral("Lebaran"))
              .error()
              .startsWith(QStringLiteral("there is no campaign named 'Lebaran'")));
}

TEST_CASE("the campaign timeline lists its dates and each deliverable's due and posting day in order")
{
    Fixture f;
    f.exec(QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, due_date, status, "
                          "created_at, updated_at) VALUES (1, 'tiktok', 'Sahur', 'sahur', '2026-03-15', 'planned', "
                          "'2026-01-01', '2026-01-01')"));
    QSqlDatabase db = f.ws->db();
    auto events = campaignTimeline(db, 1, QDate(2026, 3, 20));
    REQUIRE(events.ok());
    QStringList lines;
    for (const TimelineEvent &e : events.value())
        lines << isoDate(e.date) + QLatin1Char(' ') + e.text();
    CHECK(lines ==
          QStringList{QStringLiteral("2026-03-01 Campaign starts"), QStringLiteral("2026-03-05 Posting window opens"),
                      QStringLiteral("2026-03-10 Due: Iftar reel (Rina Wijaya), posted"),
                      QStringLiteral("2026-03-12 Posted: Iftar reel (Rina Wijaya)"),
                      QStringLiteral("2026-03-15 Due, late: Sahur (Rina Wijaya), planned"),
                      QStringLiteral("2026-03-25 Posting window closes"), QStringLiteral("2026-03-31 Campaign ends")});
    CHECK(campaignTimeline(db, 99, QDate(2026, 3, 20))->isEmpty());
}

#include "TestSupport.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "interchange/Importer.h"

#include <QBuffer>

using cd::CsvReader;
using cd::CsvWriter;
using cd::test::TempDir;

namespace {
// Reads every record of `bytes`; the last element holds the error, if any.
QList<QStringList> readAll(const QByteArray &bytes, QString *error = nullptr, QList<qint64> *lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> out;
    QStringList fields;
    while (reader.next(fields)) {
        out << fields;
        if (lines)
            *lines << reader.line();
    }
    if (error)
        *error = reader.error();
    return out;
}
QStringList row(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *c : cells)
        out << QString::fromUtf8(c);
    return out;
}

// What the reader says about a byte that is not UTF-8, after "LINE: COLUMN: ".
const QString notUtf8 = QStringLiteral("the file is not UTF-8 text; in your spreadsheet choose Save As > "
                                       "'CSV UTF-8 (comma delimited)' and import that file");

// The reader reads 64 KiB at a time: these tests put records across that boundary.
constexpr qsizetype ChunkBytes = 64 * 1024;

// `header`, then filler records "pad,x,1,yyy" (LF-ended) up to exactly `size` bytes; `lines` gets
// how many lines the fillers take.
QByteArray paddedTo(const QByteArray &header, qsizetype size, qsizetype *lines)
{
    const QByteArray filler = "pad,x,1,filler text\n";
    QByteArray out = header;
    *lines = 0;
    while (size - out.size() >= 2 * filler.size()) {
        out += filler;
        ++*lines;
    }
    const qsizetype rest = size - out.size(); // one last filler of the right length: "pad,x,1,y...\n"
    REQUIRE(rest >= 10);
    out += "pad,x,1," + QByteArray(rest - 9, 'y') + '\n';
    ++*lines;
    REQUIRE(out.size() == size);
    return out;
}
} // namespace

TEST_CASE("reads quoted fields with commas, doubled quotes and line breaks", "[csv]")
{
    QList<qint64> lines;
    const auto rows = readAll(
        "name,caption\r\n\"Rina, the foodie\",\"She said \"\"wow\"\"\nthen left\"\r\nBudi,plain\r\n", nullptr, &lines);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1) == row({"Rina, the foodie", "She said \"wow\"\nthen left"}));
    CHECK(rows.at(2) == row({"Budi", "plain"}));
    CHECK(lines == QList<qint64>{1, 2, 4}); // the record after a two-line field starts on line 4
}

TEST_CASE("accepts a BOM, LF or CRLF, blank lines, empty fields and trailing commas", "[csv]")
{
    const auto rows = readAll("\xEF\xBB\xBFname,handle\n\nA,a\r\n\r\nB,\n,\nC,c,\n\"\",x");
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0) == row({"name", "handle"})); // no BOM in the first header
    CHECK(rows.at(2) == row({"B", ""}));
    CHECK(rows.at(3) == row({"", ""}));
    CHECK(rows.at(4) == row({"C", "c", ""}));
    CHECK(rows.at(5) == row({"", "x"}));
}

TEST_CASE("keeps characters split across read chunks intact", "[csv]")
{
    QByteArray big = "name\n";
    const QByteArray name = QString::fromUtf8("Çağla Şahin 😀").toUtf8();
    for (int i = 0; i < 20'000; ++i)
        big += name + '\n';
    QString error;
    const auto rows = readAll(big, &error);
    CHECK(error.isEmpty());
    REQUIRE(rows.size() == 20'001);
    CHECK(rows.at(19'999).first() == QString::fromUtf8("Çağla Şahin 😀"));
}

TEST_CASE("reads ASCII chunks and then text that is not ASCII the same as one decoded whole", "[csv]")
{
    // Chunks of plain ASCII are widened as Latin-1 without the decoder; the first always goes through
    // it (it drops the BOM), and a later chunk that starts with U+FEFF must keep it: it is text there.
    qsizetype fillers = 0;
    QByteArray bytes = paddedTo("name,handle,n,note\n", 2 * ChunkBytes, &fillers);
    bytes += "\xEF\xBB\xBFRina,rin\xC3\xA4,2,caf\xC3\xA9\nBudi,budi,3,plain\n";
    QString error;
    const auto rows = readAll(bytes, &error);
    CHECK(error.isEmpty());
    REQUIRE(rows.size() == 1 + fillers + 2);
    CHECK(rows.first() == row({"name", "handle", "n", "note"}));
    CHECK(rows.at(1) == row({"pad", "x", "1", "filler text"}));
    CHECK(rows.at(rows.size() - 2) == QStringList{QChar(0xFEFF) + QStringLiteral("Rina"),
                                                  QString::fromUtf8("rin\xC3\xA4"), QStringLiteral("2"),
                                                  QString::fromUtf8("caf\xC3\xA9")});
    CHECK(rows.last() == row({"Budi", "budi", "3", "plain"}));
}

TEST_CASE("refuses broken quoting and non-UTF-8 text with the line and column", "[csv]")
{
    QString error;
    // The line is where the quote opens: the missing one belongs after it.
    CHECK(readAll("a,b\n\"open,x\nmore\n", &error).size() == 1);
    CHECK(error == QStringLiteral("2: a: a quoted field opens here and is never closed; add the missing \""));

    CHECK(readAll("a,b\nx,\"y\"z\n", &error).size() == 1);
    CHECK(error == QStringLiteral("2: b: text after a closing quote; a quoted field must end at the next comma"));

    CHECK(readAll("a,b\nx,y\"z\n", &error).size() == 1);
    CHECK(error == QStringLiteral("2: b: a quote inside an unquoted field; put the whole field in quotes and double "
                                  "the quote inside (\"say \"\"hi\"\"\")"));

    CHECK(readAll("name\nRina\nCaf\xE9\n", &error).size() == 2); // Latin-1, as old Excel saves it
    CHECK(error == QStringLiteral("3: name: ") + notUtf8);
}

TEST_CASE("names the line and column of a byte that is not UTF-8", "[csv]")
{
    QString error;
    QList<qint64> lines;
    // Small files are decoded in one read: the line must still be the bad byte's, not the first.
    auto rows = readAll("name,handle,notes\nA,a,x\nB,b,y\nC,c,z\nD,d,Caf\xE9\nE,e,w\n", &error, &lines);
    CHECK(error == QStringLiteral("5: notes: ") + notUtf8);
    CHECK(rows == QList<QStringList>{row({"name", "handle", "notes"}), row({"A", "a", "x"}), row({"B", "b", "y"}),
                                     row({"C", "c", "z"})});
    CHECK(lines == QList<qint64>{1, 2, 3, 4});

    // Lines as a text editor counts them: CRLF, LF and a lone CR, inside quoted fields too.
    lines.clear();
    rows = readAll("name,notes\r\nA,\"one\r\ntwo\nthree\rfour\"\rB,\xFF\r\n", &error, &lines);
    CHECK(error == QStringLiteral("6: notes: ") + notUtf8);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1) == row({"A", "one\r\ntwo\nthree\rfour"}));
    CHECK(lines == QList<qint64>{1, 2});

    // A bad byte that starts a line is in the first column; one on a blank line's successor too.
    CHECK(readAll("name,notes\nA,x\n\n\xFFZ,y\n", &error).size() == 2);
    CHECK(error == QStringLiteral("4: name: ") + notUtf8);

    // In the header itself the columns have no names yet.
    CHECK(readAll("name,ha\xFFndle\nA,a\n", &error).isEmpty());
    CHECK(error == QStringLiteral("1: field 2: ") + notUtf8);

    // A file that ends inside a character, an overlong '/', a UTF-16 surrogate and a code point
    // above U+10FFFF are not UTF-8 either.
    CHECK(readAll("name\nCaf\xC3", &error).size() == 1);
    CHECK(error == QStringLiteral("2: name: ") + notUtf8);
    CHECK(readAll("name\n\xC0\xAF\n", &error).size() == 1);
    CHECK(error == QStringLiteral("2: name: ") + notUtf8);
    CHECK(readAll("name\nx\n\xED\xA0\x80\n", &error).size() == 2);
    CHECK(error == QStringLiteral("3: name: ") + notUtf8);
    CHECK(readAll("name\nx\n\xF4\x90\x80\x80\n", &error).size() == 2);
    CHECK(error == QStringLiteral("3: name: ") + notUtf8);

    // Fields past the header's names are counted.
    CHECK(readAll("a,b\nx,y,\xFF\n", &error).size() == 1);
    CHECK(error == QStringLiteral("2: field 3: ") + notUtf8);
}

TEST_CASE("reads a record cut at the read boundary exactly as a whole file", "[csv]")
{
    const QByteArray header = "creator,platform,followers,caption\r\n";
    // Two-byte and four-byte characters, a quoted field with a CRLF, an LF and a doubled quote
    // inside, and a CRLF at the end: the loop below puts the boundary before every byte of it.
    const QByteArray probe = "Ren\xC3\xA9"
                             "e \xF0\x9F\x98\x80,tiktok,1200,\"line one\r\nsays \"\"hi\"\" "
                             "\xC3\xA9\nend\"\r\n";
    const QByteArray after = "Budi,youtube,7,plain\r\n";
    const QList<QStringList> expected{row({"creator", "platform", "followers", "caption"}),
                                      row({"Ren\xC3\xA9"
                                           "e \xF0\x9F\x98\x80",
                                           "tiktok", "1200", "line one\r\nsays \"hi\" \xC3\xA9\nend"}),
                                      row({"Budi", "youtube", "7", "plain"})};

    // Without and with a bad byte after the record: it must not cut the record short either.
    for (const QByteArray &tail : {QByteArray(), QByteArray("Caf\xE9,x,1,y\r\n")}) {
        CAPTURE(tail.isEmpty());
        QString smallError;
        QList<qint64> smallLines;
        const auto small = readAll(header + probe + after + tail, &smallError, &smallLines);
        CHECK(small == expected);
        CHECK(smallLines == QList<qint64>{1, 2, 5});
        CHECK(smallError == (tail.isEmpty() ? QString() : QStringLiteral("6: creator: ") + notUtf8));

        for (qsizetype into = -2; into <= probe.size() + 2; ++into) {
            CAPTURE(into); // the boundary falls this many bytes into the probe record
            qsizetype fillers = 0;
            const QByteArray big = paddedTo(header, ChunkBytes - into, &fillers) + probe + after + tail;
            QString error;
            QList<qint64> lines;
            const auto rows = readAll(big, &error, &lines);
            REQUIRE(rows.size() == 1 + fillers + 2);
            CHECK(rows.first() == expected.first());
            CHECK(rows.at(fillers).at(0) == QStringLiteral("pad"));
            CHECK(rows.mid(1 + fillers) == expected.mid(1));
            CHECK(lines.mid(1 + fillers) == QList<qint64>{2 + fillers, 5 + fillers});
            CHECK(error == (tail.isEmpty() ? QString() : QStringLiteral("%1: creator: ").arg(6 + fillers) + notUtf8));
        }
    }
}

TEST_CASE("imports report reader errors as FILE:LINE: column: like every other problem", "[csv]")
{
    TempDir dir;
    auto ws = cd::test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));

    const QString quotes = cd::test::writeFile(dir, QStringLiteral("brands.csv"),
                                               "name,category,notes\nAcme,food,ok\nBeta,drink,\"x\"y\n");
    CHECK(cd::importCsv(*ws, QStringLiteral("brands"), quotes).errors ==
          QStringList{QStringLiteral("brands.csv:3: notes: text after a closing quote; a quoted field must end at the "
                                     "next comma")});

    const QString header = cd::test::writeFile(dir, QStringLiteral("header.csv"), "name,cate\xFFgory\nAcme,food\n");
    CHECK(cd::importCsv(*ws, QStringLiteral("brands"), header).errors ==
          QStringList{QStringLiteral("header.csv:1: field 2: ") + notUtf8});
    CHECK(cd::planColumns(*ws, QStringLiteral("brands"), header).error ==
          QStringLiteral("header.csv:1: field 2: ") + notUtf8);

    // A creator record cut by the read boundary, with a bad byte two records further on: the only
    // problem is the bad byte (the cut record used to be read short: "handle: is required").
    const QByteArray head = "name,platform,handle,followers,notes\r\n";
    auto record = [](int n, const QByteArray &notes) {
        return QStringLiteral("Creator %1,tiktok,handle%1,1200,").arg(n, 4, 10, QLatin1Char('0')).toUtf8() + notes +
               "\r\n";
    };
    const QByteArray notes(400, 'n'); // long records keep the file, and the test, short
    const qsizetype size = record(1, notes).size();
    // The boundary falls after "Creator 0001,", inside the handle, and between CR and LF.
    for (const qsizetype cut : {qsizetype(13), qsizetype(25), size - 1}) {
        CAPTURE(cut);
        // The first record's notes are padded so that a later record starts `cut` bytes before it.
        const qsizetype pad = ((ChunkBytes - head.size() - size - cut) % size + size) % size;
        QByteArray bytes = head + record(1, notes + QByteArray(pad, 'x'));
        int n = 1;
        while (bytes.size() < ChunkBytes + 2 * size)
            bytes += record(++n, notes);
        REQUIRE(bytes.mid(ChunkBytes - cut, 8) == "Creator ");
        bytes += "Caf\xE9,tiktok,cafe,1,ok\r\n";
        const QString path = cd::test::writeFile(dir, QStringLiteral("creators.csv"), bytes);
        const cd::ImportReport report = cd::importCsv(*ws, QStringLiteral("creators"), path);
        CHECK(report.errors == QStringList{QStringLiteral("creators.csv:%1: name: ").arg(n + 2) + notUtf8});
        CHECK(report.added == 0);
    }
}

TEST_CASE("writes CRLF records quoting only what needs it", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    REQUIRE(writer.write(row({"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""})));
    CHECK(buffer.data() == QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n"));
    const auto back = readAll(buffer.data());
    REQUIRE(back.size() == 1);
    CHECK(back.first() == row({"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""}));
}

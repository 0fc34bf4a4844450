#include "TestSupport.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>

using cd::CsvReader;
using cd::CsvWriter;

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
} // namespace

TEST_CASE("reads quoted fields with commas, doubled quotes and line breaks")
{
    QList<qint64> lines;
    const auto rows = readAll(
        "name,caption\r\n\"Rina, the foodie\",\"She said \"\"wow\"\"\nthen left\"\r\nBudi,plain\r\n", nullptr, &lines);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1) == row({"Rina, the foodie", "She said \"wow\"\nthen left"}));
    CHECK(rows.at(2) == row({"Budi", "plain"}));
    CHECK(lines == QList<qint64>{1, 2, 4}); // the record after a two-line field starts on line 4
}

TEST_CASE("accepts a BOM, LF or CRLF, blank lines, empty fields and trailing commas")
{
    const auto rows = readAll("\xEF\xBB\xBFname,handle\n\nA,a\r\n\r\nB,\n,\nC,c,\n\"\",x");
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0) == row({"name", "handle"})); // no BOM in the first header
    CHECK(rows.at(2) == row({"B", ""}));
    CHECK(rows.at(3) == row({"", ""}));
    CHECK(rows.at(4) == row({"C", "c", ""}));
    CHECK(rows.at(5) == row({"", "x"}));
}

TEST_CASE("keeps characters split across read chunks intact")
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

TEST_CASE("refuses broken quoting and non-UTF-8 text with the line")
{
    QString error;
    readAll("a,b\n\"open,x\nmore\n", &error);
    CHECK(error.contains(QStringLiteral("never closed")));
    CHECK(error.contains(QStringLiteral("opened on line 2")));

    readAll("a,b\nx,\"y\"z\n", &error);
    CHECK(error.startsWith(QStringLiteral("line 2, field 2: text after a closing quote")));

    readAll("a,b\nx,y\"z\n", &error);
    CHECK(error.startsWith(QStringLiteral("line 2, field 2: a quote inside an unquoted field")));

    readAll("name\nRina\nCaf\xE9\n", &error); // Latin-1, as old Excel saves it
    CHECK(error.contains(QStringLiteral("not UTF-8")));
    CHECK(error.contains(QStringLiteral("CSV UTF-8")));
}

TEST_CASE("writes CRLF records quoting only what needs it")
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

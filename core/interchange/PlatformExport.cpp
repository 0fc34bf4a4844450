#include "PlatformExport.h"

#include "common/Dates.h"
#include "common/TypedCount.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace cd {
namespace {

// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlatformExport)
};

QString key(const char *header)
{
    QString k = QString::fromUtf8(header).toLower();
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('_'));
    return k;
}

// Metric columns that may hold abbreviated counts in these files.
constexpr const char *CountColumns[] = {"views",  "impressions", "reach",       "likes",     "comments",
                                        "shares", "saves",       "link_clicks", "promo_uses"};

} // namespace

PlatformExport::PlatformExport(Platform platform) : m_platform(platform)
{
    const auto alias = [this](std::initializer_list<const char *> headers, const char *column) {
        for (const char *h : headers)
            m_aliases.insert(key(h), QString::fromLatin1(column));
    };
    switch (platform) {
    case Platform::Instagram:
        alias({"Permalink", "Tautan permanen"}, "post_url");
        alias({"Publish time", "Waktu publikasi"}, "posted_at");
        alias({"Description", "Deskripsi"}, "caption");
        alias({"Views", "Plays", "Tayangan"}, "views");
        alias({"Impressions"}, "impressions");
        alias({"Reach", "Jangkauan"}, "reach");
        alias({"Likes", "Suka"}, "likes");
        alias({"Comments", "Komentar"}, "comments");
        alias({"Shares", "Bagikan"}, "shares");
        alias({"Saves", "Disimpan"}, "saves");
        alias({"Date", "Tanggal"}, "date");
        m_handleColumns = {key("Account username"), key("Nama pengguna akun")};
        break;
    case Platform::TikTok:
        alias({"Video link", "Tautan video"}, "post_url");
        alias({"Post time", "Waktu posting"}, "posted_at");
        alias({"Video title", "Judul video"}, "caption");
        alias({"Total views", "Views", "Tayangan"}, "views");
        alias({"Total likes", "Likes", "Suka"}, "likes");
        alias({"Total comments", "Comments", "Komentar"}, "comments");
        alias({"Total shares", "Shares", "Bagikan"}, "shares");
        alias({"Total bookmarks", "Add to favorites", "Disimpan"}, "saves");
        break;
    case Platform::YouTube:
        alias({"Content", "Konten"}, "post_url");
        alias({"Video title", "Judul video"}, "caption");
        alias({"Video publish time", "Waktu publikasi video"}, "posted_at");
        alias({"Views", "Penayangan", "Tayangan"}, "views");
        alias({"Impressions", "Impresi"}, "impressions");
        alias({"Likes", "Suka"}, "likes");
        alias({"Comments added", "Komentar ditambahkan"}, "comments");
        alias({"Shares", "Bagikan"}, "shares");
        break;
    default:
        break;
    }
}

std::unique_ptr<PlatformExport> PlatformExport::detect(const QStringList &header)
{
    QStringList keys;
    for (const QString &h : header)
        keys << key(h.trimmed().toUtf8().constData());
    const auto has = [&](std::initializer_list<const char *> names) {
        for (const char *n : names)
            if (keys.contains(key(n)))
                return true;
        return false;
    };
    if (has({"Permalink", "Tautan permanen"}))
        return std::unique_ptr<PlatformExport>(new PlatformExport(Platform::Instagram));
    if (has({"Video link", "Tautan video"}))
        return std::unique_ptr<PlatformExport>(new PlatformExport(Platform::TikTok));
    if (has({"Content", "Konten"}) && has({"Video publish time", "Waktu publikasi video"}))
        return std::unique_ptr<PlatformExport>(new PlatformExport(Platform::YouTube));
    return nullptr;
}

QString PlatformExport::label() const
{
    return Text::tr("%1 export").arg(platformDisplayName(m_platform));
}

QStringList PlatformExport::fills() const
{
    QStringList out{QStringLiteral("platform"), QStringLiteral("date")};
    if (m_platform != Platform::YouTube)
        out << QStringLiteral("creator");
    return out;
}

bool PlatformExport::skip(const QStringList &fields) const
{
    return m_platform == Platform::YouTube && !fields.isEmpty() &&
           fields.first().trimmed().compare(QLatin1String("Total"), Qt::CaseInsensitive) == 0;
}

QDate PlatformExport::parseDate(const QString &raw)
{
    const QString text = raw.trimmed();
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$)"));
    static const QRegularExpression us(
        QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$)"));
    static const QRegularExpression named(QStringLiteral(R"(^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$)"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = us.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = named.match(text); m.hasMatch()) {
        static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                           QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                           QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                           QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        const qsizetype month = months.indexOf(m.captured(1).toLower());
        if (month >= 0)
            return QDate(m.captured(3).toInt(), int(month) + 1, m.captured(2).toInt());
    }
    return {};
}

qint64 PlatformExport::parseCount(const QString &raw, bool *approximate)
{
    const QString text = raw.trimmed();
    static const QRegularExpression plain(QStringLiteral(R"(^(\d+|\d{1,3}(?:,\d{3})+)$)"));
    static const QRegularExpression abbreviated(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*([kKmM])$)"));
    // Beyond MaxTypedCount the cell is left as written, for the usual count check to refuse.
    if (plain.match(text).hasMatch()) {
        bool ok = false;
        const qint64 n = QString(text).remove(QLatin1Char(',')).toLongLong(&ok);
        return ok ? n : -1;
    }
    if (const auto m = abbreviated.match(text); m.hasMatch()) {
        const double factor = m.captured(2).toLower() == QLatin1String("k") ? 1e3 : 1e6;
        const double n = std::round(m.captured(1).toDouble() * factor);
        if (!(n <= double(MaxTypedCount)))
            return -1;
        *approximate = true;
        return qint64(n);
    }
    return -1;
}

PlatformExport::Adapted PlatformExport::adapt(QStringList &cells, const QHash<QString, int> &index,
                                              const QDate &importDay, const QString &accountHandle,
                                              const std::function<QString(const QString &)> &creatorByHandle) const
{
    Adapted result;
    const auto cell = [&](const char *column) -> QString & { return cells[index.value(QLatin1String(column))]; };

    if (cell("platform").isEmpty())
        cell("platform") = wordOf(m_platform);
    QString &url = cell("post_url");
    if (m_platform == Platform::YouTube && !url.isEmpty() && !url.contains(QLatin1Char('/')))
        url = QStringLiteral("https://www.youtube.com/watch?v=%1").arg(url.trimmed());

    // Instagram writes "Lifetime" where a date would be: the snapshot date then comes from --date.
    QString &date = cell("date");
    if (date.compare(QLatin1String("Lifetime"), Qt::CaseInsensitive) == 0 ||
        date.compare(QLatin1String("Seumur hidup"), Qt::CaseInsensitive) == 0)
        date.clear();
    if (date.isEmpty())
        date = isoDate(importDay);
    for (const char *column : {"posted_at", "date"}) {
        QString &value = cell(column);
        if (value.isEmpty())
            continue;
        const QDate d = parseDate(value);
        if (d.isValid())
            value = isoDate(d);
        else
            result.errors.append(
                {column, Text::tr("'%1' is not a date this %2 uses (e.g. 09/20/2026 14:30, 2026-09-20 or "
                                  "Sep 20, 2026)")
                             .arg(value, label())});
    }
    for (const char *column : CountColumns) {
        QString &value = cell(column);
        if (value.isEmpty())
            continue;
        value = values::interchangeNumber(value, m_numbers);
        const qint64 n = parseCount(value, &result.approximate);
        if (n >= 0)
            value = QString::number(n); // else left as is: the usual count check names the problem
    }
    if (cell("creator").isEmpty()) {
        QString handle = accountHandle.trimmed();
        if (m_platform == Platform::TikTok) {
            static const QRegularExpression at(QStringLiteral(R"(/@([^/?#]+))"));
            handle = at.match(url).captured(1);
        }
        if (handle.startsWith(QLatin1Char('@')))
            handle.remove(0, 1);
        if (handle.isEmpty()) {
            result.errors.append(
                {"creator",
                 Text::tr("the %1 does not say whose post this is: give the creator (--creator NAME)").arg(label())});
        } else if (const QString name = creatorByHandle(handle); name.isEmpty()) {
            result.errors.append(
                {"creator", Text::tr("no creator has the %1 handle @%2: add it in creators.csv, or give "
                                     "the creator (--creator NAME)")
                                .arg(platformDisplayName(m_platform), handle)});
        } else {
            cell("creator") = name;
        }
    }
    if (cell("source").isEmpty())
        cell("source") = result.approximate ? Text::tr("%1 (approximate counts)").arg(label()) : label();
    return result;
}

} // namespace cd

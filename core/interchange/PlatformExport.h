#pragma once

#include "Values.h"
#include "common/Words.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace cd {

// The post exports creators download from Instagram (Meta Business Suite), TikTok Studio and
// YouTube Studio, in English or Indonesian (formats.md "Platform exports"), read as post_metrics.
// Recognised by the header; maps its columns onto post_metrics and adapts each row: the forms of
// date those files use, abbreviated counts (1.2K, marked approximate), YouTube video ids as URLs,
// and the creator found from the account's handle.
class PlatformExport
{
public:
    // The export `header` is, or null when it is none of them.
    static std::unique_ptr<PlatformExport> detect(const QStringList &header);

    Platform platform() const { return m_platform; }
    // "Instagram export", for the snapshot's source and messages.
    QString label() const;
    // The post_metrics column a file column stands for (by its matching key), or empty.
    QString columnFor(const QString &headerKey) const { return m_aliases.value(headerKey); }
    // Key columns the export supplies itself when the file and command line do not.
    QStringList fills() const;
    // Rows that are not posts (YouTube's "Total" line).
    bool skip(const QStringList &fields) const;

    struct Adapted
    {
        bool approximate = false;
        QList<std::pair<const char *, QString>> errors; // column, message
    };
    // Rewrites one row's post_metrics cells in place. `index` maps column names to cells;
    // `accountHandle` is the row's account username column (Instagram), if any;
    // `creatorByHandle` finds the creator's name for a handle on this platform (empty: none).
    Adapted adapt(QStringList &cells, const QHash<QString, int> &index, const QDate &importDay,
                  const QString &accountHandle,
                  const std::function<QString(const QString &handle)> &creatorByHandle) const;
    // How the export writes its numbers: an export in Indonesian writes "14.300" and "14,3 rb".
    void setNumberStyle(values::NumberStyle style) { m_numbers = style; }
    // True for the header key of the column naming the account (Instagram's "Account username").
    bool isHandleColumn(const QString &headerKey) const { return m_handleColumns.contains(headerKey); }

    // Reads the date forms of platform exports: "MM/DD/YYYY HH:MM", "YYYY-MM-DD HH:MM:SS",
    // "YYYY-MM-DD", "Sep 20, 2026", "Sep 1 2026". Invalid when none fits.
    static QDate parseDate(const QString &text);
    // "1.2K" -> 1200, "3.4M" -> 3400000, "12,345" -> 12345; -1 when not a count, or when it is
    // beyond 64 bits or an abbreviation beyond MaxTypedCount. Sets *approximate for abbreviated values.
    static qint64 parseCount(const QString &text, bool *approximate);

private:
    explicit PlatformExport(Platform platform);
    Platform m_platform;
    QHash<QString, QString> m_aliases; // header key -> post_metrics column
    QStringList m_handleColumns;       // header keys of the account username (Instagram)
    values::NumberStyle m_numbers = values::NumberStyle::Interchange;
};

} // namespace cd

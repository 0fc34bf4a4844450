#include "VerifiedStamp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <sys/stat.h>

namespace cd::verified {
namespace {
constexpr int KeptNotes = 64;

QString notesFile()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return QDir(cache).filePath(QStringLiteral("collabdesk/verified.ini"));
}

QString keyOf(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// "device:inode:size:seconds.nanoseconds" of the file's last change, or empty when it is missing.
QString fingerprint(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2:%3:%4.%5")
        .arg(quint64(st.st_dev))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_ctim.tv_sec))
        .arg(qint64(st.st_ctim.tv_nsec));
}
} // namespace

bool isUnchanged(const QString &path)
{
    const QString now = fingerprint(path);
    if (now.isEmpty())
        return false;
    QSettings notes(notesFile(), QSettings::IniFormat);
    return notes.value(keyOf(path) + QStringLiteral("/file")).toString() == now;
}

void record(const QString &path)
{
    const QString now = fingerprint(path);
    if (now.isEmpty())
        return;
    QDir().mkpath(QFileInfo(notesFile()).absolutePath());
    QSettings notes(notesFile(), QSettings::IniFormat);
    notes.setValue(keyOf(path) + QStringLiteral("/file"), now);
    notes.setValue(keyOf(path) + QStringLiteral("/noted"), QDateTime::currentMSecsSinceEpoch());
    QStringList keys = notes.childGroups();
    if (keys.size() <= KeptNotes)
        return;
    // The notes used longest ago go first; a forgotten file is merely checked again.
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return notes.value(a + QStringLiteral("/noted")).toLongLong() >
               notes.value(b + QStringLiteral("/noted")).toLongLong();
    });
    for (qsizetype i = KeptNotes; i < keys.size(); ++i)
        notes.remove(keys.at(i));
}

} // namespace cd::verified

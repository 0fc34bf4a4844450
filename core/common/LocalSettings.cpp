#include "LocalSettings.h"

#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

#include <optional>

namespace cd {
namespace {

struct Change
{
    quint64 serial = 0;
    std::optional<QVariant> value; // none: removed
};

struct Writes
{
    QMutex mutex;
    // Asked for and not yet handed to QSettings, which answers for the rest.
    QHash<QString, Change> pending;
    quint64 serial = 0;
    QThreadPool writer; // one thread: the writes in order

    Writes() { writer.setMaxThreadCount(1); }
};

Writes &writes()
{
    static Writes w;
    return w;
}

// Everything pending in one QSettings, so writes that came together replace the file once.
void writePending()
{
    Writes &w = writes();
    QHash<QString, Change> changes;
    {
        const QMutexLocker lock(&w.mutex);
        changes = w.pending;
    }
    if (changes.isEmpty())
        return; // an earlier run wrote this one's change with its own
    QSettings settings;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it->value)
            settings.setValue(it.key(), *it->value);
        else
            settings.remove(it.key());
    }
    {
        // QSettings answers with these now; a change asked for meanwhile stays pending.
        const QMutexLocker lock(&w.mutex);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            if (w.pending.value(it.key()).serial == it->serial)
                w.pending.remove(it.key());
    }
    settings.sync(); // the file, here rather than wherever the object would go
}

void ask(const QString &key, std::optional<QVariant> value)
{
    Writes &w = writes();
    {
        const QMutexLocker lock(&w.mutex);
        w.pending.insert(key, {++w.serial, std::move(value)});
    }
    w.writer.start(writePending);
}

} // namespace

QVariant LocalSettings::value(const QString &key, const QVariant &fallback)
{
    Writes &w = writes();
    {
        const QMutexLocker lock(&w.mutex);
        const auto it = w.pending.constFind(key);
        if (it != w.pending.constEnd())
            return it->value ? *it->value : fallback;
    }
    return QSettings().value(key, fallback);
}

bool LocalSettings::contains(const QString &key)
{
    Writes &w = writes();
    {
        const QMutexLocker lock(&w.mutex);
        const auto it = w.pending.constFind(key);
        if (it != w.pending.constEnd())
            return it->value.has_value();
    }
    return QSettings().contains(key);
}

void LocalSettings::set(const QString &key, const QVariant &value)
{
    ask(key, value);
}

void LocalSettings::remove(const QString &key)
{
    ask(key, std::nullopt);
}

void LocalSettings::waitForWrites()
{
    writes().writer.waitForDone();
}

} // namespace cd

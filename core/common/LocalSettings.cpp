#include "LocalSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

#include <optional>

namespace cd {
namespace {

struct Writes
{
    QMutex mutex;
    // Every setting, read from the file once: reads never construct a QSettings, whose constructor
    // takes the lock the writer holds while it replaces the file (and writes the file itself when
    // another QSettings has changes not yet written).
    QHash<QString, QVariant> values;
    bool loaded = false;
    // Changes asked for and not yet taken by the writer (none: removed).
    QHash<QString, std::optional<QVariant>> pending;
    QThreadPool writer; // one thread: the writes in order

    Writes()
    {
        writer.setMaxThreadCount(1);
        // Before the application, which names the file, goes: in every program, whatever its
        // main() does.
        qAddPostRoutine(LocalSettings::waitForWrites);
    }
    void load() // with the mutex held
    {
        if (loaded)
            return;
        const QSettings settings;
        for (const QString &key : settings.allKeys())
            values.insert(key, settings.value(key));
        loaded = true;
    }
};

Writes &writes()
{
    static Writes w;
    return w;
}

// Every change pending in one QSettings, so changes that came together replace the file once.
void writePending()
{
    Writes &w = writes();
    QHash<QString, std::optional<QVariant>> changes;
    {
        const QMutexLocker lock(&w.mutex);
        changes = std::exchange(w.pending, {});
    }
    if (changes.isEmpty())
        return; // an earlier run wrote this one's change with its own
    QSettings settings;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (*it)
            settings.setValue(it.key(), **it);
        else
            settings.remove(it.key());
    }
    settings.sync(); // the file, here rather than wherever the object would go
}

void ask(const QString &key, std::optional<QVariant> value)
{
    Writes &w = writes();
    {
        const QMutexLocker lock(&w.mutex);
        w.load(); // the rest of the file, for the reads that follow
        if (value)
            w.values.insert(key, *value);
        else
            w.values.remove(key);
        w.pending.insert(key, std::move(value));
    }
    w.writer.start(writePending);
}

} // namespace

QVariant LocalSettings::value(const QString &key, const QVariant &fallback)
{
    Writes &w = writes();
    const QMutexLocker lock(&w.mutex);
    w.load();
    return w.values.value(key, fallback);
}

bool LocalSettings::contains(const QString &key)
{
    Writes &w = writes();
    const QMutexLocker lock(&w.mutex);
    w.load();
    return w.values.contains(key);
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

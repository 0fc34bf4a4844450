#pragma once

#include <QString>
#include <QVariant>

namespace cd {

// This computer's settings for the app (QSettings' file: the window, lists' columns, My Creators,
// recent workspaces), read from the file once and written on a thread of their own. Each write
// replaces the file on disk (a lock file, fdatasync, a rename): on the GUI thread one held the
// window 17-153 ms in the benchmarks at large, every time My Creators was switched on or off.
// Reads answer from memory, at once, on any thread, with what was set last; writes reach the file
// in the order they were asked for, several at a time when they come together. Keys only, not
// groups; another program's changes to the file after the first read are not seen.
class LocalSettings
{
public:
    static QVariant value(const QString &key, const QVariant &fallback = {});
    static bool contains(const QString &key);
    static void set(const QString &key, const QVariant &value);
    static void remove(const QString &key);
    // Returns once every write asked for so far is in the file. Called as the application object
    // goes (after which QSettings no longer knows the file), and between tests.
    static void waitForWrites();
};

} // namespace cd

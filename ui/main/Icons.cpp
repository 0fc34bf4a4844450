#include "Icons.h"

#include <QApplication>
#include <QPalette>
#include <QStandardPaths>

namespace cd {

void useIconTheme()
{
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QString breeze = dark ? QStringLiteral("breeze-dark") : QStringLiteral("breeze");
    QIcon::setFallbackThemeName(breeze);
    // Some platforms (offscreen, minimal) search only the program's own resources for themes.
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString &folder : QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"),
                                                           QStandardPaths::LocateDirectory))
        if (!paths.contains(folder))
            paths << folder;
    QIcon::setThemeSearchPaths(paths);
    // Without a desktop (a bare X session, offscreen) Qt names no theme or only the base one.
    const QString current = QIcon::themeName();
    if (current.isEmpty() || current == QLatin1String("hicolor") || current.startsWith(QLatin1String("breeze")))
        QIcon::setThemeName(breeze);
}

QIcon themeIcon(const char *name, const char *bundled)
{
    const QString themed = QLatin1String(name);
    if (QIcon::hasThemeIcon(themed))
        return QIcon::fromTheme(themed);
    return bundled ? QIcon(QLatin1String(bundled)) : QIcon();
}

} // namespace cd

#include "FirstRunDialog.h"

#include "common/LocalSettings.h"
#include "settings/SettingsDialog.h"

#include "storage/WorkspacePaths.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

FirstRunDialog::FirstRunDialog(const QString &defaultPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to CollabDesk"));
    auto *intro = new QLabel(tr("<h2>Welcome to CollabDesk</h2><p>Your creators, brands, campaigns, contracts and "
                                "results live in one workspace file on this computer. Nothing leaves it.</p>"),
                             this);
    intro->setWordWrap(true);
    m_create = new QCommandLinkButton(
        tr("Create my workspace"),
        tr("An empty workspace at %1, for your own creators and campaigns.").arg(QDir::toNativeSeparators(defaultPath)),
        this);
    m_open =
        new QCommandLinkButton(tr("Open a workspace file…"),
                               tr("A .collabdesk file you already have, for example from a colleague's backup."), this);
    m_demo = new QCommandLinkButton(tr("Explore a demo workspace"),
                                    tr("40 creators and 9 campaigns with briefs, metrics and contracts, in a separate "
                                       "file: try everything without touching your own data."),
                                    this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (auto [button, choice] : {std::pair{m_create, Create}, std::pair{m_open, Open}, std::pair{m_demo, Demo}}) {
        layout->addWidget(button);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice = choice] {
            m_choice = choice;
            accept();
        });
    }
    m_create->setDefault(true);
    resize(560, 360);
}

QString startupWorkspace(const QString &explicitPath)
{
    if (!explicitPath.isEmpty() || !qEnvironmentVariableIsEmpty("COLLABDESK_DB"))
        return resolveWorkspacePath(explicitPath);
    const QString last = preferences::reopenLastWorkspace()
                             ? LocalSettings::value(QStringLiteral("workspace/last")).toString()
                             : QString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    if (QFileInfo::exists(defaultWorkspacePath()))
        return defaultWorkspacePath();
    return {};
}

QCommandLinkButton *FirstRunDialog::button(Choice choice) const
{
    switch (choice) {
    case Create:
        return m_create;
    case Open:
        return m_open;
    case Demo:
        return m_demo;
    case None:
        break;
    }
    return nullptr;
}

} // namespace cd

#include "Command.h"

#include "storage/SettingKeys.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

QStringList keyNames()
{
    QStringList names;
    for (const SettingKey &k : settingKeys())
        names << QString::fromLatin1(k.name);
    return names;
}

// `settings`, `settings KEY`, `settings KEY VALUE`: the workspace's settings by the names of
// formats.md. Only setting one writes.
class Settings final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override
    {
        return tr("List the workspace settings, show one, or set one (perspective, payment terms, agency rate, "
                  "taxes, your company, the invoice number pattern).");
    }
    QString arguments() const override { return QStringLiteral("[KEY [VALUE]]"); }

protected:
    bool writes() const override { return m_writes; }
    int positionalCount() const override { return -1; }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QStringList args = parser.positionalArguments().mid(1);
        if (args.size() > 2)
            return fail(tr("settings takes at most a key and a value; quote a value with spaces"));
        if (!args.isEmpty() && !findSettingKey(args.first()))
            return fail(
                tr("unknown setting '%1': use one of %2").arg(args.first(), keyNames().join(QStringLiteral(", "))));
        m_writes = args.size() == 2;
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QStringList args = parser.positionalArguments().mid(1);
        QSqlDatabase db = ws.db();
        if (args.isEmpty()) {
            QList<QStringList> rows{{tr("key"), tr("value")}};
            for (const SettingKey &k : settingKeys())
                rows << QStringList{QString::fromLatin1(k.name), settings::displayValue(db, k)};
            ctx.out.text(tableText(rows, {}));
            return Success;
        }
        const SettingKey &key = *findSettingKey(args.first());
        if (args.size() == 2) {
            if (Status s = settings::setByName(ws, key, args.at(1)); !s) {
                ctx.out.error(s.error());
                return UserError;
            }
        }
        ctx.out.line(settings::displayValue(db, key));
        return Success;
    }

private:
    mutable bool m_writes = false;
};

} // namespace

std::unique_ptr<Command> makeSettings()
{
    return std::make_unique<Settings>();
}

} // namespace cd::cli

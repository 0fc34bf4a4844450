#include "Command.h"
#include "Output.h"

#include "services/CreatorErasure.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `erase`: a creator's personal data removed for good on their request (Indonesia's UU PDP), tax
// records kept (domain.md "Records"). --dry-run says what would go, read-only.
class EraseCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Erase)
public:
    QString name() const override { return QStringLiteral("erase"); }
    QString summary() const override
    {
        return tr("Remove a creator's personal data for good (on their request); campaigns keep anonymous rows, tax "
                  "records are kept.");
    }
    QString arguments() const override { return QStringLiteral("--creator X [--dry-run]"); }

protected:
    bool writes() const override { return m_writes; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("creator"), tr("The creator, by name."), QStringLiteral("X")});
        parser.addOption({QStringLiteral("dry-run"), tr("Say what would be removed and kept, and change nothing.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("creator")).trimmed().isEmpty())
            return fail(tr("name the creator with --creator X"));
        m_writes = !parser.isSet(QStringLiteral("dry-run"));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const auto id = creatorOption(ws, parser);
        if (!id) {
            ctx.out.error(id.error());
            return UserError;
        }
        if (!m_writes) {
            QSqlDatabase db = ws.db();
            auto preview = previewErasure(db, id.value());
            if (!preview) {
                ctx.out.error(preview.error());
                return UserError;
            }
            for (const QString &line : preview->describe(false))
                ctx.out.line(line);
            return Success;
        }
        auto erased = eraseCreator(ws, id.value());
        if (!erased) {
            ctx.out.error(erased.error());
            return UserError;
        }
        for (const QString &line : erased->describe(true))
            ctx.out.line(line);
        return Success;
    }

    mutable bool m_writes = true;
};

} // namespace

std::unique_ptr<Command> makeErase()
{
    return std::make_unique<EraseCommand>();
}

} // namespace cd::cli

#include "Command.h"
#include "Output.h"

#include "storage/WorkspaceMove.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `move`: a whole workspace copied between a file and a PostgreSQL server (either way, or between
// two of one kind), checked table by table before anything is committed. --db plays no part.
class Move final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Move)
public:
    QString name() const override { return QStringLiteral("move"); }
    QString summary() const override
    {
        return tr("Copy a whole workspace between a file and a PostgreSQL server, checked; the source is left as it "
                  "is.");
    }
    QString arguments() const override { return QStringLiteral("--from SRC --to DST"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("from"),
                          tr("The workspace to copy: a file, or postgresql://user@host/database."),
                          QStringLiteral("SRC")});
        parser.addOption({QStringLiteral("to"),
                          tr("Where to copy it: a new file, or an empty database on a server (postgresql://...)."),
                          QStringLiteral("DST")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("from")).isEmpty() || parser.value(QStringLiteral("to")).isEmpty())
            return fail(tr("name both sides: move --from SRC --to DST (a file, or postgresql://user@host/database)"));
        return {};
    }
    int run(const QCommandLineParser &parser, Context &ctx) override
    {
        const QString from = parser.value(QStringLiteral("from"));
        const QString to = parser.value(QStringLiteral("to"));
        auto moved = moveWorkspace(from, to, [&](const QString &table, qint64 rows) {
            ctx.out.progress(tr("Copying %1 (%2 rows)...").arg(table).arg(rows));
        });
        if (!moved) {
            ctx.out.error(moved.error());
            return UserError;
        }
        qint64 rows = 0;
        QList<QStringList> lines = {{tr("Table"), tr("Rows"), tr("SHA-256")}};
        for (const TableFingerprint &t : std::as_const(moved.value())) {
            rows += t.rows;
            lines << QStringList{t.table, QString::number(t.rows), QString::fromLatin1(t.sha256.toHex())};
        }
        ctx.out.line(tr("Copied %1 rows in %2 tables from %3 to %4; every table's row count and content hash are "
                        "the same on both sides.")
                         .arg(rows)
                         .arg(moved->size())
                         .arg(from, to));
        ctx.out.text(tableText(lines, {false, true, false}));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeMove()
{
    return std::make_unique<Move>();
}

} // namespace cd::cli

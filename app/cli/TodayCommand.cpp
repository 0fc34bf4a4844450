#include "Command.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "desk/Managers.h"
#include "desk/Today.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `today`: the desk's Today list (domain.md), every section with its count, for one manager's
// creators or everyone's.
class Today final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(TodayCommand)
public:
    QString name() const override { return QStringLiteral("today"); }
    QString summary() const override
    {
        return tr("What needs doing: drafts, revisions, due and late deliverables, offers, contracts to chase, "
                  "payments, usage rights, exclusivity conflicts and follow-ups.");
    }
    QString arguments() const override { return QStringLiteral("[--manager M] [--as-of DATE] [--json]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("manager"), tr("Only the creators this manager manages."), QStringLiteral("M")});
        parser.addOption({QStringLiteral("as-of"), tr("What needs doing on DATE (YYYY-MM-DD; default today)."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("json"), tr("Print the JSON object of formats.md.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (auto d = dateOption(parser, QStringLiteral("as-of")); !d)
            return fail(d.error());
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        QSqlDatabase db = ws.db();
        const auto manager = managerOption(db, parser);
        if (!manager) {
            ctx.out.error(manager.error());
            return UserError;
        }
        const QDate asOf = dateOption(parser, QStringLiteral("as-of"), Clock::today()).value();
        auto sections = cd::today(db, asOf, manager.value());
        if (!sections) {
            ctx.out.error(sections.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(todayToJson(asOf, sections.value()));
            return Success;
        }
        ctx.out.text(text(db, asOf, manager.value(), sections.value()));
        return Success;
    }

private:
    static QString text(QSqlDatabase &db, const QDate &asOf, qint64 manager, const QList<TodaySectionItems> &sections)
    {
        QString out =
            manager ? tr("Today, %1, for %2's creators\n\n").arg(isoDate(asOf), ManagerService::nameOf(db, manager))
                    : tr("Today, %1, for everyone\n\n").arg(isoDate(asOf));
        for (const TodaySectionItems &s : sections) {
            out += tr("%1: %2").arg(todaySectionTitle(s.section)).arg(s.items.size()) + QLatin1Char('\n');
            if (s.items.isEmpty())
                continue;
            // One aligned table per section; its first row is blank so no item is taken for a header.
            QList<QStringList> rows{{}};
            for (const TodayItem &it : s.items) {
                QStringList who;
                for (const QString &name : {it.creator, it.campaign})
                    if (!name.isEmpty())
                        who << name;
                if (who.isEmpty() && !it.brand.isEmpty())
                    who << it.brand;
                rows << QStringList{QString(), it.date.isValid() ? isoDate(it.date) : tr("no date"), it.what,
                                    who.join(QStringLiteral(" / ")), it.detail};
            }
            out += tableText(rows, {}).mid(1); // without the blank first line
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Command> makeToday()
{
    return std::make_unique<Today>();
}

} // namespace cd::cli

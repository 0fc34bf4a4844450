#include "CreatorStatement.h"

#include "CreatorMoney.h"
#include "PaymentLedger.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "common/Names.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace cd {

void StatementLine::add(const StatementLine &o)
{
    gross += o.gross;
    agencyFee += o.agencyFee;
    creatorShare += o.creatorShare;
    withheld += o.withheld;
    net += o.net;
    paid += o.paid;
}

Result<QList<CreatorStatement>> creatorStatements(QSqlDatabase &db, const QString &creator, const QDate &from,
                                                  const QDate &to)
{
    const MoneySettings settings = MoneySettings::read(db);
    if (!settings.isAgency())
        return fail(StatementText::tr("creator statements are for agency workspaces, where the agency pays each "
                                      "creator their share; set the perspective to agency (Settings > Money, or "
                                      "collabdesk-cli settings perspective agency)"));
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(StatementText::tr("the period must run from a date to the same or a later one"));
    auto who = sql::run(db, QStringLiteral("SELECT id, name, npwp, tax_type FROM creators WHERE name_key = ?"),
                        {nameKey(creator)});
    if (!who)
        return who.failure();
    if (!who->next())
        return fail(StatementText::tr("unknown creator '%1'").arg(cleanName(creator)));
    PaymentFilter filter;
    filter.creatorId = who->value(0).toLongLong();
    auto rows = readPayments(db, settings, filter);
    auto rates = agencyRatesOf(db, filter.creatorId, settings);
    if (!rows || !rates)
        return fail(!rows ? rows.error() : rates.error());
    const QHash<qint64, qint64> grossBehind = grossBehindPayables(*rows, *rates);

    QMap<QString, CreatorStatement> byCurrency;
    QMap<QString, QMap<std::tuple<QString, qint64, int>, StatementLine>> linesByCurrency;
    for (const PaymentRow &p : *rows) {
        if (p.direction != PaymentDirection::Payable)
            continue;
        const QDate due = p.timing.due, paid = p.timing.paid;
        const bool inPeriod =
            (due.isValid() && due >= from && due <= to) || (paid.isValid() && paid >= from && paid <= to);
        const bool openAtEnd = !paid.isValid() || paid > to;
        if (!inPeriod && !openAtEnd)
            continue;
        StatementLine line;
        line.campaign = p.campaign;
        line.brand = p.brand;
        line.kind = p.kind;
        line.creatorShare = p.amount;
        line.gross = grossBehind.value(p.id, p.amount);
        line.agencyFee = line.gross - line.creatorShare;
        line.withheld = p.withheld;
        line.net = p.amount - p.withheld;
        line.paid = paid.isValid() && paid <= to ? line.net : 0;
        auto &lines = linesByCurrency[p.currency];
        auto key = std::make_tuple(p.campaign.toLower(), p.campaignId, int(p.kind));
        if (lines.contains(key))
            lines[key].add(line);
        else
            lines.insert(key, line);
    }
    QList<CreatorStatement> out;
    for (auto it = linesByCurrency.cbegin(); it != linesByCurrency.cend(); ++it) {
        CreatorStatement s;
        s.creator = who->value(1).toString();
        s.creatorNpwp = who->value(2).toString();
        s.taxProfile = wordFrom<TaxProfile>(who->value(3).toString()).value_or(TaxProfile::Person);
        s.from = from;
        s.to = to;
        s.currency = it.key();
        s.lines = it.value().values();
        for (const StatementLine &l : s.lines)
            s.totals.add(l);
        s.agencyName = settings.companyName;
        s.agencyAddress = settings.companyAddress;
        s.agencyNpwp = settings.companyNpwp;
        out << s;
    }
    return out;
}

QJsonArray statementsToJson(const QList<CreatorStatement> &statements)
{
    QJsonArray out;
    for (const CreatorStatement &s : statements) {
        const auto money = [&](qint64 minor) { return Money(minor, s.currency).toPlain(); };
        const auto figures = [&](const StatementLine &l, QJsonObject o) {
            o.insert(QStringLiteral("gross"), money(l.gross));
            o.insert(QStringLiteral("agency_fee"), money(l.agencyFee));
            o.insert(QStringLiteral("creator_share"), money(l.creatorShare));
            o.insert(QStringLiteral("withheld"), money(l.withheld));
            o.insert(QStringLiteral("net"), money(l.net));
            o.insert(QStringLiteral("paid"), money(l.paid));
            o.insert(QStringLiteral("owed"), money(l.owed()));
            return o;
        };
        QJsonArray lines;
        for (const StatementLine &l : s.lines)
            lines.append(figures(l, QJsonObject{{QStringLiteral("campaign"), l.campaign},
                                                {QStringLiteral("brand"), l.brand},
                                                {QStringLiteral("kind"), wordOf(l.kind)}}));
        out.append(QJsonObject{{QStringLiteral("creator"), s.creator},
                               {QStringLiteral("from"), isoDate(s.from)},
                               {QStringLiteral("to"), isoDate(s.to)},
                               {QStringLiteral("currency"), s.currency},
                               {QStringLiteral("lines"), lines},
                               {QStringLiteral("totals"), figures(s.totals, {})}});
    }
    return out;
}

} // namespace cd

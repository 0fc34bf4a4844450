#pragma once

#include "MoneySettings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>

namespace cd {

// One line of a creator statement: a (campaign, kind) of the creator's payables. gross is the
// brand's (the receivables'), paid and owed are net.
struct StatementLine
{
    QString campaign, brand;
    PaymentKind kind = PaymentKind::Fee;
    qint64 gross = 0, agencyFee = 0, creatorShare = 0, withheld = 0, net = 0, paid = 0;
    qint64 owed() const { return net - paid; }
    void add(const StatementLine &other);
};

// What an agency owes one creator for a period, in one currency (domain.md "Creator statement").
struct CreatorStatement
{
    QString creator, creatorNpwp;
    TaxProfile taxProfile = TaxProfile::Person;
    QDate from, to;
    QString currency;
    QList<StatementLine> lines; // by campaign, then kind
    StatementLine totals;
    // The agency, for the document's letterhead.
    QString agencyName, agencyAddress, agencyNpwp;
};

struct StatementText
{
    Q_DECLARE_TR_FUNCTIONS(CreatorStatement)
};

// The creator's statements for [from, to], one per currency: every payable due or paid within the
// period or open at its end. Errors: a brand workspace; no such creator; from after to.
Result<QList<CreatorStatement>> creatorStatements(QSqlDatabase &db, const QString &creator, const QDate &from,
                                                  const QDate &to);

// `statement --json` (formats.md).
QJsonArray statementsToJson(const QList<CreatorStatement> &statements);

} // namespace cd

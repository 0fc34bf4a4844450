#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

// True when `text` holds `sigil` + `tag` as a whole tag: ignoring case, and not followed by a
// letter, digit or '_' (#TehSegar is not in "#TehSegarPromo"). `tag` is given without its sigil.
bool hasWholeTag(QStringView text, QChar sigil, QStringView tag);

// The disclosure markers every campaign accepts, without '#'.
QStringList standardDisclosureMarkers();

struct ComplianceRule
{
    QString rule; // hashtags, mentions, disclosure, window, platform
    bool pass = false;
    QString detail; // in the app's language
    // The tags a failed rule is about, without their # or @: those missing (hashtags, mentions; none
    // when there is no caption to check), or those any of which would do (disclosure). A document
    // in another language words the detail from these.
    QStringList tags = {};
};

// One deliverable's brief compliance (domain.md "Brief compliance, precisely"): rules that do not
// apply are absent.
struct DeliverableCompliance
{
    qint64 deliverableId = 0;
    QString creator, title, platform, postUrl;
    QDate postedAt;
    QList<ComplianceRule> rules;
    bool pass() const;
};

// Every deliverable of the campaign named `campaign` that has a caption or a posted date, by
// creator and title. The caption is the deliverable's, else the latest post snapshot's.
// Errors: no such campaign; a database error.
Result<QList<DeliverableCompliance>> briefCompliance(QSqlDatabase &db, const QString &campaign);

// The brief's rules for a post about to be recorded (a caption, its platform and day) in the
// campaign `campaignId`, as briefCompliance would judge it once saved.
Result<QList<ComplianceRule>> postCompliance(QSqlDatabase &db, qint64 campaignId, const QString &caption,
                                             const QString &platform, const QDate &posted);

// The `compliance --json` array of formats.md.
QJsonArray complianceToJson(const QList<DeliverableCompliance> &results);

} // namespace cd

#include "Words.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {

std::optional<Platform> platformAlias(QStringView text)
{
    if (text.compare(QLatin1String("twitter"), Qt::CaseInsensitive) == 0)
        return Platform::X;
    return std::nullopt;
}

QString unknownWordMessage(const char *what, QStringView text, const QStringList &words)
{
    const QString name = QCoreApplication::translate("Words", what);
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Words", "a %1 is required: use one of %2")
            .arg(name, words.join(QStringLiteral(", ")));
    return QCoreApplication::translate("Words", "unknown %1 '%2': use one of %3")
        .arg(name, text.toString(), words.join(QStringLiteral(", ")));
}

QString wordLabel(QStringView word)
{
    if (const auto p = wordFrom<Platform>(word))
        return platformDisplayName(*p);
    if (const auto f = wordFrom<DeliverableFormat>(word))
        return formatDisplayName(*f);
    // One label per word whatever its list ("draft" is a campaign's, a contract's and the like).
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("WordLabels", "Draft")},
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("WordLabels", "Planned")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("WordLabels", "Active")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("WordLabels", "Completed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("WordLabels", "Cancelled")},
        {QStringLiteral("invited"), QT_TRANSLATE_NOOP("WordLabels", "Invited")},
        {QStringLiteral("negotiating"), QT_TRANSLATE_NOOP("WordLabels", "Negotiating")},
        {QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("WordLabels", "Confirmed")},
        {QStringLiteral("declined"), QT_TRANSLATE_NOOP("WordLabels", "Declined")},
        {QStringLiteral("draft_submitted"), QT_TRANSLATE_NOOP("WordLabels", "Draft submitted")},
        {QStringLiteral("revision_requested"), QT_TRANSLATE_NOOP("WordLabels", "Revision requested")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("WordLabels", "Approved")},
        {QStringLiteral("posted"), QT_TRANSLATE_NOOP("WordLabels", "Posted")},
        {QStringLiteral("verified"), QT_TRANSLATE_NOOP("WordLabels", "Verified")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("WordLabels", "Sent")},
        {QStringLiteral("signed"), QT_TRANSLATE_NOOP("WordLabels", "Signed")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("WordLabels", "Expired")},
        {QStringLiteral("terminated"), QT_TRANSLATE_NOOP("WordLabels", "Terminated")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("WordLabels", "Archived")},
        {QStringLiteral("deposit"), QT_TRANSLATE_NOOP("WordLabels", "Deposit")},
        {QStringLiteral("fee"), QT_TRANSLATE_NOOP("WordLabels", "Fee")},
        {QStringLiteral("commission"), QT_TRANSLATE_NOOP("WordLabels", "Commission")},
        {QStringLiteral("points"), QT_TRANSLATE_NOOP("WordLabels", "Points")},
        {QStringLiteral("kill_fee"), QT_TRANSLATE_NOOP("WordLabels", "Kill fee")},
        {QStringLiteral("reimbursement"), QT_TRANSLATE_NOOP("WordLabels", "Reimbursement")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("WordLabels", "Other")},
        {QStringLiteral("payable"), QT_TRANSLATE_NOOP("WordLabels", "Payable")},
        {QStringLiteral("receivable"), QT_TRANSLATE_NOOP("WordLabels", "Receivable")},
        {QStringLiteral("drafted"), QT_TRANSLATE_NOOP("WordLabels", "Drafted")},
        {QStringLiteral("manual"), QT_TRANSLATE_NOOP("WordLabels", "Manual")},
        {QStringLiteral("imported"), QT_TRANSLATE_NOOP("WordLabels", "Imported")},
        {QStringLiteral("awareness"), QT_TRANSLATE_NOOP("WordLabels", "Awareness")},
        {QStringLiteral("follower_growth"), QT_TRANSLATE_NOOP("WordLabels", "Follower growth")},
        {QStringLiteral("engagement"), QT_TRANSLATE_NOOP("WordLabels", "Engagement")},
        {QStringLiteral("traffic"), QT_TRANSLATE_NOOP("WordLabels", "Traffic")},
        {QStringLiteral("sales"), QT_TRANSLATE_NOOP("WordLabels", "Sales")},
        {QStringLiteral("offer"), QT_TRANSLATE_NOOP("WordLabels", "Offer")},
        {QStringLiteral("contracted"), QT_TRANSLATE_NOOP("WordLabels", "Contracted")},
        {QStringLiteral("in_production"), QT_TRANSLATE_NOOP("WordLabels", "In production")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("WordLabels", "Delivered")},
        {QStringLiteral("invoiced"), QT_TRANSLATE_NOOP("WordLabels", "Invoiced")},
        {QStringLiteral("paid"), QT_TRANSLATE_NOOP("WordLabels", "Paid")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("WordLabels", "Lost")},
        {QStringLiteral("creator"), QT_TRANSLATE_NOOP("WordLabels", "Creator")},
        {QStringLiteral("brand"), QT_TRANSLATE_NOOP("WordLabels", "Brand")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("WordLabels", "Campaign")},
        {QStringLiteral("participant"), QT_TRANSLATE_NOOP("WordLabels", "Participant")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("WordLabels", "Agency")},
        {QStringLiteral("age"), QT_TRANSLATE_NOOP("WordLabels", "Age")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("WordLabels", "Gender")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("WordLabels", "Country")},
    };
    const QString key = word.trimmed().toString().toLower();
    if (const char *label = labels.value(key))
        return QCoreApplication::translate("WordLabels", label);
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString platformDisplayName(Platform p)
{
    switch (p) {
    case Platform::TikTok:
        return QCoreApplication::translate("Words", "TikTok");
    case Platform::Instagram:
        return QCoreApplication::translate("Words", "Instagram");
    case Platform::YouTube:
        return QCoreApplication::translate("Words", "YouTube");
    case Platform::Facebook:
        return QCoreApplication::translate("Words", "Facebook");
    case Platform::X:
        return QCoreApplication::translate("Words", "X");
    case Platform::Blog:
        return QCoreApplication::translate("Words", "Blog");
    }
    return {};
}

QString formatDisplayName(DeliverableFormat f)
{
    switch (f) {
    case DeliverableFormat::Video:
        return QCoreApplication::translate("Words", "Video");
    case DeliverableFormat::Reel:
        return QCoreApplication::translate("Words", "Reel");
    case DeliverableFormat::Story:
        return QCoreApplication::translate("Words", "Story");
    case DeliverableFormat::Post:
        return QCoreApplication::translate("Words", "Post");
    case DeliverableFormat::Short:
        return QCoreApplication::translate("Words", "Short");
    case DeliverableFormat::Live:
        return QCoreApplication::translate("Words", "Live");
    case DeliverableFormat::BlogPost:
        return QCoreApplication::translate("Words", "Blog post");
    }
    return {};
}

} // namespace cd

#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace cd {

// The closed word lists of formats.md ("Names and words"). Each enum's values index its WordList,
// which is the spelling the product writes (lower case) and reads (ignoring case).
enum class Platform
{
    TikTok,
    Instagram,
    YouTube,
    Facebook,
    X,
    Blog
};
enum class CampaignGoal
{
    Awareness,
    FollowerGrowth,
    Engagement,
    Traffic,
    Sales
};
enum class CampaignStatus
{
    Draft,
    Planned,
    Active,
    Completed,
    Cancelled
};
enum class ParticipantStatus
{
    Invited,
    Negotiating,
    Confirmed,
    Declined,
    Cancelled,
    Completed
};
enum class DeliverableStatus
{
    Planned,
    DraftSubmitted,
    RevisionRequested,
    Approved,
    Posted,
    Verified
};
enum class DeliverableFormat
{
    Video,
    Reel,
    Story,
    Post,
    Short,
    Live,
    BlogPost
};
enum class ContractStatus
{
    Draft,
    Sent,
    Negotiating,
    Signed,
    Active,
    Expired,
    Terminated
};
enum class ContractLanguage
{
    En,
    Id
};
enum class CreatorStatus
{
    Active,
    Archived
};
enum class AudienceDimension
{
    Age,
    Gender,
    Country
};
enum class PaymentKind
{
    Deposit,
    Fee,
    Commission,
    Points,
    KillFee,
    Reimbursement,
    Other
};

enum class PaymentDirection
{
    Payable,
    Receivable
};
enum class PaymentOrigin
{
    Drafted,
    Manual,
    Imported
};
// A payee's tax profile (domain.md "Indonesian taxes").
enum class TaxProfile
{
    Person,
    PersonFinal,
    Company,
    Foreign
};
// Who the workspace belongs to: a brand paying creators, or an agency invoicing brands.
enum class Perspective
{
    Brand,
    Agency
};

// What a follow-up is about (domain.md "The talent manager's desk"): a participant is a deal.
enum class FollowupAbout
{
    Creator,
    Brand,
    Campaign,
    Participant
};
// A deal's stage on the pipeline board, in domain.md's column order (the rules run in another).
enum class DealStage
{
    Offer,
    Negotiating,
    Contracted,
    InProduction,
    Delivered,
    Invoiced,
    Paid,
    Lost
};
// The sections of Today, in formats.md's order.
enum class TodaySection
{
    DraftsToReview,
    RevisionsWaiting,
    DueSoon,
    Late,
    Offers,
    ContractsToChase,
    ReceivablesOverdue,
    PayablesDue,
    Rights,
    Conflicts,
    Followups
};

template <typename E> struct WordList;

#define CD_WORDS(Enum, What, ...)                                                                                      \
    template <> struct WordList<Enum>                                                                                  \
    {                                                                                                                  \
        static constexpr const char *what = What;                                                                      \
        static constexpr std::array words = {__VA_ARGS__};                                                             \
    };

CD_WORDS(Platform, QT_TRANSLATE_NOOP("Words", "platform"), "tiktok", "instagram", "youtube", "facebook", "x", "blog")
CD_WORDS(CampaignGoal, QT_TRANSLATE_NOOP("Words", "campaign goal"), "awareness", "follower_growth", "engagement",
         "traffic", "sales")
CD_WORDS(CampaignStatus, QT_TRANSLATE_NOOP("Words", "campaign status"), "draft", "planned", "active", "completed",
         "cancelled")
CD_WORDS(ParticipantStatus, QT_TRANSLATE_NOOP("Words", "participant status"), "invited", "negotiating", "confirmed",
         "declined", "cancelled", "completed")
CD_WORDS(DeliverableStatus, QT_TRANSLATE_NOOP("Words", "deliverable status"), "planned", "draft_submitted",
         "revision_requested", "approved", "posted", "verified")
CD_WORDS(DeliverableFormat, QT_TRANSLATE_NOOP("Words", "deliverable format"), "video", "reel", "story", "post", "short",
         "live", "blog_post")
CD_WORDS(ContractStatus, QT_TRANSLATE_NOOP("Words", "contract status"), "draft", "sent", "negotiating", "signed",
         "active", "expired", "terminated")
CD_WORDS(ContractLanguage, QT_TRANSLATE_NOOP("Words", "contract language"), "en", "id")
CD_WORDS(CreatorStatus, QT_TRANSLATE_NOOP("Words", "creator status"), "active", "archived")
CD_WORDS(PaymentKind, QT_TRANSLATE_NOOP("Words", "payment kind"), "deposit", "fee", "commission", "points", "kill_fee",
         "reimbursement", "other")
CD_WORDS(PaymentDirection, QT_TRANSLATE_NOOP("Words", "payment direction"), "payable", "receivable")
CD_WORDS(PaymentOrigin, QT_TRANSLATE_NOOP("Words", "payment origin"), "drafted", "manual", "imported")
CD_WORDS(TaxProfile, QT_TRANSLATE_NOOP("Words", "tax type"), "person", "person_final", "company", "foreign")
CD_WORDS(Perspective, QT_TRANSLATE_NOOP("Words", "perspective"), "brand", "agency")
CD_WORDS(AudienceDimension, QT_TRANSLATE_NOOP("Words", "audience dimension"), "age", "gender", "country")
CD_WORDS(FollowupAbout, QT_TRANSLATE_NOOP("Words", "follow-up subject"), "creator", "brand", "campaign", "participant")
CD_WORDS(DealStage, QT_TRANSLATE_NOOP("Words", "deal stage"), "offer", "negotiating", "contracted", "in_production",
         "delivered", "invoiced", "paid", "lost")
CD_WORDS(TodaySection, QT_TRANSLATE_NOOP("Words", "Today section"), "drafts_to_review", "revisions_waiting", "due_soon",
         "late", "offers", "contracts_to_chase", "receivables_overdue", "payables_due", "rights", "conflicts",
         "followups")
#undef CD_WORDS

// Aliases read but never written ("twitter" is read as "x").
std::optional<Platform> platformAlias(QStringView text);

template <typename E> QString wordOf(E value)
{
    return QString::fromLatin1(WordList<E>::words.at(static_cast<std::size_t>(value)));
}

template <typename E> QStringList allWords()
{
    QStringList out;
    for (const char *w : WordList<E>::words)
        out << QString::fromLatin1(w);
    return out;
}

template <typename E> std::optional<E> wordFrom(QStringView text)
{
    const QStringView t = text.trimmed();
    for (std::size_t i = 0; i < WordList<E>::words.size(); ++i)
        if (t.compare(QLatin1String(WordList<E>::words[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    if constexpr (std::is_same_v<E, Platform>)
        return platformAlias(t);
    return std::nullopt;
}

// A word as stored (always lower case, as wordOf() wrote it) read as its enum without making a
// QString per row: for reads of many rows through SqliteStatement::utf8().
template <typename E> E storedWord(QByteArrayView text, E fallback)
{
    for (std::size_t i = 0; i < WordList<E>::words.size(); ++i)
        if (text == QByteArrayView(WordList<E>::words[i]))
            return static_cast<E>(i);
    return fallback;
}

QString unknownWordMessage(const char *what, QStringView text, const QStringList &words);

// Reads a word, or says which words are allowed: "unknown platform 'tiktak': use one of tiktok, ...".
template <typename E> Result<E> parseWord(QStringView text)
{
    if (auto v = wordFrom<E>(text))
        return *v;
    return fail(unknownWordMessage(WordList<E>::what, text, allWords<E>()));
}

// What people read for a stored word, in the app's language: "draft_submitted" -> "Draft submitted"
// ("Draf dikirim" in Indonesian), "kill_fee" -> "Kill fee"; platforms and formats by their display
// names. The words of statuses, kinds, goals, stages and the like; any other word is shown as it is
// with '_' as a space.
QString wordLabel(QStringView word);
template <typename E>
requires std::is_enum_v<E> QString wordLabel(E value)
{
    return wordLabel(wordOf(value));
}

// Display names for people ("TikTok", "YouTube"), translated.
QString platformDisplayName(Platform p);
// "Reel", "Blog post": a content type for people, translated.
QString formatDisplayName(DeliverableFormat f);

} // namespace cd

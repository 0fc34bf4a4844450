#include "ChartLanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <optional>

namespace cd {

// The chart code's own words (translate contexts of ui/charts) in a document's language. English
// gives the source text back, so an app running in another language still draws English charts
// for an English document; Indonesian gives its words, and anything it does not know falls through
// to the app's translations.
class ChartWords : public QTranslator
{
public:
    explicit ChartWords(ContractLanguage language) : m_language(language) {}

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        static const QHash<QString, QString> indonesian = {
            {QStringLiteral("Count"), QStringLiteral("Jumlah")},
            {QStringLiteral("Rate (%)"), QStringLiteral("Tingkat (%)")},
            {QStringLiteral("Likes"), QStringLiteral("Suka")},
            {QStringLiteral("Comments"), QStringLiteral("Komentar")},
            {QStringLiteral("Shares"), QStringLiteral("Dibagikan")},
            {QStringLiteral("Saves"), QStringLiteral("Disimpan")},
            {QStringLiteral("Engagement rate"), QStringLiteral("Tingkat engagement")},
            {QStringLiteral("Engagement over time"), QStringLiteral("Engagement dari waktu ke waktu")},
            {QStringLiteral("Followers over time"), QStringLiteral("Pengikut dari waktu ke waktu")},
            {QStringLiteral("Followers"), QStringLiteral("Pengikut")},
            {QStringLiteral("Start"), QStringLiteral("Mulai")},
            {QStringLiteral("Change since the start (%)"), QStringLiteral("Perubahan sejak awal (%)")},
            {QStringLiteral("End"), QStringLiteral("Selesai")},
            {QStringLiteral("Achieved"), QStringLiteral("Tercapai")},
            {QStringLiteral("Posts"), QStringLiteral("Posting")},
            {QStringLiteral("Views"), QStringLiteral("Tayangan")},
            {QStringLiteral("New followers"), QStringLiteral("Pengikut baru")},
            {QStringLiteral("Link clicks"), QStringLiteral("Klik tautan")},
            {QStringLiteral("Revenue"), QStringLiteral("Pendapatan")},
            {QStringLiteral("Paid"), QStringLiteral("Dibayar")},
            {QStringLiteral("Committed"), QStringLiteral("Disepakati")},
            {QStringLiteral("Budget"), QStringLiteral("Anggaran")},
        };
        static const QList<QByteArray> charts = {"CampaignCharts", "EngagementChart", "FollowersChart", "PostRateChart",
                                                 "ChartParts"};
        // Q_OBJECT classes translate in their qualified name's context ("cd::EngagementChart").
        QByteArray name(context ? context : "");
        if (name.startsWith("cd::"))
            name.remove(0, 4);
        if (!charts.contains(name))
            return {};
        const QString source = QString::fromUtf8(sourceText);
        return m_language == ContractLanguage::Id ? indonesian.value(source) : source;
    }

private:
    ContractLanguage m_language;
};

QLocale ChartLanguage::localeFor(ContractLanguage language)
{
    return QLocale(language == ContractLanguage::Id ? QLocale::Indonesian : QLocale::English,
                   language == ContractLanguage::Id ? QLocale::Indonesia : QLocale::UnitedStates);
}

namespace {
// The document language of the ChartLanguage in scope (GUI thread only, where charts are drawn).
std::optional<QLocale> activeLocale;
} // namespace

QLocale ChartLanguage::current()
{
    return activeLocale.value_or(QLocale());
}

ChartLanguage::ChartLanguage(ContractLanguage language) : m_words(std::make_unique<ChartWords>(language))
{
    activeLocale = localeFor(language);
    // Installed last, so asked first.
    QCoreApplication::installTranslator(m_words.get());
}

ChartLanguage::~ChartLanguage()
{
    QCoreApplication::removeTranslator(m_words.get());
    activeLocale.reset();
}

} // namespace cd

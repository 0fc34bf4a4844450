#include "ChartLanguage.h"

#include "common/LanguageText.h"

#include <QCoreApplication>
#include <QTranslator>

#include <optional>

namespace cd {

// The chart code's own words (translate contexts of ui/charts) in a document's language, from the
// app's translations (textIn): English gives the source text back, so an app running in Indonesian
// still draws English charts for an English document, and the other way round.
class ChartWords : public QTranslator
{
public:
    explicit ChartWords(ContractLanguage language) : m_language(language) {}

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        static const QList<QByteArray> charts = {"CampaignCharts", "EngagementChart", "FollowersChart", "PostRateChart",
                                                 "ChartParts"};
        // Q_OBJECT classes translate in their qualified name's context ("cd::EngagementChart").
        QByteArray name(context ? context : "");
        if (name.startsWith("cd::"))
            name.remove(0, 4);
        if (!charts.contains(name))
            return {};
        return textIn(m_language, context, sourceText);
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

#include "LanguageText.h"

#include <QTranslator>

namespace cd {

QString textIn(ContractLanguage language, const char *context, const char *source)
{
    if (language == ContractLanguage::En)
        return QString::fromUtf8(source);
    // Loaded once (a thread-safe static); translate() only reads it afterwards.
    static const QTranslator *const indonesian = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/collabdesk_id.qm"))) {
            delete t;
            return static_cast<QTranslator *>(nullptr);
        }
        return t;
    }();
    const QString text = indonesian ? indonesian->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace cd

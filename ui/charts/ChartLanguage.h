#pragma once

#include "common/Words.h"

#include <QLocale>
#include <memory>

namespace cd {

class ChartWords;

// While one exists, the charts drawn speak a document's language rather than the app's: their
// titles, axes, legends and bar labels, the months on their date axes and their numbers. A report
// or media kit in Bahasa Indonesia from an English app (or the other way round) thus has no word of
// the other language in its charts. Scoped to the drawing of a document's charts; not nested. The
// locale is handed to each chart (chartPicture) rather than made the process's default, which
// worker threads reading at the same moment would see.
class ChartLanguage
{
public:
    explicit ChartLanguage(ContractLanguage language);
    ~ChartLanguage();
    ChartLanguage(const ChartLanguage &) = delete;
    ChartLanguage &operator=(const ChartLanguage &) = delete;

    // The locale charts in `language` use: English or Indonesian.
    static QLocale localeFor(ContractLanguage language);
    // The locale of the document whose charts are being drawn, else the app's.
    static QLocale current();

private:
    std::unique_ptr<ChartWords> m_words;
};

} // namespace cd

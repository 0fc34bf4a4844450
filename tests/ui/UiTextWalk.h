#pragma once

// Reading every text a window shows, and finding English source texts among them: the tools of the
// test that walks the app in Indonesian.
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

#include "Translations.h"

class QWidget;

namespace cd::test {

// A text on screen and where it was seen ("Pembayaran > table header").
struct ShownText
{
    QString where;
    QString text;
};

// The source texts of .ts files whose translation differs from them: English that must not be on
// screen when the app runs in the translation's language. A source the translator kept as it is
// (Instagram, Email, Brand) is the same in both languages and never reported.
class EnglishSources
{
public:
    void load(const QString &tsFile);
    int size() const { return int(m_exact.size() + m_patterns.size()); }
    // The source `shown` is (its placeholders matching anything), or an empty string.
    QString match(const QString &shown) const;

    // What people see of a text: accelerators ("&Save", "&&") and a trailing ":" or "…" removed,
    // white space simplified.
    static QString normalized(const QString &text);

private:
    struct Pattern
    {
        QString source;
        QString longestLiteral; // a quick test before the expression
        QRegularExpression expression;
    };
    void add(const QString &source);
    QHash<QString, QString> m_exact; // normalized source without placeholders -> source
    QSet<QString> m_same;            // normalized texts some translation keeps as they are
    QList<Pattern> m_patterns;
};

// The app's language for one test, English again afterwards (the other tests read English).
struct AppLanguage
{
    explicit AppLanguage(UiLanguage language);
    ~AppLanguage();
};

// The English source texts (of `english`) among `shown`, one line each: where, the text, its source.
QStringList englishIn(const QList<ShownText> &shown, const EnglishSources &english);

// Every text `root` and its visible children show: labels, buttons, group titles, tabs (all of
// them), placeholders, tooltips, accessible names, combo box items, item views' headers and first
// rows, text edits, charts' titles, axes and series. Rich text is read as plain text.
void readTexts(QWidget *root, const QString &where, QList<ShownText> &out);

// The controls readTexts has met since the last call whose accessible name (what a screen reader
// says of them) is empty, one line each: where, the class and the object's name.
QStringList takeNamelessControls();

// The menu bar's actions of `window`, with their submenus.
void readMenus(QWidget *window, QList<ShownText> &out);

// Runs `trigger`; each modal dialog it opens (a message box, a file dialog, an editor) is read,
// every tab of it shown in turn, the dialogs its own buttons open read too (at `depth` 0 only), and
// then closed. Returns the number of dialogs read.
int readDialogsOpenedBy(const std::function<void()> &trigger, const QString &where, QList<ShownText> &out,
                        int depth = 0);

// Clicks every visible, enabled button of `area` once, on every tab of its tab widgets, reading
// the dialogs each opens (buttons of a dialog box's own row are left alone). Returns the number read.
int clickButtonsIn(QWidget *area, const QString &where, QList<ShownText> &out, int depth = 0);

} // namespace cd::test

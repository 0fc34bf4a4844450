#include "UiTextWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QXmlStreamReader>

#include <utility>

namespace cd::test {

QString EnglishSources::normalized(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    s = s.simplified();
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QChar(0x2026)))
        s.chop(1);
    if (s.endsWith(QLatin1String("...")))
        s.chop(3);
    return s.trimmed();
}

namespace {
const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
}

void EnglishSources::add(const QString &source)
{
    const QString text = normalized(source);
    const QStringList literals = text.split(placeholder);
    QString longest;
    for (const QString &l : literals)
        if (l.trimmed().size() > longest.size())
            longest = l.trimmed();
    // Too little English to tell it from a name or a number ("%1 (%2)", "OK", "%1 – %2").
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    if (!word.match(longest).hasMatch())
        return;
    if (literals.size() == 1) {
        m_exact.insert(text, source);
        return;
    }
    // A pattern needs two English words to tell it from people's own text ("product %1" would
    // match a brief's "product review").
    int words = 0;
    for (auto it = word.globalMatch(literals.join(QLatin1Char(' '))); it.hasNext(); it.next())
        ++words;
    if (words < 2)
        return;
    QString expression;
    for (qsizetype i = 0; i < literals.size(); ++i)
        expression += (i ? QStringLiteral("(.+?)") : QString()) + QRegularExpression::escape(literals.at(i));
    m_patterns.push_back({source, longest, QRegularExpression(QRegularExpression::anchoredPattern(expression))});
}

void EnglishSources::load(const QString &tsFile)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(tsFile));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                translations.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
                const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!t.isEmpty())
                    translations << t;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            // Kept as it is by the translator: the same in both languages.
            const bool same = std::any_of(translations.cbegin(), translations.cend(),
                                          [&](const QString &t) { return normalized(t) == normalized(source); });
            if (same)
                m_same.insert(normalized(source));
            else
                add(source);
        }
    }
}

QString EnglishSources::match(const QString &shown) const
{
    const QString text = normalized(shown);
    // A text one translation keeps as it is ("File:" next to the menu's "&File" -> "&Berkas").
    if (text.isEmpty() || m_same.contains(text))
        return {};
    if (auto it = m_exact.constFind(text); it != m_exact.cend())
        return *it;
    for (const Pattern &p : m_patterns)
        if (text.contains(p.longestLiteral) && p.expression.match(text).hasMatch())
            return p.source;
    return {};
}

namespace {
void add(QList<ShownText> &out, const QString &where, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    for (const QString &line : plain.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            out.push_back({where, line});
}

void readModel(QAbstractItemView *view, const QString &where, QList<ShownText> &out)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c) {
        add(out, where + QStringLiteral(" (header)"), model->headerData(c, Qt::Horizontal).toString());
        add(out, where + QStringLiteral(" (header tip)"),
            model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    const auto readRows = [&](const QModelIndex &parent, int rows) {
        for (int r = 0; r < std::min(rows, model->rowCount(parent)); ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex i = model->index(r, c, parent);
                add(out, where, i.data().toString());
                add(out, where + QStringLiteral(" (tip)"), i.data(Qt::ToolTipRole).toString());
            }
    };
    readRows({}, 40);
    for (int r = 0; r < std::min(5, model->rowCount()); ++r)
        readRows(model->index(r, 0), 10);
}

void readChart(QChartView *view, const QString &where, QList<ShownText> &out)
{
    QChart *chart = view->chart();
    add(out, where, chart->title());
    for (QAbstractAxis *axis : chart->axes())
        add(out, where, axis->titleText());
    for (QLegendMarker *marker : chart->legend()->markers())
        add(out, where, marker->label());
}

QStringList &namelessList()
{
    static QStringList list;
    return list;
}

// A control a person operates (types into, picks from, presses) whose accessible name is empty: a
// screen reader would say only "edit" or "button". Parts of another control (a spin box's or combo
// box's line edit, a scroll bar, a tab bar's scroll arrows) and Qt's own file dialog are not ours.
void checkAccessibleName(QWidget *w, const QString &where)
{
    const bool control =
        qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
        qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w) ||
        qobject_cast<QPlainTextEdit *>(w) || (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w));
    if (!control || w->focusPolicy() == Qt::NoFocus)
        return;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) || qobject_cast<QTabBar *>(p) ||
            qobject_cast<QFileDialog *>(p) || qobject_cast<QScrollBar *>(p))
            return;
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    if (a && !a->text(QAccessible::Name).trimmed().isEmpty())
        return;
    const QString line =
        QStringLiteral("%1: %2 \"%3\"").arg(where, QLatin1String(w->metaObject()->className()), w->objectName());
    if (!namelessList().contains(line))
        namelessList() << line;
}

void readWidget(QWidget *w, const QString &where, QList<ShownText> &out)
{
    checkAccessibleName(w, where);
    add(out, where + QStringLiteral(" (tip)"), w->toolTip());
    add(out, where + QStringLiteral(" (accessible)"), w->accessibleName());
    if (auto *l = qobject_cast<QLabel *>(w))
        add(out, where, l->text());
    else if (auto *b = qobject_cast<QAbstractButton *>(w))
        add(out, where, b->text());
    else if (auto *g = qobject_cast<QGroupBox *>(w))
        add(out, where, g->title());
    else if (auto *t = qobject_cast<QTabBar *>(w))
        for (int i = 0; i < t->count(); ++i)
            add(out, where, t->tabText(i));
    else if (auto *e = qobject_cast<QLineEdit *>(w)) {
        add(out, where + QStringLiteral(" (placeholder)"), e->placeholderText());
        add(out, where, e->text());
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < c->count(); ++i)
            add(out, where, c->itemText(i));
    } else if (auto *v = qobject_cast<QAbstractItemView *>(w))
        readModel(v, where, out);
    else if (auto *te = qobject_cast<QTextEdit *>(w)) {
        add(out, where, te->toPlainText());
        add(out, where + QStringLiteral(" (placeholder)"), te->placeholderText());
    } else if (auto *pe = qobject_cast<QPlainTextEdit *>(w)) {
        add(out, where, pe->toPlainText());
        add(out, where + QStringLiteral(" (placeholder)"), pe->placeholderText());
    } else if (auto *chart = qobject_cast<QChartView *>(w))
        readChart(chart, where, out);
    QMenu *menu = nullptr;
    if (auto *tool = qobject_cast<QToolButton *>(w))
        menu = tool->menu();
    else if (auto *push = qobject_cast<QPushButton *>(w))
        menu = push->menu();
    if (menu)
        for (QAction *a : menu->actions())
            add(out, where + QStringLiteral(" (menu)"), a->text());
    for (QAction *a : w->actions())
        add(out, where + QStringLiteral(" (context menu)"), a->text());
}

void readVisible(QWidget *root, const QString &where, QList<ShownText> &out)
{
    add(out, where + QStringLiteral(" (title)"), root->windowTitle());
    readWidget(root, where, out);
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisible())
            readWidget(w, where, out);
}

void readMenu(QMenu *menu, const QString &where, QList<ShownText> &out)
{
    for (QAction *a : menu->actions()) {
        add(out, where, a->text());
        add(out, where + QStringLiteral(" (tip)"),
            a->toolTip() == EnglishSources::normalized(a->text()) ? QString() : a->toolTip());
        add(out, where + QStringLiteral(" (status tip)"), a->statusTip());
        if (a->menu())
            readMenu(a->menu(), where + QStringLiteral(" > ") + EnglishSources::normalized(a->text()), out);
    }
}
} // namespace

QStringList takeNamelessControls()
{
    return std::exchange(namelessList(), {});
}

AppLanguage::AppLanguage(UiLanguage language)
{
    installTranslations(language);
    applyUiLocale(language);
}

AppLanguage::~AppLanguage()
{
    installTranslations(UiLanguage::English);
    applyUiLocale(UiLanguage::English);
}

QStringList englishIn(const QList<ShownText> &shown, const EnglishSources &english)
{
    // Languages are listed by their own names: "English" beside "Bahasa Indonesia".
    static const QStringList sameInBothLanguages = {QStringLiteral("English")};
    QStringList found;
    for (const ShownText &s : shown)
        if (const QString source = english.match(s.text);
            !source.isEmpty() && !sameInBothLanguages.contains(EnglishSources::normalized(s.text))) {
            const QString line = QStringLiteral("%1: \"%2\" (source \"%3\")").arg(s.where, s.text, source);
            if (!found.contains(line))
                found << line;
        }
    return found;
}

void readTexts(QWidget *root, const QString &where, QList<ShownText> &out)
{
    readVisible(root, where, out);
    // Every tab of every tab widget, shown in turn (a tab's contents are visible only when current).
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            readVisible(tabs->widget(i), where + QStringLiteral(" > ") + EnglishSources::normalized(tabs->tabText(i)),
                        out);
        }
        tabs->setCurrentIndex(was);
    }
}

void readMenus(QWidget *window, QList<ShownText> &out)
{
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        for (QAction *a : bar->actions()) {
            add(out, QStringLiteral("menu bar"), a->text());
            if (a->menu())
                readMenu(a->menu(), QStringLiteral("menu ") + EnglishSources::normalized(a->text()), out);
        }
}

int clickButtonsIn(QWidget *area, const QString &where, QList<ShownText> &out, int depth)
{
    int read = 0;
    const auto clickVisible = [&](QWidget *within, const QString &at) {
        QList<QPointer<QAbstractButton>> buttons;
        for (QAbstractButton *b : within->findChildren<QAbstractButton *>())
            if (b->isVisible() && b->isEnabled() && !qobject_cast<QTabBar *>(b->parentWidget()) &&
                !qobject_cast<QDialogButtonBox *>(b->parentWidget()) && !(depth > 0 && b->isCheckable()))
                buttons << b;
        for (const QPointer<QAbstractButton> &b : std::as_const(buttons))
            if (b && b->isVisible() && b->isEnabled())
                read +=
                    readDialogsOpenedBy([&] { b->click(); },
                                        at + QStringLiteral(" > ") +
                                            EnglishSources::normalized(b->text().isEmpty() ? b->toolTip() : b->text()),
                                        out, depth);
    };
    clickVisible(area, where);
    // The buttons of the tabs that are not current, each tab shown in turn.
    for (const QPointer<QTabWidget> &tabs : area->findChildren<QTabWidget *>()) {
        if (!tabs || !tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (i == was)
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            clickVisible(tabs->widget(i), where + QStringLiteral(" > ") + EnglishSources::normalized(tabs->tabText(i)));
        }
        if (tabs)
            tabs->setCurrentIndex(was);
    }
    return read;
}

int readDialogsOpenedBy(const std::function<void()> &trigger, const QString &where, QList<ShownText> &out, int depth)
{
    int read = 0;
    QSet<QWidget *> closed;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        // A button's menu pops up in its own event loop: its actions were read with the button.
        if (QWidget *popup = QApplication::activePopupWidget()) {
            popup->close();
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (closed.contains(modal)) {
            // Its reject() asked in its own words and was told No: closed without asking.
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->done(QDialog::Rejected);
            else
                modal->close();
            return;
        }
        closed.insert(modal);
        poll.stop(); // reading shows tabs, which runs events: not re-entered
        QTest::qWait(50);
        const QString at = where + QStringLiteral(" > ") + modal->windowTitle();
        readTexts(modal, at, out);
        ++read;
        // The dialogs this one opens (a follow-up from a creator, a file chooser from a document
        // dialog), one level down; the page the buttons change is read again.
        if (depth == 0 && !qobject_cast<QFileDialog *>(modal)) {
            read += clickButtonsIn(modal, at, out, depth + 1);
            if (QApplication::activeModalWidget() == modal)
                readTexts(modal, at, out);
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
        poll.start();
    });
    poll.start();
    if (qEnvironmentVariableIsSet("COLLABDESK_WALK_TRACE"))
        qInfo("walk: %s", qPrintable(where));
    trigger();
    QTest::qWait(30);
    return read;
}

} // namespace cd::test

#include "FormGuard.h"

#include "Ask.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTextEdit>

namespace cd {

namespace {
// A field's value as text; none for widgets that hold no value.
std::optional<QString> fieldState(const QWidget *w)
{
    if (auto *line = qobject_cast<const QLineEdit *>(w))
        return line->text();
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return plain->isReadOnly() ? std::optional<QString>() : plain->toPlainText();
    if (auto *rich = qobject_cast<const QTextEdit *>(w))
        return rich->isReadOnly() ? std::optional<QString>() : rich->toPlainText();
    if (auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->currentText();
    if (auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        return spin->text();
    if (auto *button = qobject_cast<const QAbstractButton *>(w); button && button->isCheckable())
        return button->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (auto *grid = qobject_cast<const QTableWidget *>(w);
        grid && grid->editTriggers() != QAbstractItemView::NoEditTriggers) {
        QStringList cells;
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c)
                cells << (grid->item(r, c) ? grid->item(r, c)->text() : QString());
        return cells.join(QChar(0x1f));
    }
    return std::nullopt;
}
} // namespace

QHash<const QWidget *, QString> formState(const QWidget *root)
{
    QHash<const QWidget *, QString> state;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        // Popups (a date field's calendar) are windows of their own, and spin boxes' inner line
        // edits repeat their box's text.
        if (w->window() != root->window() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (const auto value = fieldState(w))
            state.insert(w, *value);
    }
    return state;
}

FormGuard *FormGuard::attach(QDialog *dialog, Closing closing)
{
    return new FormGuard(dialog, closing);
}

FormGuard::FormGuard(QDialog *dialog, Closing closing) : QObject(dialog), m_dialog(dialog), m_closing(closing)
{
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, dialog), &QShortcut::activated, this, &FormGuard::save);
    if (closing == Closing::DialogAsks)
        return;
    // Cancel asks first; the box's other buttons are left alone.
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        disconnect(box, &QDialogButtonBox::rejected, dialog, nullptr);
        connect(box, &QDialogButtonBox::rejected, this, &FormGuard::cancel);
    }
    dialog->installEventFilter(this);
    // A field someone has been in and left counts as touched even when left as it was.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && m_dialog->isAncestorOf(old)) {
            m_visited.insert(old);
            emit fieldLeft();
        }
    });
    takeSnapshot();
}

void FormGuard::takeSnapshot()
{
    m_snapshot = formState(m_dialog);
    m_visited.clear();
}

bool FormGuard::isChanged() const
{
    return formState(m_dialog) != m_snapshot;
}

bool FormGuard::isTouched(const QWidget *field) const
{
    if (!field)
        return false;
    if (m_visited.contains(field))
        return true;
    const auto now = fieldState(field);
    return now && m_snapshot.contains(field) ? *now != m_snapshot.value(field) : bool(now);
}

bool FormGuard::mayDiscard()
{
    if (m_closing == Closing::DialogAsks || !isChanged())
        return true;
    const QString title = m_dialog->windowTitle();
    const auto answer = ask::question(m_dialog, tr("Discard Changes"),
                                      tr("Discard what you changed in “%1”? It is not saved.").arg(title),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                                      {{QMessageBox::Yes, tr("Discard")}, {QMessageBox::No, tr("Keep Editing")}});
    return answer == QMessageBox::Yes;
}

void FormGuard::save()
{
    // The dialog's own Save (or OK) button, so its checks run as if it were clicked.
    for (QDialogButtonBox *box : m_dialog->findChildren<QDialogButtonBox *>())
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole) {
                if (button->isEnabled() && button->isVisible())
                    button->click();
                return;
            }
}

void FormGuard::cancel()
{
    if (mayDiscard())
        m_dialog->reject();
}

bool FormGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog) {
        switch (event->type()) {
        case QEvent::Show:
            if (!m_shown) {
                m_shown = true;
                takeSnapshot(); // whatever its caller filled in after building it
            }
            break;
        case QEvent::KeyPress:
            if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Cancel)) {
                cancel();
                return true;
            }
            break;
        case QEvent::Close:
            if (!mayDiscard()) {
                event->ignore();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd

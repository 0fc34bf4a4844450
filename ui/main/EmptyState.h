#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace cd {

// What a list shows while it has nothing to list (design.md: "empty is a state, not a blank"):
// what goes there, and buttons for the first action (New Campaign, Import CSV) that follow their
// window actions' text and whether they can be used.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // A button for `action` under the text; hidden while `showActions` is off (a search that
    // matches nothing needs no New button).
    void addAction(QAction *action);
    void setActionsShown(bool shown);
    QList<QWidget *> buttons() const;

private:
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QWidget *m_row;
};

} // namespace cd

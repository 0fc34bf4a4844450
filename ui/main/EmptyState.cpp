#include "EmptyState.h"

#include "WrappingLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

EmptyState::EmptyState(const QString &text, QWidget *parent) : QWidget(parent)
{
    m_text = new WrappingLabel(this);
    m_text->setText(text);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextFormat(Qt::RichText);
    m_row = new QWidget(this);
    m_buttons = new QHBoxLayout(m_row);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addStretch();
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_row);
    layout->addStretch();
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::addAction(QAction *action)
{
    auto *button = new QPushButton(m_row);
    const auto follow = [button, action] {
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->shortcut().isEmpty() ? QString()
                                                        : action->shortcut().toString(QKeySequence::NativeText));
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void EmptyState::setActionsShown(bool shown)
{
    m_row->setVisible(shown);
}

QList<QWidget *> EmptyState::buttons() const
{
    QList<QWidget *> shown;
    for (QPushButton *b : m_row->findChildren<QPushButton *>())
        shown << b;
    return shown;
}

} // namespace cd

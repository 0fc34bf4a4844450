#pragma once

#include <QWidget>

namespace cd {

// A page whose feature has not landed yet: says what it will hold, so the navigation is complete.
class ComingSoonPage : public QWidget
{
    Q_OBJECT
public:
    ComingSoonPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace cd

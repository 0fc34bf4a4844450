#include "ComingSoonPage.h"

#include "PageParts.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

ComingSoonPage::ComingSoonPage(const QString &title, const QString &description, QWidget *parent) : QWidget(parent)
{
    QLabel *heading = makePageTitle(title, this);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace cd

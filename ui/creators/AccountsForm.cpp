#include "AccountsForm.h"

#include "common/Dates.h"
#include "common/Names.h"
#include "main/CountSpinBox.h"
#include "main/FieldMessage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

AccountsForm::AccountsForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One account per platform. A new follower count is recorded as seen today; "
                                "older counts stay in the history."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_grid = new QGridLayout;
    const QStringList headers = {tr("Platform"), tr("Handle"), tr("Latest followers"), tr("New count today")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c]), this);
        m_grid->addWidget(h, 0, c);
    }
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 1);
    layout->addLayout(m_grid);
    m_message = makeFieldMessage(this);
    layout->addWidget(m_message);
    m_add = new QPushButton(tr("&Add Account"), this);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    connect(m_add, &QPushButton::clicked, this, qOverload<>(&AccountsForm::addRow));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
}

void AccountsForm::load(const QList<AccountEdit> &accounts)
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const AccountEdit &a : accounts)
        addRow(a);
    relayout();
}

void AccountsForm::addRow()
{
    AccountEdit fresh;
    const QStringList words = allWords<Platform>();
    for (const QString &word : words) {
        const Platform p = *wordFrom<Platform>(word);
        if (std::none_of(m_rows.cbegin(), m_rows.cend(),
                         [&](const Row &r) { return r.platform->currentData().toString() == word; })) {
            fresh.platform = p;
            break;
        }
    }
    addRow(fresh);
    relayout();
    m_rows.last().handle->setFocus();
    emit changed();
}

void AccountsForm::addRow(const AccountEdit &account)
{
    Row row{account,          new QComboBox(this),    new QLineEdit(this),
            new QLabel(this), new CountSpinBox(this), new QToolButton(this)};
    for (const QString &word : allWords<Platform>())
        row.platform->addItem(platformDisplayName(*wordFrom<Platform>(word)), word);
    row.platform->setCurrentIndex(row.platform->findData(wordOf(account.platform)));
    // A stored account keeps its platform: its follower history belongs to that platform.
    row.platform->setEnabled(account.id == 0);
    row.platform->setAccessibleName(tr("Platform"));
    row.handle->setText(account.handle);
    row.handle->setPlaceholderText(tr("@handle"));
    row.handle->setAccessibleName(tr("Handle"));
    row.latest->setText(
        account.latestFollowers
            ? tr("%1 on %2").arg(QLocale().toString(*account.latestFollowers), displayDate(account.latestDate))
            : tr("none yet"));
    row.newCount->setRange(-1, 2'000'000'000);
    row.newCount->setSpecialValueText(tr("—"));
    row.newCount->setGroupSeparatorShown(true);
    row.newCount->setValue(account.newFollowers ? int(*account.newFollowers) : -1);
    row.newCount->setAccessibleName(tr("New follower count"));
    row.newCount->setToolTip(tr("Followers seen today; leave at — to record nothing"));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAccessibleName(tr("Remove account"));
    row.remove->setToolTip(account.id ? tr("Remove this account and its follower history") : tr("Remove this row"));
    connect(row.platform, &QComboBox::currentIndexChanged, this, &AccountsForm::changed);
    connect(row.handle, &QLineEdit::textChanged, this, &AccountsForm::changed);
    connect(row.newCount, &QSpinBox::valueChanged, this, &AccountsForm::changed);
    QToolButton *remove = row.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].remove == remove) {
                removeRow(i);
                relayout();
                emit changed();
                return;
            }
    });
    m_rows << row;
}

void AccountsForm::removeRow(int index)
{
    const Row row = m_rows.takeAt(index);
    for (QWidget *w :
         {static_cast<QWidget *>(row.platform), static_cast<QWidget *>(row.handle), static_cast<QWidget *>(row.latest),
          static_cast<QWidget *>(row.newCount), static_cast<QWidget *>(row.remove)})
        w->deleteLater();
}

void AccountsForm::relayout()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        m_grid->addWidget(r.platform, i + 1, 0);
        m_grid->addWidget(r.handle, i + 1, 1);
        m_grid->addWidget(r.latest, i + 1, 2);
        m_grid->addWidget(r.newCount, i + 1, 3);
        m_grid->addWidget(r.remove, i + 1, 4);
    }
    m_add->setEnabled(m_rows.size() < allWords<Platform>().size());
}

void AccountsForm::store(CreatorProfile &profile) const
{
    profile.accounts.clear();
    for (const Row &r : m_rows) {
        AccountEdit a = r.stored;
        a.platform = *wordFrom<Platform>(r.platform->currentData().toString());
        a.handle = r.handle->text();
        a.newFollowers = r.newCount->value() >= 0 ? std::optional<qint64>(r.newCount->value()) : std::nullopt;
        profile.accounts << a;
    }
}

QString AccountsForm::problem() const
{
    QString message;
    for (const Row &r : m_rows) {
        const QString handle = cleanHandle(r.handle->text());
        if (handle.isEmpty()) {
            message = tr("the %1 account needs a handle (or remove the row)").arg(r.platform->currentText());
            break;
        }
        if (Status s = checkHandle(handle); !s) {
            message = s.error();
            break;
        }
    }
    showFieldMessage(m_message, message);
    return message;
}

std::optional<qint64> AccountsForm::followers(Platform platform) const
{
    for (const Row &r : m_rows)
        if (r.platform->currentData().toString() == wordOf(platform))
            return r.newCount->value() >= 0 ? std::optional<qint64>(r.newCount->value()) : r.stored.latestFollowers;
    return std::nullopt;
}

} // namespace cd

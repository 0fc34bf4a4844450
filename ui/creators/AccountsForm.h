#pragma once

#include "services/CreatorProfile.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace cd {

// The creator's platform accounts, one row each: platform, handle, the latest follower count
// with its date, and a new count to record today.
class AccountsForm : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsForm(QWidget *parent = nullptr);

    void load(const QList<AccountEdit> &accounts);
    void store(CreatorProfile &profile) const;
    QString problem() const;
    // The follower count the creator has on `platform` once saved (the new count, else the
    // latest), for the rate estimate.
    std::optional<qint64> followers(Platform platform) const;
    // Adds an empty row on the first platform not yet used.
    void addRow();

signals:
    void changed();

private:
    struct Row
    {
        AccountEdit stored;
        QComboBox *platform;
        QLineEdit *handle;
        QLabel *latest;
        QSpinBox *newCount;
        QToolButton *remove;
    };
    void addRow(const AccountEdit &account);
    void removeRow(int index);
    void relayout();

    QList<Row> m_rows;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace cd

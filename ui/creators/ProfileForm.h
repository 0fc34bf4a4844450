#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

struct CreatorProfile;

// The creator's own fields: name, niche, country, manager, contact, tags, notes and whether the
// creator is archived. Checks each field as it is typed and explains next to it.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void load(const CreatorProfile &profile);
    // Whether the form offers to archive the creator (not while adding one).
    void setArchivable(bool archivable);
    void store(CreatorProfile &profile) const;
    // The first field problem, or an empty string.
    QString problem() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *managerField() const { return m_manager; }

    // The workspace's managers, offered as the manager is typed. A name that is none of them is
    // a new manager, added when the creator is saved; the form says so under the field.
    void setManagerNames(const QStringList &names);

signals:
    void changed();

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const char *objectName, QLabel **message);
    void check();
    void updateManagerHint();

    QLineEdit *m_name, *m_niche, *m_country, *m_manager, *m_email, *m_phone, *m_tags;
    QLabel *m_nameMessage = nullptr, *m_countryMessage = nullptr, *m_emailMessage = nullptr, *m_phoneMessage = nullptr;
    QLabel *m_managerHint = nullptr;
    QCompleter *m_managerCompleter = nullptr;
    // Name keys of the known managers; unset until setManagerNames (then nothing is called new).
    std::optional<QSet<QString>> m_managerKeys;
    QPlainTextEdit *m_notes;
    QCheckBox *m_archived;
};

} // namespace cd

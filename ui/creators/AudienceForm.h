#pragma once

#include "services/CreatorProfile.h"

#include <QWidget>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace cd {

// Who follows the creator, across platforms: shares by age band, by gender and for the top
// countries, with the date the figures were seen. Totals per dimension show as they are typed.
class AudienceForm : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceForm(QWidget *parent = nullptr);

    void load(const CreatorProfile &profile);
    void store(CreatorProfile &profile) const;
    QString problem() const;

signals:
    void changed();

private:
    QDoubleSpinBox *makeShare();
    void updateTotals();

    QList<std::pair<QString, QDoubleSpinBox *>> m_ages, m_genders;
    QList<std::pair<QLineEdit *, QDoubleSpinBox *>> m_countries;
    QList<AudienceShare> m_others; // buckets the form has no field for (imported), kept as they are
    QLabel *m_ageTotal, *m_genderTotal, *m_countryTotal, *m_message;
    QDateEdit *m_asOf;
};

} // namespace cd

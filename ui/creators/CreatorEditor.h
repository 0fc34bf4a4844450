#pragma once

#include "common/Tier.h"
#include "services/CreatorProfile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;
class QTimer;

namespace cd {

class AccountsForm;
class AudienceForm;
class EditHistory;
class ProfileForm;
class RateCardForm;
class VettingForm;

// The creator's page: profile, platform accounts, rate card with estimates, audience, vetting
// and campaigns. Checks everything as the user types and saves it all as one undoable step;
// a failed save (read-only or locked workspace, a name taken meanwhile) says why and keeps
// what was typed.
class CreatorEditor : public QDialog
{
    Q_OBJECT
public:
    // Edits the creator `id`, or adds one (id 0) starting from `initial` (empty, or a duplicate).
    CreatorEditor(EditHistory &history, qint64 id, const CreatorProfile &initial, QWidget *parent = nullptr);

    qint64 creatorId() const { return m_id; }
    ProfileForm *profileForm() const { return m_profile; }
    AccountsForm *accountsForm() const { return m_accounts; }
    RateCardForm *rateCardForm() const { return m_rates; }
    AudienceForm *audienceForm() const { return m_audience; }
    VettingForm *vettingForm() const { return m_vetting; }
    // The reason Save is disabled (or a save failed), as shown under the tabs.
    QString problem() const;

    // Saves and closes; on failure stays open with the reason.
    void accept() override;

private:
    CreatorProfile collect() const;
    void revalidate();
    QWidget *campaignsTab();
    QLabel *makeSummary(const CreatorProfile &profile, const TierThresholds &thresholds);

    EditHistory &m_history;
    qint64 m_id;
    CreatorProfile m_initial;
    QTabWidget *m_tabs;
    ProfileForm *m_profile;
    AccountsForm *m_accounts;
    RateCardForm *m_rates;
    AudienceForm *m_audience;
    VettingForm *m_vetting;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QTimer *m_check;
};

} // namespace cd

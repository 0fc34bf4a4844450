#pragma once

#include "common/Tier.h"
#include "main/RecordEditor.h"
#include "services/CreatorProfile.h"

class QLabel;
class QTabWidget;

namespace cd {

class AccountsForm;
class FollowersChart;
class MoneyTab;
class PostRateChart;
class AudienceForm;
class FollowupsPanel;
class ProfileForm;
class RateCardForm;
class VettingForm;

// The creator's page: profile, platform accounts, rate card with estimates, audience, vetting,
// money (tax details, payments, statements), campaigns and follow-ups. Checks everything as the user types and saves it
// all as one undoable step; a failed save (read-only or locked workspace, a name taken meanwhile) says why and keeps
// what was typed.
class CreatorEditor : public RecordEditor
{
    Q_OBJECT
public:
    // Edits the creator `id`, or adds one (id 0) starting from `initial` (empty, or a duplicate).
    CreatorEditor(EditHistory &history, qint64 id, const CreatorProfile &initial, QWidget *parent = nullptr);

    ProfileForm *profileForm() const { return m_profile; }
    AccountsForm *accountsForm() const { return m_accounts; }
    RateCardForm *rateCardForm() const { return m_rates; }
    AudienceForm *audienceForm() const { return m_audience; }
    VettingForm *vettingForm() const { return m_vetting; }
    MoneyTab *moneyTab() const { return m_money; }
    FollowersChart *followersChart() const { return m_followers; }
    PostRateChart *postRateChart() const { return m_postRates; }
    // The creator's follow-ups (null for a creator not saved yet).
    FollowupsPanel *followupsPanel() const { return m_followups; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    QString findProblem() override;
    QString typedName() const override;
    Result<qint64> write(Transaction &tx) override;

private:
    CreatorProfile collect() const;
    QWidget *campaignsTab();
    QWidget *followupsTab(qint64 id, const QString &name);
    QLabel *makeSummary(const CreatorProfile &profile, const TierThresholds &thresholds);

    CreatorProfile m_initial;
    QTabWidget *m_tabs;
    ProfileForm *m_profile;
    AccountsForm *m_accounts;
    RateCardForm *m_rates;
    AudienceForm *m_audience;
    VettingForm *m_vetting;
    MoneyTab *m_money;
    FollowersChart *m_followers = nullptr;
    PostRateChart *m_postRates = nullptr;
    FollowupsPanel *m_followups = nullptr;
};

} // namespace cd

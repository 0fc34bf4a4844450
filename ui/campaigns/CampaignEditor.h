#pragma once

#include "main/RecordEditor.h"
#include "services/CampaignService.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace cd {

class OptionalDateEdit;

// A campaign's overview (brand, goal, status, dates, budget, platforms), its brief (content,
// caption guidance, mandatory hashtags and mentions, disclosure, posting window) and its KPI
// targets. Checks as the user types; saves as one undoable step.
class CampaignEditor : public RecordEditor
{
    Q_OBJECT
public:
    CampaignEditor(EditHistory &history, qint64 id, const CampaignInput &initial, QWidget *parent = nullptr);

protected:
    QString findProblem() override;
    QString typedName() const override;
    Result<qint64> write(Transaction &tx) override;

private:
    void suggestDates();
    QWidget *overviewTab(const CampaignInput &in);
    QWidget *briefTab(const CampaignInput &in);
    QWidget *targetsTab(const CampaignInput &in);
    // The typed values, or the first one that cannot be read.
    Result<CampaignInput> collect() const;

    CampaignInput m_initial;
    QTabWidget *m_tabs;
    QLineEdit *m_name, *m_budget, *m_contentType, *m_hashtags, *m_mentions, *m_markers;
    QComboBox *m_brand, *m_goal, *m_status, *m_currency;
    OptionalDateEdit *m_start, *m_end, *m_windowStart, *m_windowEnd;
    QMap<Platform, QCheckBox *> m_platforms;
    QSpinBox *m_duration;
    QPlainTextEdit *m_caption, *m_notes;
    QCheckBox *m_disclosure;
    QLineEdit *m_posts, *m_views, *m_rate, *m_followers, *m_clicks, *m_revenue;
};

} // namespace cd

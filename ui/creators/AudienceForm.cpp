#include "AudienceForm.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Percent.h"
#include "main/FieldMessage.h"
#include "main/PercentSpinBox.h"
#include "main/RoleColors.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd {
namespace {
constexpr int TopCountries = 5;

int basisPoints(const QDoubleSpinBox *box)
{
    return int(std::lround(box->value() * 100));
}

QString genderName(const QString &word)
{
    if (word == QLatin1String("female"))
        return AudienceForm::tr("Female");
    if (word == QLatin1String("male"))
        return AudienceForm::tr("Male");
    return AudienceForm::tr("Other");
}
} // namespace

AudienceForm::AudienceForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    // Where the figures come from: an empty tab said nothing of it.
    auto *intro = new QLabel(tr("Who follows the creator, as the platforms' own insights show it (Instagram "
                                "Insights, TikTok Analytics, YouTube Studio), in percent of their followers. Brands "
                                "ask for it, and the media kit shows it. Leave a share empty when it is not known."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *groups = new QHBoxLayout;
    auto makeGroup = [&](const QString &title, QLabel **total, const char *totalName) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        *total = new QLabel(box);
        (*total)->setObjectName(QLatin1String(totalName));
        groups->addWidget(box);
        return form;
    };
    QFormLayout *ages = makeGroup(tr("Age"), &m_ageTotal, "audienceAgeTotal");
    for (const QString &band : audienceAgeBands()) {
        QDoubleSpinBox *share = makeShare();
        share->setAccessibleName(tr("Share aged %1").arg(band));
        ages->addRow(band, share);
        m_ages.append({band, share});
    }
    ages->addRow(tr("Total"), m_ageTotal);
    QFormLayout *genders = makeGroup(tr("Gender"), &m_genderTotal, "audienceGenderTotal");
    for (const QString &gender : audienceGenders()) {
        QDoubleSpinBox *share = makeShare();
        share->setAccessibleName(tr("Share %1").arg(genderName(gender)));
        genders->addRow(genderName(gender), share);
        m_genders.append({gender, share});
    }
    genders->addRow(tr("Total"), m_genderTotal);
    QFormLayout *countries = makeGroup(tr("Top countries"), &m_countryTotal, "audienceCountryTotal");
    for (int i = 0; i < TopCountries; ++i) {
        auto *code = new QLineEdit(this);
        code->setMaxLength(2);
        code->setPlaceholderText(i == 0 ? tr("ID") : QString());
        code->setToolTip(tr("Two-letter country code: ID, US, MY, SG…"));
        code->setAccessibleName(tr("Country %1").arg(i + 1));
        code->setMaximumWidth(48);
        QDoubleSpinBox *share = makeShare();
        share->setAccessibleName(tr("Share of country %1").arg(i + 1));
        auto *row = new QHBoxLayout;
        row->addWidget(code);
        row->addWidget(share, 1);
        countries->addRow(tr("%1.").arg(i + 1), row);
        m_countries.append({code, share});
        connect(code, &QLineEdit::textEdited, this, [code](const QString &text) { code->setText(text.toUpper()); });
        connect(code, &QLineEdit::textChanged, this, &AudienceForm::changed);
    }
    countries->addRow(tr("Total"), m_countryTotal);
    layout->addLayout(groups);
    auto *dateRow = new QHBoxLayout;
    m_asOf = new QDateEdit(this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(dateEntryFormat());
    m_asOf->setObjectName(QStringLiteral("audienceAsOfDateEdit"));
    auto *dateLabel = new QLabel(tr("Figures as &of:"), this);
    labelField(dateLabel, m_asOf);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_asOf);
    dateRow->addStretch();
    layout->addLayout(dateRow);
    m_message = makeFieldMessage(this);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(m_asOf, &QDateEdit::dateChanged, this, &AudienceForm::changed);
    connect(this, &AudienceForm::changed, this, &AudienceForm::updateTotals);
    updateTotals();
}

QDoubleSpinBox *AudienceForm::makeShare()
{
    auto *box = new PercentSpinBox(1, this);
    box->setSingleStep(1);
    box->setSpecialValueText(tr("—"));
    connect(box, &QDoubleSpinBox::valueChanged, this, &AudienceForm::changed);
    return box;
}

void AudienceForm::load(const CreatorProfile &profile)
{
    for (auto &[bucket, box] : m_ages)
        box->setValue(0);
    for (auto &[bucket, box] : m_genders)
        box->setValue(0);
    for (auto &[code, box] : m_countries) {
        code->clear();
        box->setValue(0);
    }
    m_others.clear();
    int country = 0;
    for (const AudienceShare &share : profile.audience) {
        QDoubleSpinBox *box = nullptr;
        const auto &fixed = share.dimension == AudienceDimension::Age ? m_ages : m_genders;
        if (share.dimension != AudienceDimension::Country) {
            for (const auto &[bucket, candidate] : fixed)
                if (bucket.compare(share.bucket, Qt::CaseInsensitive) == 0)
                    box = candidate;
        } else if (country < TopCountries) {
            m_countries[country].first->setText(share.bucket);
            box = m_countries[country++].second;
        }
        if (box)
            box->setValue(share.shareBp / 100.0);
        else
            m_others << share;
    }
    m_asOf->setDate(profile.audienceAsOf.isValid() ? profile.audienceAsOf : Clock::today());
    updateTotals();
}

void AudienceForm::store(CreatorProfile &profile) const
{
    profile.audience.clear();
    for (const auto &[bucket, box] : m_ages)
        if (basisPoints(box) > 0)
            profile.audience << AudienceShare{AudienceDimension::Age, bucket, basisPoints(box)};
    for (const auto &[bucket, box] : m_genders)
        if (basisPoints(box) > 0)
            profile.audience << AudienceShare{AudienceDimension::Gender, bucket, basisPoints(box)};
    for (const auto &[code, box] : m_countries)
        if (!code->text().trimmed().isEmpty() || basisPoints(box) > 0)
            profile.audience << AudienceShare{AudienceDimension::Country, code->text().trimmed(), basisPoints(box)};
    profile.audience << m_others;
    profile.audienceAsOf = profile.audience.isEmpty() ? QDate() : m_asOf->date();
}

void AudienceForm::updateTotals()
{
    auto total = [](const auto &boxes) {
        int bp = 0;
        for (const auto &[key, box] : boxes)
            bp += basisPoints(box);
        return bp;
    };
    // As every percent reads ("45.5%", no trailing zeros), "—" while nothing is typed, and in red over
    // 100%, which saving refuses.
    for (const auto &[label, bp] : {std::pair{m_ageTotal, total(m_ages)}, std::pair{m_genderTotal, total(m_genders)},
                                    std::pair{m_countryTotal, total(m_countries)}}) {
        const QString text =
            bp == 0 ? tr("—") : percentText(bp).replace(QLatin1Char('.'), QLocale().decimalPoint()) + QLatin1Char('%');
        label->setText(QStringLiteral("<b>%1</b>").arg(text));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText,
                         bp > 10'000 ? roleColor(ColorRole::Bad, this) : this->palette().color(QPalette::WindowText));
        label->setPalette(palette);
    }
}

QString AudienceForm::problem() const
{
    QString message;
    for (const auto &[code, box] : m_countries)
        if (basisPoints(box) > 0 && code->text().trimmed().isEmpty()) {
            message = tr("a country share of %1% has no country code").arg(box->value());
            break;
        }
    showFieldMessage(m_message, message);
    return message;
}

} // namespace cd

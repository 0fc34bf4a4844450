#include "ParticipantEditor.h"

#include "main/FieldMessage.h"

#include "analytics/CreatorEngagement.h"
#include "analytics/RateEstimate.h"
#include "common/Clock.h"
#include "common/Names.h"
#include "common/Words.h"
#include "contracts/Exclusivity.h"
#include "main/FormFields.h"
#include "services/CreatorProfile.h"
#include "services/Lookup.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cd {

ParticipantEditor::ParticipantEditor(EditHistory &history, qint64 campaignId, qint64 id,
                                     const ParticipantInput &initial, QWidget *parent)
    : RecordEditor(history, id, RecordImage::Kind::Participant, parent), m_campaignId(campaignId), m_initial(initial)
{
    setObjectName(QStringLiteral("participantEditor"));
    QSqlDatabase db = workspace().db();
    // The budget, and what the others taking part commit already.
    if (auto c = lookup::campaignCommitments(db, campaignId, id)) {
        m_initial.campaign = c->campaign;
        m_currency = c->currency;
        if (c->budgetMinor)
            m_budget = Money(*c->budgetMinor, m_currency);
        m_committedByOthers = c->committedByOthersMinor;
    }
    setWindowTitle(id ? tr("%1 in %2").arg(initial.creator, m_initial.campaign)
                      : tr("Add a Creator to %1").arg(m_initial.campaign));

    auto *form = new QFormLayout;
    m_creator = new QComboBox(this);
    m_creator->setObjectName(QStringLiteral("participantCreatorComboBox"));
    m_creator->setEditable(true);
    m_creator->setInsertPolicy(QComboBox::NoInsert);
    m_creator->addItems(lookup::allNames(db, "creators", true));
    m_creator->completer()->setFilterMode(Qt::MatchContains);
    m_creator->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_creator->setCurrentText(initial.creator);
    m_creator->setEnabled(id == 0); // the creator of a stored participant stays
    form->addRow(tr("C&reator:"), m_creator);
    m_creatorInfo = new QLabel(this);
    m_creatorInfo->setObjectName(QStringLiteral("participantCreatorInfo"));
    m_creatorInfo->setWordWrap(true);
    form->addRow(QString(), m_creatorInfo);
    m_status = new QComboBox(this);
    for (const QString &word : allWords<ParticipantStatus>())
        m_status->addItem(wordLabel(word), word);
    m_status->setCurrentIndex(m_status->findData(wordOf(initial.status)));
    form->addRow(tr("&Status:"), m_status);
    const Compensation &c = initial.compensation;
    const auto money = [&](const std::optional<Money> &m, const char *name) {
        auto *edit = new QLineEdit(m ? m->format() : QString(), this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(tr("none"));
        return edit;
    };
    m_fee = money(c.fee, "participantFeeLineEdit");
    form->addRow(tr("&Fee:"), m_fee);
    m_commission = new QLineEdit(c.commissionRateBp ? QString::number(*c.commissionRateBp / 100.0) : QString(), this);
    m_commission->setObjectName(QStringLiteral("participantCommissionLineEdit"));
    m_commission->setPlaceholderText(tr("percent of sales their posts bring, e.g. 10"));
    form->addRow(tr("&Commission (%):"), m_commission);
    m_product = money(c.productValue, "participantProductLineEdit");
    form->addRow(tr("&Product value:"), m_product);
    m_points = new QLineEdit(c.points ? QString::number(*c.points) : QString(), this);
    m_points->setObjectName(QStringLiteral("participantPointsLineEdit"));
    m_points->setPlaceholderText(tr("none"));
    m_pointValue = money(c.pointValue, "participantPointValueLineEdit");
    m_pointValue->setAccessibleName(tr("Point value"));
    auto *points = new QHBoxLayout;
    points->addWidget(m_points);
    points->addWidget(new QLabel(tr("points worth"), this));
    points->addWidget(m_pointValue);
    auto *pointsLabel = new QLabel(tr("P&oints:"), this);
    labelField(pointsLabel, m_points);
    form->addRow(pointsLabel, points);
    m_deposit = money(c.deposit, "participantDepositLineEdit");
    m_deposit->setToolTip(tr("The part of the fee paid before work starts"));
    form->addRow(tr("&Deposit:"), m_deposit);
    m_notes = new QPlainTextEdit(initial.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    form->addRow(tr("&Notes:"), m_notes);
    m_budgetLabel = new QLabel(this);
    m_budgetLabel->setObjectName(QStringLiteral("participantBudgetLabel"));
    form->addRow(tr("Budget:"), m_budgetLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    finishLayout(layout);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &ParticipantEditor::scheduleCheck);
    connect(m_creator, &QComboBox::currentTextChanged, this, &ParticipantEditor::showCreator);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ParticipantEditor::scheduleCheck);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ParticipantEditor::scheduleCheck);
    showCreator();
    resize(560, 480);
}

void ParticipantEditor::showCreator()
{
    // Who this is, so the fee can be weighed against the typical one for their reach.
    QSqlDatabase db = workspace().db();
    const auto id = lookup::idByName(workspace(), "creators", m_creator->currentText());
    if (!id) {
        m_creatorInfo->setText(m_creator->currentText().trimmed().isEmpty()
                                   ? tr("Pick a creator from the roster; type to search.")
                                   : tr("Not in the roster: add the creator on the Creators page first."));
        return;
    }
    auto profile = CreatorProfileService(workspace()).load(*id);
    if (!profile)
        return;
    const TierThresholds thresholds = settings::tierThresholds(db);
    QStringList lines;
    qint64 largest = -1;
    for (const AccountEdit &a : profile->accounts) {
        QString line =
            a.latestFollowers
                ? tr("%1 %2 followers").arg(platformDisplayName(a.platform), QLocale().toString(*a.latestFollowers))
                : platformDisplayName(a.platform);
        if (auto estimate = estimateRate(a.platform, a.latestFollowers, m_currency, thresholds))
            line += tr(", typical fee %1").arg(estimate->text());
        lines << line;
        if (a.latestFollowers)
            largest = std::max(largest, *a.latestFollowers);
    }
    QString head = largest >= 0 ? tierDisplayName(tierFor(largest, thresholds)) : tr("No follower counts yet");
    // The picked creator's rate, once per creator and dialog (the picker changes with each
    // keystroke), through their participations: every creator's at once held the window 0.3 s at
    // 20,000 creators.
    if (!m_rates.contains(*id)) {
        auto rates = creatorEngagement(db, Clock::today(), {*id});
        m_rates.insert(*id, rates && rates->contains(*id) ? std::optional(rates->value(*id)) : std::nullopt);
    }
    if (const std::optional<CreatorEngagement> &picked = m_rates[*id])
        if (auto rate = picked->byFollowers.percent())
            head += tr(" · engagement %1% over 90 days").arg(QLocale().toString(*rate, 'f', 2));
    // An exclusivity this campaign would break is said before the creator is added, not found later.
    QString warning;
    if (recordId() == 0)
        if (auto conflicts = conflictsIfJoining(db, *id, m_campaignId))
            for (const ExclusivityConflict &c : conflicts.value())
                warning += QStringLiteral("\n⚠ ") + describeConflict(c);
    m_creatorInfo->setText(head + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + warning);
    m_creatorInfo->setToolTip(warning.trimmed());
    scheduleCheck();
}

Result<ParticipantInput> ParticipantEditor::collect() const
{
    ParticipantInput in = m_initial;
    in.creator = m_creator->currentText();
    in.status = wordFrom<ParticipantStatus>(m_status->currentData().toString()).value_or(ParticipantStatus::Confirmed);
    in.notes = m_notes->toPlainText();
    Compensation &c = in.compensation;
    const std::pair<QLineEdit *, std::optional<Money> *> amounts[] = {
        {m_fee, &c.fee}, {m_product, &c.productValue}, {m_pointValue, &c.pointValue}, {m_deposit, &c.deposit}};
    const QString names[] = {tr("fee"), tr("product value"), tr("point value"), tr("deposit")};
    for (int i = 0; i < 4; ++i) {
        amounts[i].second->reset();
        if (amounts[i].first->text().trimmed().isEmpty())
            continue;
        auto m = Money::parseDisplay(amounts[i].first->text().trimmed(), m_currency);
        if (!m)
            return fail(tr("%1: %2").arg(names[i], m.error()));
        *amounts[i].second = m.value();
    }
    auto points = optionalCount(m_points, tr("points"));
    if (!points)
        return fail(points.error());
    c.points = points.value();
    c.commissionRateBp.reset();
    if (QString rate =
            m_commission->text().trimmed().remove(QLatin1Char('%')).replace(QLatin1Char(','), QLatin1Char('.'));
        !rate.isEmpty()) {
        bool ok = false;
        const double percent = rate.toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return fail(tr("the commission is a percent from 0 to 100, such as 10 or 7.5"));
        c.commissionRateBp = int(std::lround(percent * 100));
    }
    return in;
}

QString ParticipantEditor::budgetText() const
{
    return m_budgetLabel->text();
}

QString ParticipantEditor::findProblem()
{
    auto in = collect();
    // The budget line follows what is typed, valid or not yet.
    qint64 mine = 0;
    if (in && in->status != ParticipantStatus::Declined && in->status != ParticipantStatus::Cancelled) {
        const Compensation &c = in->compensation;
        mine = (c.fee ? c.fee->minor() : 0) + (c.productValue ? c.productValue->minor() : 0) +
               c.points.value_or(0) * (c.pointValue ? c.pointValue->minor() : 0);
    }
    const Money total(m_committedByOthers + mine, m_currency);
    m_budgetLabel->setText(
        m_budget ? tr("%1 committed with this creator (%2 by the others) of the %3 budget: %4 left")
                       .arg(total.format(), Money(m_committedByOthers, m_currency).format(), m_budget->format(),
                            Money(m_budget->minor() - total.minor(), m_currency).format())
                 : tr("%1 committed with this creator; the campaign has no budget set").arg(total.format()));
    return in ? problemOnSave() : in.error();
}

QString ParticipantEditor::typedName() const
{
    return tr("%1 in %2").arg(m_creator->currentText().trimmed(), m_initial.campaign);
}

Result<qint64> ParticipantEditor::save(Transaction &tx, const ParticipantInput &in)
{
    ParticipantService participants(workspace());
    if (recordId() == 0)
        return participants.insert(tx, in);
    if (Status s = participants.change(tx, recordId(), in.compensation, in.status, in.notes); !s)
        return fail(s.error());
    return recordId();
}

Result<qint64> ParticipantEditor::write(Transaction &tx)
{
    auto in = collect();
    if (!in)
        return fail(in.error());
    return save(tx, in.value());
}

} // namespace cd

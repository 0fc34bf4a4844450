#include "MoneyTab.h"

#include "StatementDocument.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "common/Percent.h"
#include "main/Ask.h"
#include "main/DocumentDialog.h"
#include "main/FieldMessage.h"
#include "main/RoleColors.h"
#include "models/PaymentListModel.h"
#include "money/CreatorStatement.h"
#include "money/PaymentLedger.h"
#include "money/TaxProfiles.h"
#include "services/CreatorProfile.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

QString peopleDate(const QDate &date)
{
    return displayDate(date);
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

MoneyTab::MoneyTab(Workspace &workspace, qint64 creatorId, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_creatorId(creatorId)
{
    QSqlDatabase db = workspace.db();
    const MoneySettings settings = MoneySettings::read(db);
    m_agency = settings.isAgency();
    m_workspaceRateBp = settings.agencyRateBp;

    // What payments to them need: whom the payer withholds for, and (agency) the fee rate.
    auto *taxBox = new QGroupBox(tr("Tax and fees"), this);
    // Two fields a row, so the payments above keep the room.
    auto *grid = new QGridLayout(taxBox);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        labelField(l, buddy);
        return l;
    };
    // A field with its message under it.
    const auto withMessage = [this](QWidget *field, QLabel *message) {
        auto *column = new QWidget(this);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(message);
        return column;
    };
    m_taxProfile = new QComboBox(this);
    m_taxProfile->setObjectName(QStringLiteral("creatorTaxProfileComboBox"));
    m_taxProfile->setAccessibleName(tr("Tax profile"));
    m_taxProfile->addItem(tr("Person (resident individual)"), int(TaxProfile::Person));
    m_taxProfile->addItem(tr("Person with a final-tax certificate (PP 55/2022)"), int(TaxProfile::PersonFinal));
    m_taxProfile->addItem(tr("Company or agency"), int(TaxProfile::Company));
    m_taxProfile->addItem(tr("Foreign (non-resident)"), int(TaxProfile::Foreign));
    grid->addWidget(label(tr("Ta&x profile:"), m_taxProfile), 0, 0);
    grid->addWidget(m_taxProfile, 0, 1, Qt::AlignTop);

    m_npwp = new QLineEdit(this);
    m_npwp->setObjectName(QStringLiteral("creatorNpwpLineEdit"));
    m_npwp->setAccessibleName(tr("NPWP"));
    m_npwp->setPlaceholderText(tr("16-digit NPWP or NIK; empty: none"));
    m_npwpMessage = makeFieldMessage(this, m_npwp);
    m_npwpMessage->setObjectName(QStringLiteral("creatorNpwpMessage"));
    grid->addWidget(label(tr("&NPWP:"), m_npwp), 0, 2, Qt::AlignTop);
    grid->addWidget(withMessage(m_npwp, m_npwpMessage), 0, 3);
    grid->itemAtPosition(0, 0)->setAlignment(Qt::AlignTop);

    if (m_agency) {
        m_agencyRate = new QLineEdit(this);
        m_agencyRate->setObjectName(QStringLiteral("creatorAgencyRateLineEdit"));
        m_agencyRate->setAccessibleName(tr("Agency fee"));
        m_agencyRate->setPlaceholderText(tr("%1 (the workspace's rate)").arg(percentText(m_workspaceRateBp)));
        m_agencyRate->setMaximumWidth(240);
        m_rateMessage = makeFieldMessage(this, m_agencyRate);
        auto *rateRow = new QWidget(this);
        auto *h = new QHBoxLayout(rateRow);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(m_agencyRate);
        h->addWidget(new QLabel(tr("% of the gross"), this));
        h->addStretch();
        grid->addWidget(label(tr("A&gency fee:"), m_agencyRate), 1, 0, Qt::AlignTop);
        grid->addWidget(withMessage(rateRow, m_rateMessage), 1, 1, 1, 3);
        connect(m_agencyRate, &QLineEdit::textChanged, this, [this] {
            check();
            emit changed();
        });
    }
    m_taxNote = new QLabel(this);
    m_taxNote->setObjectName(QStringLiteral("creatorTaxNote"));
    m_taxNote->setWordWrap(true);
    m_taxNote->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_taxNote, 2, 0, 1, 4);
    connect(m_npwp, &QLineEdit::textChanged, this, [this] {
        check();
        updateTaxNote();
        emit changed();
    });
    connect(m_taxProfile, &QComboBox::currentIndexChanged, this, [this] {
        updateTaxNote();
        emit changed();
    });

    auto *layout = new QVBoxLayout(this);
    if (creatorId != 0) {
        // The answer first: what they earned, were paid and are owed, per currency.
        auto *head = new QHBoxLayout;
        auto *caption = new QLabel(m_agency ? tr("Their money, all time (gross, before tax withheld). Earned is what "
                                                 "brands are billed for their work; paid and owed are their share.")
                                            : tr("Their money, all time (gross, before tax withheld)."),
                                   this);
        caption->setWordWrap(true);
        caption->setForegroundRole(QPalette::PlaceholderText);
        head->addWidget(caption, 1);
        if (m_agency) {
            m_statement = new QPushButton(tr("&Statement PDF…"), this);
            m_statement->setObjectName(QStringLiteral("creatorStatementButton"));
            m_statement->setToolTip(tr("What the agency owes them for a period: gross, agency fee, their share, "
                                       "tax withheld, paid and owed"));
            connect(m_statement, &QPushButton::clicked, this, &MoneyTab::askForStatement);
            head->addWidget(m_statement);
        }
        layout->addLayout(head);
        m_tiles = new QGridLayout;
        m_tiles->setHorizontalSpacing(8);
        m_tiles->setVerticalSpacing(8);
        layout->addLayout(m_tiles);
        m_empty = new QLabel(tr("No payments yet. Draft them from the terms on a campaign's Creators tab "
                                "(Payment Schedule), or add them on the Payments page."),
                             this);
        m_empty->setWordWrap(true);
        layout->addWidget(m_empty);
        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("creatorPaymentsTable"));
        m_table->setAccessibleName(tr("Payments of this creator"));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setAlternatingRowColors(true);
        m_table->verticalHeader()->hide();
        m_table->setWordWrap(false);
        layout->addWidget(m_table, 1);
        reloadPayments();
    }
    layout->addWidget(taxBox);
    if (creatorId == 0)
        layout->addStretch();
    updateTaxNote();
}

void MoneyTab::reloadPayments()
{
    QSqlDatabase db = m_workspace.db();
    const MoneySettings settings = MoneySettings::read(db);
    PaymentFilter filter;
    filter.creatorId = m_creatorId;
    auto rows = readPayments(db, settings, filter);
    auto rates = agencyRatesOf(db, m_creatorId, settings);
    const QList<PaymentRow> list = rows && rates ? rows.value() : QList<PaymentRow>();
    if (!rows || !rates)
        m_empty->setText(!rows ? rows.error() : rates.error());
    m_empty->setVisible(list.isEmpty());
    const QDate today = Clock::today();

    m_figures = creatorMoneyFigures(list, rates ? rates.value() : AgencyRates(), settings.termsDirection(), today);

    // Tiles: one row per currency.
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto tile = [this](const QString &caption, qint64 minor, const QString &currency, const QString &hint,
                             const QColor &colour) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::AlternateBase);
        frame->setAutoFillBackground(true);
        frame->setToolTip(hint);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(12, 8, 12, 8);
        auto *c = new QLabel(caption, frame);
        c->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(Money(minor, currency).format(), frame);
        value->setObjectName(QStringLiteral("moneyTileValue"));
        QFont big = value->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.4);
        value->setFont(big);
        if (colour.isValid() && minor > 0) {
            QPalette p = value->palette();
            p.setColor(QPalette::WindowText, colour);
            value->setPalette(p);
        }
        v->addWidget(c);
        v->addWidget(value);
        return frame;
    };
    for (int i = 0; i < m_figures.size(); ++i) {
        const CreatorMoneyFigures &f = m_figures.at(i);
        m_tiles->addWidget(tile(m_agency ? tr("Earned (billed to brands)") : tr("Earned"), f.earned, f.currency,
                                m_agency ? tr("Every receivable for their work, paid or not")
                                         : tr("Every payment to them, paid or not"),
                                {}),
                           i, 0);
        m_tiles->addWidget(tile(tr("Paid to them"), f.paid, f.currency, tr("Payments to them marked paid"),
                                roleColor(ColorRole::Good, this)),
                           i, 1);
        m_tiles->addWidget(
            tile(tr("Owed to them"), f.owed, f.currency, tr("Payments to them not paid yet, due or not"), {}), i, 2);
        m_tiles->addWidget(tile(m_agency ? tr("Overdue to them") : tr("Overdue"), f.overdue, f.currency,
                                tr("Owed to them and past the due date"), roleColor(ColorRole::Bad, this)),
                           i, 3);
        if (m_agency) // what the agency keeps, as the creator statement counts it
            m_tiles->addWidget(tile(tr("Agency fee"), f.agencyFee, f.currency,
                                    tr("What the agency keeps of what brands are billed for their work: the "
                                       "brand's gross less their share, paid or not"),
                                    {}),
                               i, 4);
    }

    // The payments themselves.
    QStringList headers;
    if (m_agency)
        headers << tr("Direction");
    headers << tr("Campaign") << tr("Kind") << tr("Due") << tr("Status") << tr("Gross") << tr("Withheld") << tr("Net")
            << tr("Paid on");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const PaymentRow &r = list.at(row);
        int col = 0;
        if (m_agency) {
            // Short: the campaign's name beside it names the brand, and that column needs the room.
            const bool in = r.direction == PaymentDirection::Receivable;
            auto *direction = new QTableWidgetItem(in ? tr("from the brand") : tr("to them"));
            direction->setToolTip(in ? tr("from %1").arg(r.brand) : tr("to %1").arg(r.creator));
            m_table->setItem(row, col++, direction);
        }
        m_table->setItem(row, col++, new QTableWidgetItem(r.campaign));
        m_table->setItem(row, col++, new QTableWidgetItem(PaymentListModel::kindName(r.kind)));
        auto *due = new QTableWidgetItem(r.timing.due.isValid() ? peopleDate(r.timing.due) : QStringLiteral("—"));
        if (!r.timing.due.isValid())
            due->setToolTip(r.timing.hasReceivable ? tr("Due when the brand has paid (payout days in Settings)")
                                                   : tr("No due date"));
        m_table->setItem(row, col++, due);
        const PaymentState state = r.state(today);
        QString status;
        QColor colour;
        switch (state) {
        case PaymentState::Paid:
            status = tr("Paid");
            colour = roleColor(ColorRole::Good, this);
            break;
        case PaymentState::Due:
            status = tr("Due", "payment status: open, not yet late");
            colour = roleColor(ColorRole::Attention, this);
            break;
        case PaymentState::Overdue:
            status = tr("Overdue %n day(s)", nullptr, daysOverdue(r.timing, today).value_or(0));
            colour = roleColor(ColorRole::Bad, this);
            break;
        case PaymentState::AwaitingBrand:
            status = tr("Awaiting brand");
            colour = roleColor(ColorRole::Muted, this);
            break;
        }
        auto *statusItem = new QTableWidgetItem(status);
        statusItem->setForeground(colour);
        m_table->setItem(row, col++, statusItem);
        m_table->setItem(row, col++, numberItem(Money(r.amount, r.currency).format()));
        auto *withheld = numberItem(Money(r.withheld, r.currency).format());
        if (!r.isPaid() && r.withheld > 0)
            withheld->setToolTip(tr("An estimate from today's rates; fixed when paid"));
        m_table->setItem(row, col++, withheld);
        m_table->setItem(row, col++, numberItem(Money(r.net(), r.currency).format()));
        m_table->setItem(row, col++, new QTableWidgetItem(peopleDate(r.timing.paid)));
    }
    m_table->resizeColumnsToContents();
    // The campaign's name takes what is left; elided names show whole on hover.
    const int campaignColumn = m_agency ? 1 : 0;
    m_table->horizontalHeader()->setSectionResizeMode(campaignColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, campaignColumn)->setToolTip(m_table->item(row, campaignColumn)->text());
    m_table->setVisible(!list.isEmpty());
}

void MoneyTab::load(const CreatorProfile &profile)
{
    const CreatorInput &d = profile.details;
    m_creatorName = d.name;
    m_taxProfile->setCurrentIndex(std::max(0, m_taxProfile->findData(int(d.taxProfile))));
    m_npwp->setText(d.npwp);
    if (m_agencyRate)
        m_agencyRate->setText(d.agencyRateBp ? percentText(*d.agencyRateBp) : QString());
    check();
    updateTaxNote();
}

void MoneyTab::store(CreatorProfile &profile) const
{
    CreatorInput &d = profile.details;
    d.taxProfile = TaxProfile(m_taxProfile->currentData().toInt());
    d.npwp = m_npwp->text().trimmed();
    // A brand workspace does not show the rate; what is stored stays.
    if (m_agencyRate)
        d.agencyRateBp = m_agencyRate->text().trimmed().isEmpty() ? std::nullopt : parsePercentBp(m_agencyRate->text());
}

void MoneyTab::check()
{
    auto npwp = TaxProfiles::normaliseNpwp(m_npwp->text());
    showFieldMessage(m_npwpMessage, npwp ? QString() : npwp.error());
    if (m_agencyRate) {
        const QString text = m_agencyRate->text().trimmed();
        showFieldMessage(m_rateMessage, text.isEmpty() || parsePercentBp(text)
                                            ? QString()
                                            : tr("The agency fee is a percent from 0 to 100, like 20 or 17.5."));
    }
}

QString MoneyTab::problem() const
{
    for (QLabel *message : {m_npwpMessage, m_rateMessage})
        if (message && !message->text().isEmpty())
            return message->text();
    return {};
}

void MoneyTab::updateTaxNote()
{
    // What is withheld from an IDR payment to them, so the profile's effect is plain.
    const auto profile = TaxProfile(m_taxProfile->currentData().toInt());
    const bool hasNpwp =
        TaxProfiles::normaliseNpwp(m_npwp->text()).ok() && !TaxProfiles::normaliseNpwp(m_npwp->text())->isEmpty();
    QString note;
    switch (profile) {
    case TaxProfile::Person:
        note = hasNpwp ? tr("PPh 21 is withheld from rupiah payments to them (on half the gross, from 5%).")
                       : tr("PPh 21 is withheld from rupiah payments to them (on half the gross, from 5%; 20% more "
                            "without an NPWP).");
        break;
    case TaxProfile::PersonFinal:
        note = tr("Nothing is withheld: they pay the 0.5% final tax themselves.");
        break;
    case TaxProfile::Company:
        note = hasNpwp ? tr("PPh 23 is withheld from rupiah payments to them (2% of the gross).")
                       : tr("PPh 23 is withheld from rupiah payments to them (4% of the gross without an NPWP).");
        break;
    case TaxProfile::Foreign:
        note = tr("PPh 26 is withheld from rupiah payments to them (20% of the gross).");
        break;
    }
    m_taxNote->setText(note + QLatin1Char(' ') + tr("Rates are estimates from Settings; check with your tax adviser."));
    // A non-resident's PPh 26 does not depend on an NPWP: the field is kept, not asked for.
    m_npwp->setEnabled(profile != TaxProfile::Foreign);
}

std::pair<QDate, QDate> MoneyTab::lastFullMonth(const QDate &today)
{
    const QDate firstOfThis(today.year(), today.month(), 1);
    return {firstOfThis.addMonths(-1), firstOfThis.addDays(-1)};
}

Result<QStringList> MoneyTab::writeStatements(const QDate &from, const QDate &to, ContractLanguage language,
                                              const QString &path)
{
    QSqlDatabase db = m_workspace.db();
    auto statements = creatorStatements(db, m_creatorName, from, to);
    if (!statements)
        return fail(statements.error());
    if (statements->isEmpty())
        return fail(
            tr("%1 has no payments due, paid or open in %2 – %3").arg(m_creatorName, peopleDate(from), peopleDate(to)));
    QStringList written;
    const QFileInfo info(path);
    for (const CreatorStatement &s : std::as_const(statements.value())) {
        QString target = path;
        if (statements->size() > 1) {
            const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
            target = info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + s.currency + suffix);
        }
        auto pages = writeStatementPdf(s, language, target);
        if (!pages)
            return fail(pages.error());
        written << target;
    }
    return written;
}

void MoneyTab::askForStatement()
{
    DocumentDialog dialog(tr("Statement for %1").arg(m_creatorName),
                          tr("One PDF per currency. Lists what is due or paid in the period and what is still "
                             "open at its end."),
                          this);
    const auto [first, last] = lastFullMonth(Clock::today());
    auto *from = new QDateEdit(first, &dialog);
    auto *to = new QDateEdit(last, &dialog);
    for (QDateEdit *e : {from, to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(dateEntryFormat());
    }
    dialog.addField(tr("&From:"), from);
    dialog.addField(tr("&To:"), to);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (from->date() > to->date())
        return ask::warn(this, tr("Statement"), tr("The period starts after it ends."));
    const QString suggested = tr("statement-%1-%2.pdf")
                                  .arg(QString(m_creatorName).replace(QLatin1Char(' '), QLatin1Char('-')).toLower(),
                                       from->date().toString(QStringLiteral("yyyy-MM")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Statement"), QDir::home().filePath(suggested), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = writeStatements(from->date(), to->date(), dialog.language(), path);
    if (!written)
        ask::warn(this, tr("Statement"), asSentence(written.error()));
}

} // namespace cd

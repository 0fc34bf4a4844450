// What the Payments page's actions do (Mark Paid, add, edit, duplicate, delete, invoices and the
// drafted schedule); the page itself, its reading and its filters are in PaymentsPage.cpp.
#include "PaymentsPage.h"

#include "InvoicesDialog.h"
#include "MarkPaidDialog.h"
#include "PaymentActions.h"
#include "PaymentDialog.h"
#include "commands/EditHistory.h"
#include "common/Dates.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "models/PaymentListModel.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace cd {

int PaymentsPage::run(QDialog &dialog)
{
    return m_runDialog(dialog);
}

void PaymentsPage::markPaidSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.size() != 1 || !m_history || rows.first().isPaid())
        return;
    MarkPaidDialog dialog(*m_history, rows.first(), this);
    if (run(dialog) == QDialog::Accepted) {
        const PaymentRow &r = rows.first();
        showMessage(dialog.restId() ? tr("Part of %1's %2 paid; the rest stays open. Undo with Ctrl+Z.")
                                          .arg(r.party(), PaymentListModel::kindName(r.kind).toLower())
                                    : tr("%1's %2 marked paid. Undo with Ctrl+Z.")
                                          .arg(r.party(), PaymentListModel::kindName(r.kind).toLower()));
    }
}

QString PaymentsPage::recordName() const
{
    return tr("Payment");
}

void PaymentsPage::addRecord()
{
    if (!m_history || m_workspace->isReadOnly())
        return;
    PaymentDialog dialog(*m_history, std::nullopt, false, this);
    if (run(dialog) == QDialog::Accepted)
        select(dialog.paymentId());
}

void PaymentsPage::editSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.isEmpty() || !m_history)
        return;
    PaymentDialog dialog(*m_history, rows.first(), false, this);
    if (m_workspace->isReadOnly())
        dialog.saveButton()->setEnabled(false);
    run(dialog); // the change's commit puts the row in place (catchUp())
}

void PaymentsPage::duplicateSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.size() != 1 || !m_history || m_workspace->isReadOnly())
        return;
    // Another instalment like this one: same creator, campaign, kind and amount, new due date.
    PaymentDialog dialog(*m_history, rows.first(), true, this);
    if (run(dialog) == QDialog::Accepted)
        select(dialog.paymentId());
}

void PaymentsPage::deleteSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.isEmpty() || !m_history || m_workspace->isReadOnly())
        return;
    QStringList kept;
    QList<PaymentRow> deletable;
    for (const PaymentRow &r : rows) {
        const QString why = PaymentActions::whyKept(r);
        if (why.isEmpty())
            deletable << r;
        else
            kept << asSentence(why);
    }
    if (deletable.isEmpty()) {
        ask::warn(this, tr("Delete Payment"), kept.join(QLatin1Char('\n')));
        return;
    }
    QString question = tr("Delete %n payment(s)?", nullptr, int(deletable.size()));
    if (std::ranges::any_of(deletable, [](const PaymentRow &r) { return r.direction == PaymentDirection::Receivable; }))
        question += QLatin1Char(' ') + tr("A receivable takes its creator's drafted, unpaid share with it.");
    if (!kept.isEmpty())
        question += QStringLiteral("\n\n") + tr("Kept:") + QLatin1Char('\n') + kept.join(QLatin1Char('\n'));
    if (ask::question(this, tr("Delete Payment"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
        QMessageBox::Yes)
        return;
    if (Status s = PaymentActions::remove(*m_history, deletable); !s)
        ask::warn(this, tr("Delete Payment"), asSentence(s.error()));
}

void PaymentsPage::createInvoiceFromSelected()
{
    const QList<PaymentRow> rows = selectedRows();
    if (rows.isEmpty() || !m_history || !m_agency)
        return;
    qint64 total = 0;
    for (const PaymentRow &r : rows)
        total += r.amount;
    const PaymentRow &first = rows.first();
    // Rows of several brands or currencies make no invoice: creating one says why, and asking first
    // would have shown their amounts added up as one currency.
    const bool one = std::ranges::all_of(
        rows, [&first](const PaymentRow &r) { return r.brandId == first.brandId && r.currency == first.currency; });
    if (one &&
        ask::question(this, tr("Create Invoice"),
                      tr("Invoice %1 for %n receivable(s), %2 before VAT? The invoice gets the next number; undo "
                         "voids it.",
                         nullptr, int(rows.size()))
                          .arg(first.brand, Money(total, first.currency).format()),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                      {{QMessageBox::Yes, tr("Create Invoice")}}) != QMessageBox::Yes)
        return;
    auto id = PaymentActions::createInvoice(*m_history, rows);
    if (!id) {
        ask::warn(this, tr("Create Invoice"), asSentence(id.error()));
        return;
    }
    QSqlDatabase db = m_workspace->db();
    if (auto invoice = readInvoice(db, id.value()))
        showMessage(tr("Invoice %1 for %2: %3, due %4. Export it as a PDF from Invoices….")
                        .arg(invoice->number, invoice->brand, Money(invoice->total(), invoice->currency).format(),
                             displayDate(invoice->due)));
}

void PaymentsPage::showInvoices()
{
    if (!m_history)
        return;
    InvoicesDialog dialog(*m_history, this);
    run(dialog);
}

void PaymentsPage::draftSchedule()
{
    if (!m_history || m_workspace->isReadOnly())
        return;
    const auto campaigns = CampaignService(*m_workspace).choices();
    if (!campaigns) {
        ask::warn(this, tr("Draft Schedule"), campaigns.error());
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const CampaignService::Choice &c : campaigns.value()) {
        names << c.name;
        ids << c.id;
    }
    if (names.isEmpty()) {
        ask::warn(this, tr("Draft Schedule"),
                  tr("There are no campaigns yet. Add one on the Campaigns page, with creators and their fees."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Draft Schedule"), tr("Draft the payments of every confirmed creator in:"), names, 0, false, &ok);
    if (!ok)
        return;
    auto report = PaymentActions::draftCampaign(*m_history, ids.at(names.indexOf(chosen)));
    if (!report) {
        ask::warn(this, tr("Draft Schedule"), asSentence(report.error()));
        return;
    }
    QString text = report->changes() == 0 ? tr("%1: the schedule already matches the terms.").arg(chosen)
                                          : tr("%1: %2 added, %3 updated, %4 removed.")
                                                .arg(chosen)
                                                .arg(report->added)
                                                .arg(report->updated)
                                                .arg(report->removed);
    if (!report->skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1.").arg(report->skipped.join(QStringLiteral("; ")));
    showMessage(text);
}

} // namespace cd

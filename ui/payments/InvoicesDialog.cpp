#include "InvoicesDialog.h"

#include "DocumentLanguage.h"
#include "InvoiceDocument.h"
#include "PaymentActions.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "main/Ask.h"
#include "main/PageParts.h"
#include "main/StatusChip.h"
#include "models/PaymentListModel.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

InvoicesDialog::InvoicesDialog(EditHistory &history, QWidget *parent) : QDialog(parent), m_history(history)
{
    setObjectName(QStringLiteral("invoicesDialog"));
    setWindowTitle(tr("Invoices"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Brand"), tr("Issued"), tr("Due"), tr("Total"), tr("Status")});
    setUpRecordTable(m_table, tr("Invoices"));
    m_table->setSortingEnabled(false); // newest first, as issued
    constexpr int StatusColumn = 5;
    m_table->setItemDelegateForColumn(StatusColumn, new StatusChipDelegate(StatusWordRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_empty = new QLabel(tr("No invoices yet. On the Payments page select a brand's open receivables and choose "
                            "<i>Create Invoice</i>."),
                         this);
    m_empty->setWordWrap(true);
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("PDF language"));
    m_language->addItem(tr("English"), int(ContractLanguage::En));
    m_language->addItem(tr("Bahasa Indonesia"), int(ContractLanguage::Id));
    // The app's language, as every other document's dialog starts with: in Indonesian the PDF
    // started in English, and an agency could send English invoices without noticing.
    m_language->setCurrentIndex(m_language->findData(int(defaultDocumentLanguage())));
    m_void = new QPushButton(tr("&Void…"), this);
    m_void->setToolTip(tr("Cancel the invoice: it keeps its number and its receivables can be invoiced again"));
    m_export = new QPushButton(tr("&Export PDF…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_void);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("PDF in:"), this));
    bar->addWidget(m_language);
    bar->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    layout->addWidget(buttons);
    connect(m_void, &QPushButton::clicked, this, [this] { voidSelected(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InvoicesDialog::updateButtons);
    connect(&history.workspace(), &Workspace::changed, this, [this](const QStringList &kinds) {
        if (kinds.contains(QLatin1String("invoices")))
            reload();
    });
    reload();
    resize(980, 600); // an agency's hundreds of invoices: most of a 1366x768 screen
}

void InvoicesDialog::reload()
{
    const qint64 keep = selected();
    QSqlDatabase db = m_history.workspace().db();
    auto invoices = readInvoices(db);
    m_invoices = invoices ? invoices.value() : QList<Invoice>();
    m_table->setRowCount(int(m_invoices.size()));
    const QDate today = Clock::today();
    for (int r = 0; r < m_invoices.size(); ++r) {
        const Invoice &i = m_invoices.at(r);
        // Which to chase shows: an invoice past its due date with receivables still open is overdue
        // (red), one whose receivables are all paid is paid; the rest are issued.
        const QString word = i.isVoid             ? QStringLiteral("void")
                             : i.isOverdue(today) ? QStringLiteral("overdue")
                             : i.isPaid()         ? QStringLiteral("paid")
                                                  : QStringLiteral("issued");
        const QString status = i.isVoid             ? tr("Void since %1").arg(displayDate(i.voidedOn))
                               : i.isOverdue(today) ? tr("Overdue", "an invoice's status")
                               : i.isPaid()         ? tr("Paid", "an invoice's status")
                                                    : tr("Issued", "an invoice's status");
        const QStringList cells = {
            i.number, i.brand, displayDate(i.issued), displayDate(i.due), Money(i.total(), i.currency).format(),
            status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i.id);
            if (c == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (i.isVoid)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (c == 5) // a chip, as statuses read on every list
                item->setData(StatusWordRole, word);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(5, m_table->columnWidth(5) + StatusChipDelegate::ExtraWidth);
    m_empty->setVisible(m_invoices.isEmpty());
    if (keep)
        select(keep);
    updateButtons();
}

qint64 InvoicesDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

bool InvoicesDialog::select(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

void InvoicesDialog::updateButtons()
{
    const qint64 id = selected();
    bool isVoid = false;
    for (const Invoice &i : std::as_const(m_invoices))
        if (i.id == id)
            isVoid = i.isVoid;
    m_void->setEnabled(id && !isVoid && !m_history.workspace().isReadOnly());
    m_export->setEnabled(id != 0);
}

bool InvoicesDialog::voidSelected()
{
    const qint64 id = selected();
    if (!id)
        return false;
    QString number;
    for (const Invoice &i : std::as_const(m_invoices))
        if (i.id == id)
            number = i.number;
    if (ask::question(this, tr("Void Invoice"),
                      tr("Void invoice %1? It keeps its number (numbers are never reused) and its receivables can go "
                         "on a new invoice. Undo issues it again.")
                          .arg(number),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                      {{QMessageBox::Yes, tr("Void Invoice")}}) != QMessageBox::Yes)
        return false;
    if (Status s = PaymentActions::voidInvoice(m_history, id); !s) {
        ask::warn(this, tr("Void Invoice"), s.error());
        return false;
    }
    return true;
}

bool InvoicesDialog::exportSelected(QString path)
{
    const qint64 id = selected();
    if (!id)
        return false;
    QSqlDatabase db = m_history.workspace().db();
    auto invoice = readInvoice(db, id);
    if (!invoice) {
        ask::warn(this, tr("Export Invoice"), invoice.error());
        return false;
    }
    if (path.isEmpty()) {
        QString name = invoice->number;
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        path = QFileDialog::getSaveFileName(this, tr("Export Invoice"),
                                            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                .filePath(name + QStringLiteral(".pdf")),
                                            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    const auto language = ContractLanguage(m_language->currentData().toInt());
    if (auto written = writeInvoicePdf(invoice.value(), language, path); !written) {
        ask::warn(this, tr("Export Invoice"), written.error());
        return false;
    }
    return true;
}

} // namespace cd

#pragma once

#include "common/Words.h"
#include "money/Invoices.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class EditHistory;

// Every invoice the agency issued, newest first: number, brand, issue and due dates, total and
// status. Void (asks first, undoable) and Export PDF in English or Bahasa Indonesia.
class InvoicesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InvoicesDialog(EditHistory &history, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *languageBox() const { return m_language; }
    // Selects the invoice `id`; false when it is not listed.
    bool select(qint64 id);
    // Voids the chosen invoice after asking; false when nothing was voided.
    bool voidSelected();
    // Writes the chosen invoice as a PDF to `path` (asks for a file when empty); false on failure.
    bool exportSelected(QString path = {});

private:
    static constexpr int StatusWordRole = Qt::UserRole + 1; // "issued" or "void", for the chip
    void reload();
    void updateButtons();
    qint64 selected() const;

    EditHistory &m_history;
    QList<Invoice> m_invoices;
    QTableWidget *m_table;
    QComboBox *m_language;
    QLabel *m_empty;
    QPushButton *m_void, *m_export;
};

} // namespace cd

#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class Workspace;

// File > Import CSV: a kind, a file, and for platform exports the campaign, creator and date the
// file lacks. Imports all or nothing and shows every problem when the file is refused.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);

    void setKind(const QString &kind);
    void setFile(const QString &path);
    // Runs the import; true when the file was imported (the dialog then accepts).
    bool runImport();
    QString resultText() const;

private:
    void browse();
    void updateState();

    Workspace &m_workspace;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_campaign = nullptr;
    QLineEdit *m_creator = nullptr;
    QCheckBox *m_useDate = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd

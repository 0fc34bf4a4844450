#pragma once

#include "interchange/Importer.h"

#include <QWizard>

class QComboBox;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTableWidget;

namespace cd {

class ImportJob;
class Workspace;

// File > Import: pick a CSV and what it holds, see how its columns are read (CollabDesk's names,
// Instagram/TikTok/YouTube export names), map the others by hand and give the campaign, creator,
// platform or date the file lacks; a check lists every bad row before anything is written; the
// import itself runs off the GUI thread with progress, all or nothing, and can be cancelled.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        SourcePage,
        ColumnsPage,
        CheckPage,
        ImportPage
    };
    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setKind(const QString &kind);
    void setFile(const QString &path);

    // The choices so far, as the importer takes them.
    QString kind() const;
    QString file() const;
    ImportOptions options() const;
    const ColumnPlan &plan() const { return m_plan; }
    // The "Imports as" choice for file column `column` (for tests and the mapping step).
    QComboBox *mappingBox(int column) const;
    QTableWidget *preview() const { return m_preview; }
    QListWidget *problems() const { return m_problems; }
    QLabel *checkSummary() const { return m_checkSummary; }
    QLabel *importSummary() const { return m_importSummary; }
    // The report of the last check or import; true once an import committed.
    const ImportReport &lastReport() const { return m_report; }
    bool imported() const { return m_imported; }
    bool isBusy() const;

    void reject() override; // cancels a running import first, then closes

signals:
    // A check or import ended (tests wait for it).
    void jobDone();

private:
    friend class ImportWizardPage;
    QWizardPage *makeSourcePage();
    QWizardPage *makeColumnsPage();
    QWizardPage *makeCheckPage();
    QWizardPage *makeImportPage();
    void browse();
    void fileChanged();
    bool readPlan();
    void fillColumns();
    void updateNeeded();
    QStringList missingColumns() const;
    void fillPreview();
    void runJob(bool checkOnly);
    void jobFinished(bool checkOnly);
    void cancelJob();

    Workspace &m_workspace;
    ColumnPlan m_plan;
    ImportReport m_report;
    ImportJob *m_job = nullptr;
    bool m_checked = false, m_imported = false, m_closeWhenDone = false;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_sourceProblem = nullptr;
    QLabel *m_format = nullptr;
    QTableWidget *m_columns = nullptr;
    QLabel *m_needed = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_creator = nullptr;
    QComboBox *m_platform = nullptr;
    QCheckBox *m_useDate = nullptr;
    QComboBox *m_numbers = nullptr; // how the file writes numbers; guessed from the file
    QDateEdit *m_date = nullptr;
    QTableWidget *m_preview = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QLabel *m_checkSummary = nullptr;
    QListWidget *m_problems = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QLabel *m_importSummary = nullptr;
};

} // namespace cd

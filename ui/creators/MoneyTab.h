#pragma once

#include "common/Result.h"
#include "common/Words.h"
#include "money/CreatorMoney.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {

struct CreatorProfile;
class Workspace;

// The creator's money on their page: what they earned, were paid, are owed and is overdue, per
// currency; every payment of theirs; in an agency workspace their statement as a PDF. Also the
// details payments need: tax profile, NPWP and (agency) their fee rate, checked as typed and saved
// with the rest of the creator.
class MoneyTab : public QWidget
{
    Q_OBJECT
public:
    // creatorId 0: a new creator (only the tax details; no payments yet).
    MoneyTab(Workspace &workspace, qint64 creatorId, QWidget *parent = nullptr);

    void load(const CreatorProfile &profile);
    void store(CreatorProfile &profile) const;
    // The first field problem, or an empty string.
    QString problem() const;

    // Per currency, as the tiles show them, as of today (CreatorMoney.h).
    QList<CreatorMoneyFigures> figures() const { return m_figures; }

    // Writes the creator's statements for [from, to], one PDF per currency (the file name gets the
    // currency before its extension when there are several); returns the paths written.
    Result<QStringList> writeStatements(const QDate &from, const QDate &to, ContractLanguage language,
                                        const QString &path);
    // The period the statement dialog proposes: the last full month before `today`.
    static std::pair<QDate, QDate> lastFullMonth(const QDate &today);

    QComboBox *taxProfileBox() const { return m_taxProfile; }
    QLineEdit *npwpEdit() const { return m_npwp; }
    QLineEdit *agencyRateEdit() const { return m_agencyRate; }
    QLabel *npwpMessage() const { return m_npwpMessage; }
    QTableWidget *paymentsTable() const { return m_table; }
    QPushButton *statementButton() const { return m_statement; }

signals:
    void changed();

private:
    void check();
    void updateTaxNote();
    void reloadPayments();
    void askForStatement();

    Workspace &m_workspace;
    qint64 m_creatorId;
    QString m_creatorName;
    bool m_agency = false;
    qint64 m_workspaceRateBp = 2000;
    QComboBox *m_taxProfile;
    QLineEdit *m_npwp, *m_agencyRate = nullptr;
    QLabel *m_npwpMessage, *m_rateMessage = nullptr, *m_taxNote;
    QGridLayout *m_tiles = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_statement = nullptr;
    QList<CreatorMoneyFigures> m_figures;
};

} // namespace cd

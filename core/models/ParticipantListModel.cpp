#include "ParticipantListModel.h"

#include "common/Words.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QLocale>

#include <iterator>

namespace cd {

ParticipantListModel::ParticipantListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
            for (const char *kind : {"participants", "deliverables", "creators", "campaigns"})
                if (kinds.contains(QLatin1String(kind)))
                    return reload();
        });
}

void ParticipantListModel::setCampaign(qint64 campaignId)
{
    m_campaign = campaignId;
    reload();
}

void ParticipantListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_currency.clear();
    m_budget.reset();
    if (m_workspace && m_campaign) {
        QSqlDatabase db = m_workspace->db();
        if (auto c =
                sql::run(db, QStringLiteral("SELECT currency, budget_minor FROM campaigns WHERE id = ?"), {m_campaign});
            c && c->next()) {
            m_currency = c->value(0).toString();
            if (!c->isNull(1))
                m_budget = Money(c->value(1).toLongLong(), m_currency);
        }
        auto q = sql::run(
            db,
            QStringLiteral("SELECT p.id, cr.name, p.status, p.fee_minor, p.commission_rate_bp, p.product_value_minor, "
                           "p.points, p.point_value_minor, p.deposit_minor, "
                           "(SELECT count(*) FROM deliverables d WHERE d.participant_id = p.id), "
                           "(SELECT count(*) FROM deliverables d WHERE d.participant_id = p.id "
                           " AND d.status IN ('posted', 'verified')) "
                           "FROM participants p JOIN creators cr ON cr.id = p.creator_id WHERE p.campaign_id = ? "
                           "ORDER BY cr.name_key"),
            {m_campaign});
        while (q && q->next()) {
            const auto opt = [&](int i) {
                return q->isNull(i) ? std::nullopt : std::optional<qint64>(q->value(i).toLongLong());
            };
            m_rows << Row{q->value(0).toLongLong(),
                          q->value(1).toString(),
                          q->value(2).toString(),
                          opt(3),
                          opt(4),
                          opt(5),
                          opt(6),
                          opt(7),
                          opt(8),
                          q->value(9).toInt(),
                          q->value(10).toInt()};
        }
    }
    endResetModel();
}

Money ParticipantListModel::committed() const
{
    qint64 total = 0;
    for (const Row &r : m_rows)
        if (r.status != QLatin1String("declined") && r.status != QLatin1String("cancelled"))
            total += r.fee.value_or(0) + r.product.value_or(0) + r.points.value_or(0) * r.pointValue.value_or(0);
    return Money(total, m_currency);
}

int ParticipantListModel::takingPart() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.status != QLatin1String("declined") && r.status != QLatin1String("cancelled");
    }));
}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ParticipantListModel::statusRank(const QString &word)
{
    // By ParticipantStatus: invited, negotiating, confirmed, declined, cancelled, completed.
    static constexpr int Rank[] = {0, 1, 2, 4, 5, 3};
    const auto status = wordFrom<ParticipantStatus>(word);
    return status ? Rank[int(*status)] : int(std::size(Rank));
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == StatusWordRole)
        return r.status;
    const auto money = [&](const std::optional<qint64> &minor) {
        return minor ? Money(*minor, m_currency).format() : QString();
    };
    if (role == SortRole) {
        switch (index.column()) {
        case Fee:
            return r.fee.value_or(-1);
        case Commission:
            return r.commissionBp.value_or(-1);
        case Product:
            return r.product.value_or(-1);
        case Points:
            return r.points.value_or(-1);
        case Deposit:
            return r.deposit.value_or(-1);
        case Deliverables:
            return r.done * 1000 + r.deliverables;
        case Status: // in the order a deal goes (invited first, lost ones last), not by the label
            return statusRank(r.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Fee)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Creator:
        return r.creator;
    case Status:
        return wordFrom<ParticipantStatus>(r.status) ? wordLabel(r.status) : r.status;
    case Fee:
        return money(r.fee);
    case Commission:
        return r.commissionBp ? QStringLiteral("%1%").arg(QLocale().toString(*r.commissionBp / 100.0)) : QString();
    case Product:
        return money(r.product);
    case Points:
        return r.points ? tr("%1 × %2").arg(QLocale().toString(*r.points), money(r.pointValue)) : QString();
    case Deposit:
        return money(r.deposit);
    case Deliverables:
        return r.deliverables ? tr("%1 of %2").arg(r.done).arg(r.deliverables) : QString();
    }
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // The columns whose figures do not say what they are made of.
        switch (section) {
        case Commission:
            return tr("A share of the revenue attributed to the creator's posts");
        case Product:
            return tr("The value of the products given: counted in the cost, never paid as money");
        case Points:
            return tr("Points convertible to cash: how many × the value of each");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Creator:
        return tr("Creator");
    case Status:
        return tr("Status");
    case Fee:
        return tr("Fee");
    case Commission:
        return tr("Commission");
    case Product:
        return tr("Product");
    case Points:
        return tr("Points");
    case Deposit:
        return tr("Deposit");
    case Deliverables:
        return tr("Deliverables done");
    }
    return {};
}

} // namespace cd

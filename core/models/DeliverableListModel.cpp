#include "DeliverableListModel.h"

#include "brief/Compliance.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Words.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QLocale>

namespace cd {

DeliverableListModel::DeliverableListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
            for (const char *kind : {"deliverables", "participants", "creators", "campaigns"})
                if (kinds.contains(QLatin1String(kind)))
                    return reload();
        });
}

void DeliverableListModel::setCampaign(qint64 campaignId)
{
    m_campaign = campaignId;
    reload();
}

void DeliverableListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_workspace && m_campaign) {
        QSqlDatabase db = m_workspace->db();
        auto q = sql::run(db,
                          QStringLiteral("SELECT d.id, c.name, d.title, d.platform, d.format, d.due_date, d.status, "
                                         "d.revisions_used, d.revision_limit, d.posted_at FROM deliverables d "
                                         "JOIN participants p ON p.id = d.participant_id "
                                         "JOIN creators c ON c.id = p.creator_id WHERE p.campaign_id = ? "
                                         "ORDER BY d.due_date IS NULL, d.due_date, c.name_key, d.title_key"),
                          {m_campaign});
        const QDate today = Clock::today();
        QHash<qint64, DeliverableCompliance> compliance;
        auto name = sql::scalar(db, QStringLiteral("SELECT name FROM campaigns WHERE id = ?"), {m_campaign});
        if (name && !name->isNull())
            if (auto checked = briefCompliance(db, name->toString()))
                for (const DeliverableCompliance &d : checked.value())
                    compliance.insert(d.deliverableId, d);
        while (q && q->next()) {
            Row r{q->value(0).toLongLong(),
                  q->value(1).toString(),
                  q->value(2).toString(),
                  q->value(3).toString(),
                  q->value(4).toString(),
                  q->value(6).toString(),
                  QDate::fromString(q->value(5).toString(), Qt::ISODate),
                  QDate::fromString(q->value(9).toString().left(10), Qt::ISODate),
                  q->value(7).toLongLong(),
                  q->isNull(8) ? -1 : q->value(8).toLongLong(),
                  false,
                  0,
                  0,
                  {},
                  {}};
            const auto status = wordFrom<DeliverableStatus>(r.status).value_or(DeliverableStatus::Planned);
            r.late = r.due.isValid() && r.due < today && status != DeliverableStatus::Posted &&
                     status != DeliverableStatus::Verified;
            if (auto c = compliance.constFind(r.id); c != compliance.constEnd()) {
                QStringList lines, failed;
                for (const ComplianceRule &rule : c->rules) {
                    r.rules += 1;
                    if (!rule.pass)
                        failed << ruleName(rule.rule);
                    lines << QStringLiteral("%1 %2: %3")
                                 .arg(rule.pass ? QStringLiteral("✓") : QStringLiteral("✗"), ruleName(rule.rule),
                                      rule.detail);
                }
                r.failed = int(failed.size());
                // The rules missed by name ("✗ Hashtags, Disclosure"): a count sent people to the tooltip.
                r.failedRules = failed.join(QStringLiteral(", "));
                r.complianceText = lines.join(QLatin1Char('\n'));
            }
            m_rows << r;
        }
    }
    endResetModel();
}

QString DeliverableListModel::ruleName(const QString &rule)
{
    if (rule == QLatin1String("hashtags"))
        return tr("Hashtags");
    if (rule == QLatin1String("mentions"))
        return tr("Mentions");
    if (rule == QLatin1String("disclosure"))
        return tr("Disclosure");
    if (rule == QLatin1String("window"))
        return tr("Posting window");
    if (rule == QLatin1String("platform"))
        return tr("Platform");
    return rule;
}

int DeliverableListModel::lateCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.late; }));
}

int DeliverableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliverableListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliverableListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case LateRole:
        return r.late;
    case StatusRole:
        return r.status;
    case SortRole:
        if (index.column() == Due)
            return r.due.isValid() ? r.due.toJulianDay() : std::numeric_limits<qint64>::max();
        if (index.column() == Posted)
            return r.posted.isValid() ? r.posted.toJulianDay() : std::numeric_limits<qint64>::max();
        if (index.column() == Status)
            return int(wordFrom<DeliverableStatus>(r.status).value_or(DeliverableStatus::Planned));
        if (index.column() == Revisions)
            return r.used;
        if (index.column() == Brief)
            return r.rules == 0 ? -1 : r.failed;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Brief)
            return r.complianceText;
        if (r.late)
            return tr("Late: due %1 and not posted yet").arg(displayDate(r.due));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Creator:
        return r.creator;
    case Title:
        return r.title;
    case Platform:
        return platformDisplayName(wordFrom<cd::Platform>(r.platform).value_or(cd::Platform::Instagram));
    case Format:
        return r.format.isEmpty()
                   ? QString()
                   : formatDisplayName(wordFrom<DeliverableFormat>(r.format).value_or(DeliverableFormat::Post));
    case Due:
        return r.due.isValid() ? displayDate(r.due) : QString();
    case Status:
        return wordLabel(r.status);
    case Revisions:
        return r.limit >= 0 ? tr("%1 of %2").arg(r.used).arg(r.limit) : QString::number(r.used);
    case Posted:
        return r.posted.isValid() ? displayDate(r.posted) : QString();
    case Brief:
        if (r.rules == 0)
            return QString(); // nothing to check before a caption or a posting date
        return r.failed == 0 ? tr("✓ follows") : tr("✗ %1").arg(r.failedRules);
    }
    return {};
}

QVariant DeliverableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Creator:
        return tr("Creator");
    case Title:
        return tr("Deliverable");
    case Platform:
        return tr("Platform");
    case Format:
        return tr("Format");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Revisions:
        return tr("Revisions");
    case Posted:
        return tr("Posted");
    case Brief:
        return tr("Brief");
    }
    return {};
}

} // namespace cd

// How the roster keeps up with changes: the creators a change names are read back and their rows
// put in place (an edited creator at 20,000 creators: one row read, not the whole roster); anything
// else is the whole roster read again on the worker (CreatorsPage::reload()).
#include "CreatorsPage.h"

#include "common/Clock.h"
#include "main/BackgroundRead.h"
#include "models/CreatorRosterModel.h"

namespace cd {
namespace {
// Past this many creators the whole roster is read again: each creator read back is a few seeks
// on the GUI thread, the whole read none.
constexpr qsizetype MostReadBack = 50;
} // namespace

void CreatorsPage::changedInWorkspace(const Changes &changes)
{
    // On a server, whose creators the person may change is asked again when the managers change (a
    // role given in Settings).
    if (changes.touches(QStringLiteral("managers")) && m_workspace) {
        QSqlDatabase db = m_workspace->db();
        m_changeable = team::changeable(db);
    }
    if (CreatorRosterModel::dependsOn(changes.kinds()) && !readBack(changes))
        reload();
}

bool CreatorsPage::readBack(const Changes &changes)
{
    // Onto the whole roster as read, none being read again (a read under way may predate the
    // change), its rates as of today (they are of the last 90 days).
    if (!m_readOnce || isReading() || !m_workspace || m_readAsOf != Clock::today())
        return false;
    QSqlDatabase db = m_workspace->db();
    const std::optional<QList<qint64>> creators = CreatorRosterModel::creatorsChanged(db, changes);
    if (!creators || creators->size() > MostReadBack)
        return false;
    if (creators->isEmpty())
        return true;
    CreatorRosterModel::Roster read = CreatorRosterModel::readCreators(db, m_readAsOf, *creators);
    if (!read.error.isEmpty())
        return false; // the whole read says what is wrong
    if (m_model->applyRows(*creators, std::move(read.rows)))
        fillNiches();
    return true;
}

} // namespace cd

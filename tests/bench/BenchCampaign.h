#pragma once

#include <QString>

namespace cd {
class Workspace;
}

namespace cd::bench {

// Adds an active campaign `name` ending today and running `days` days, with `creators` existing
// creators that have an Instagram account (fewer if the workspace has fewer), each with one post
// on the first day and a metric snapshot every day since. Returns the campaign's id.
qint64 makeBenchCampaign(Workspace &ws, const QString &name, int creators, int days);

} // namespace cd::bench

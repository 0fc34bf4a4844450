#pragma once

#include "common/Result.h"

#include <QDate>

#include <functional>

namespace cd {

class Workspace;

// Believable synthetic data (formats.md `demo`): `Small` for first-time users and screenshots,
// `Agency` (5,000 creators, 200 brands, 1,000 campaigns, 20,000 deliverables, ~2 million snapshots)
// and `Large` (20,000 creators, 400 brands, 5,000 campaigns, ~10 million post metric and ~10 million
// follower snapshots: years of an agency's daily counts) for benchmarks. The same seed and the
// same "today" give the same workspace.
struct DemoOptions
{
    enum class Scale
    {
        Small,
        Agency,
        Large
    };
    Scale scale = Scale::Small;
    quint64 seed = 1;
    // Replace whatever the workspace holds; without it a non-empty workspace is refused.
    bool replace = false;
    // Progress in [0, 1]; return false to cancel (nothing is then written).
    std::function<bool(double)> progress;
};

struct DemoSummary
{
    qint64 brands = 0, creators = 0, campaigns = 0, participants = 0, deliverables = 0, contracts = 0,
           followerSnapshots = 0, postSnapshots = 0, payments = 0, invoices = 0;
};

// Fills the workspace in one transaction: all of it or nothing.
Result<DemoSummary> generateDemo(Workspace &ws, const DemoOptions &options);

// The demo workspace a first-time user explores, kept in its own file (`path`, usually
// demo.collabdesk beside the default workspace) and never mixed into the user's: created with
// the small demo when missing or empty, left as it is otherwise.
Status prepareDemoWorkspace(const QString &path);

} // namespace cd

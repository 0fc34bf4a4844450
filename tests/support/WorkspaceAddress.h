#pragma once

#include "ServerDatabase.h"
#include "TestSupport.h"

#include <QString>

#include <memory>

namespace cd::test {

// Where a CLI test's workspace goes: the file `fileName` in `dir`, or, when the suite runs against
// the test server (COLLABDESK_TEST_WORKSPACES names it), a new empty database of its own there,
// dropped with this object. Either way nothing is made yet (`collabdesk-cli --db ADDRESS init`
// makes the workspace, as it does for a file), unless it starts from a fixture. Tests of files
// themselves are tagged [file].
class WorkspaceAddress
{
public:
    enum class Start
    {
        Empty,      // nothing yet: `init` makes the workspace
        FromFixture // `fileName` names a fixture (tests/data): its copy, or on the server its rows moved
                    // there as `collabdesk-cli move` moves them (at this build's schema)
    };
    WorkspaceAddress(const TempDir &dir, const QString &fileName, Start start = Start::Empty);
    ~WorkspaceAddress();
    WorkspaceAddress(const WorkspaceAddress &) = delete;
    WorkspaceAddress &operator=(const WorkspaceAddress &) = delete;

    // What `--db` takes: the file's path or postgresql://... .
    const QString &address() const { return m_address; }
    bool onServer() const { return m_database != nullptr; }

private:
    std::unique_ptr<ServerDatabase> m_database;
    QString m_address;
};

} // namespace cd::test

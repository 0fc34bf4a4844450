#include "WorkspaceAddress.h"

#include "storage/WorkspaceMove.h"

namespace cd::test {

WorkspaceAddress::WorkspaceAddress(const TempDir &dir, const QString &fileName, Start start)
    : m_database(onTestServer() ? std::make_unique<ServerDatabase>() : nullptr),
      m_address(m_database ? m_database->address() : dir.path(fileName))
{
    if (start != Start::FromFixture)
        return;
    const QString copy = copyFixture(dir, fileName);
    if (!m_database)
        return;
    auto moved = moveWorkspace(copy, m_address);
    INFO(moved.error().toStdString());
    REQUIRE(moved.ok());
}

WorkspaceAddress::~WorkspaceAddress() = default;

} // namespace cd::test

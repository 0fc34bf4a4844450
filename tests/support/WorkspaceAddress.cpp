#include "WorkspaceAddress.h"

namespace cd::test {

WorkspaceAddress::WorkspaceAddress(const TempDir &dir, const QString &fileName)
    : m_database(onTestServer() ? std::make_unique<ServerDatabase>() : nullptr),
      m_address(m_database ? m_database->address() : dir.path(fileName))
{}

WorkspaceAddress::~WorkspaceAddress() = default;

} // namespace cd::test

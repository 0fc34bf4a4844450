#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace cd {
class Workspace;
}

// What every fuzz target shares. Each target is one program whose LLVMFuzzerInitialize calls
// initialize() and whose LLVMFuzzerTestOneInput must leave the process as it found it (libFuzzer
// runs millions of inputs in one process, and a crash must reproduce from its one input alone).
namespace cd::fuzz {

// A QCoreApplication, a private temporary folder (under $TMPDIR) that is removed at a normal exit,
// the XDG folders (cache, data, config, runtime) moved inside it so nothing of the user's is read or
// written, Qt's messages silenced (COLLABDESK_FUZZ_VERBOSE=1 shows them) and the product's clock
// pinned to 2026-11-23 09:00 UTC.
void initialize(int *argc, char ***argv);

// `name` inside the private temporary folder.
QString tempPath(const QString &name);

// The fuzzer's bytes as Qt holds them (a copy: libFuzzer's buffer is read-only and is freed after
// the call).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Replaces the file at `path` with `bytes`; stops the run when it cannot (a broken harness).
void writeFile(const QString &path, const QByteArray &bytes);
// The bytes of `path`, or a null QByteArray when it cannot be read.
QByteArray readFile(const QString &path);

// An agency's workspace opened for writing, made once per process in the temporary folder and
// filled by importing small files: two brands, three creator accounts (Rina Wijaya on Instagram
// as rina.eats and on TikTok as RinaEats, Budi Santoso on YouTube), the campaign "Ramadan Glow" with
// both as participants, a deliverable and a contract. Targets must leave it as they found it.
Workspace &seededWorkspace();
// The id of Rina Wijaya's participation in "Ramadan Glow".
qint64 seededParticipant();

// COLLABDESK_FUZZ_VERBOSE=1: Qt's messages are shown, and targets say what an input did (for
// reproducing one input, not for fuzzing).
bool verbose();

// A broken property: prints what and why, then traps, which libFuzzer reports as a crash (with the
// stack and the input saved for reproduction).
[[noreturn]] void violated(const char *what, const QString &detail = {});

} // namespace cd::fuzz

#pragma once

#include "common/Result.h"
#include "storage/Workspace.h"

#include <memory>

class QWidget;

namespace cd {

// Workspace::open on a worker thread, so the window (or, at start, the desktop) never waits for a
// check or a schema update, which take a minute on a workspace of gigabytes. Opens that take
// longer than a moment show a dialog saying which step runs, with Cancel (the open then fails,
// saying so, and the file is as it was); input to other windows waits meanwhile. The workspace
// returned belongs to the calling thread. `cancelled` tells a failure the person asked for. An
// onStage of the caller's is called too (on the worker).
Result<std::unique_ptr<Workspace>> openWithProgress(QWidget *parent, const QString &path, Workspace::Options options,
                                                    bool *cancelled = nullptr);

} // namespace cd

#pragma once

#include "interchange/Importer.h"

#include <QObject>

#include <atomic>

class QThread;

namespace cd {

class Workspace;

// One CSV import (or check) on a worker thread with its own database connection, so the window
// keeps drawing and answering while a large file is read. Cancelling rolls the import back:
// the workspace stays as it was.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(Workspace &workspace, QString kind, QString path, ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override; // waits for the worker (cancelled first)

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    bool isCancelling() const { return m_cancel; }
    const ImportReport &report() const { return m_report; }

signals:
    void progress(int percent);
    // The report is ready (also after a cancel); emitted on the thread that made the job.
    void finished();

private:
    Workspace &m_workspace;
    QString m_kind, m_path;
    ImportOptions m_options;
    ImportReport m_report;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace cd

#include "ImportJob.h"

#include "storage/Workspace.h"

#include <QThread>

namespace cd {

ImportJob::ImportJob(Workspace &workspace, QString kind, QString path, ImportOptions options, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_kind(std::move(kind)), m_path(std::move(path)),
      m_options(std::move(options))
{}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start()
{
    if (m_thread)
        return;
    ImportOptions options = m_options;
    options.progress = [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        // Queued to this object's thread: the worker never touches widgets.
        QMetaObject::invokeMethod(
            this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_thread = QThread::create([this, options] {
        m_report = importCsv(m_workspace, m_kind, m_path, options);
        m_workspace.releaseThreadConnection();
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

} // namespace cd

#include "WorkspaceOpening.h"

#include "storage/StopToken.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOpening)
};

// Opens that finish within this show no dialog at all (a flash of one reads as a glitch).
constexpr int QuietMs = 400;

QString stageText(Workspace::Stage stage, const QString &path)
{
    const QFileInfo file(path);
    const QString name = QStringLiteral("<b>%1</b> (%2)")
                             .arg(file.fileName().toHtmlEscaped(),
                                  QLocale().formattedDataSize(file.size(), 1, QLocale::DataSizeSIFormat));
    switch (stage) {
    case Workspace::Stage::Checking:
        return Text::tr("Checking %1 before anything is written to it: CollabDesk did not close it last time (it "
                        "stopped unexpectedly, or another program changed the file).<br><br>A large workspace takes "
                        "a minute or so. Cancel leaves it as it is.")
            .arg(name);
    case Workspace::Stage::BackingUp:
        return Text::tr("Copying %1 before it is updated for this version of CollabDesk.").arg(name);
    case Workspace::Stage::Updating:
        return Text::tr("Updating %1 for this version of CollabDesk.").arg(name);
    }
    return {};
}
} // namespace

Result<std::unique_ptr<Workspace>> openWithProgress(QWidget *parent, const QString &path, Workspace::Options options,
                                                    bool *cancelled)
{
    StopToken stop;
    options.stop = &stop;
    QProgressDialog dialog(parent);
    dialog.setWindowTitle(Text::tr("Opening Workspace"));
    auto *label = new QLabel(&dialog);
    label->setWordWrap(true);
    label->setFixedWidth(440); // long file names and the Indonesian sentences wrap instead of widening it
    dialog.setLabel(label);
    dialog.setLabelText(Text::tr("Opening %1…").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    dialog.setRange(0, 0); // how far a check has got, SQLite does not say
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setWindowModality(Qt::ApplicationModal);
    // QProgressDialog shows itself after a few seconds even without a value set: only the timer below shows it.
    dialog.setMinimumDuration(std::numeric_limits<int>::max());
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&stop] { stop.stop(); });
    QPointer<QProgressDialog> shown(&dialog);
    options.onStage = [shown, path, also = options.onStage](Workspace::Stage stage) {
        // On the worker: the label is set on the dialog's own thread (dropped if it is gone).
        QMetaObject::invokeMethod(
            shown.data(), [shown, stage, path] { shown->setLabelText(stageText(stage, path)); }, Qt::QueuedConnection);
        if (also)
            also(stage);
    };

    Result<std::unique_ptr<Workspace>> result = fail(QString());
    QThread *home = QThread::currentThread();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = Workspace::open(path, options);
        if (result) {
            // This thread's connection goes with it; the workspace is the caller's from here on.
            result.value()->releaseThreadConnection();
            result.value()->moveToThread(home);
        }
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    worker->start();
    quiet.start(QuietMs);
    // Clicks and keys meanwhile wait (they are delivered later, not lost): nothing else may start
    // while the workspace is being replaced.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!worker->isFinished()) {
        dialog.show();
        loop.exec();
    }
    worker->wait();
    if (cancelled)
        *cancelled = !result && stop.stopped();
    return result;
}

} // namespace cd

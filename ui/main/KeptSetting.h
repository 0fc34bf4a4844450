#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariant>

namespace cd {

// A setting that changes in bursts (a drag says it moved at every pixel): written once the burst
// is over (half a second's quiet) or when this goes, and only when it differs from what is kept.
// Each write replaces the settings file on disk (LocalSettings, on a thread of its own): written at
// every change, a drag on a list's edge or a splitter rewrote the file at every pixel.
class KeptSetting final : public QObject
{
public:
    KeptSetting(const QString &key, QObject *parent);
    ~KeptSetting() override;

    void set(const QVariant &value);

    static constexpr int QuietMs = 500;

private:
    void write();

    const QString m_key;
    QVariant m_kept, m_pending;
    QTimer m_quiet;
};

} // namespace cd

#include "KeptSetting.h"

#include "common/LocalSettings.h"

namespace cd {

KeptSetting::KeptSetting(const QString &key, QObject *parent)
    : QObject(parent), m_key(key), m_kept(LocalSettings::value(key))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &KeptSetting::write);
}

KeptSetting::~KeptSetting()
{
    write();
}

void KeptSetting::set(const QVariant &value)
{
    m_pending = value;
    m_quiet.start();
}

void KeptSetting::write()
{
    m_quiet.stop();
    if (!m_pending.isValid() || m_pending == m_kept)
        return;
    LocalSettings::set(m_key, m_pending);
    m_kept = std::exchange(m_pending, QVariant());
}

} // namespace cd

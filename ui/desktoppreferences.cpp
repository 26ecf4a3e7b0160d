#include "desktoppreferences.h"

#include "config/profile.h"

using namespace Qt::StringLiterals;

namespace {
const auto NotifyEachEventKey = u"ui/notify-each-event"_s;
const auto StartMinimisedKey = u"ui/start-minimised"_s;
const auto TrayHintShownKey = u"ui/tray-hint-shown"_s;
} // namespace

bool DesktopPreferences::flag(const QString &key) const
{
    const Result<QString> value = Profile(m_db).value(key);
    return value && value.value() == u"true"_s;
}

Status DesktopPreferences::setFlag(const QString &key, bool on)
{
    return Profile(m_db).setValue(key, on ? u"true"_s : u"false"_s);
}

bool DesktopPreferences::notifyEachEvent() const
{
    return flag(NotifyEachEventKey);
}

Status DesktopPreferences::setNotifyEachEvent(bool on)
{
    return setFlag(NotifyEachEventKey, on);
}

bool DesktopPreferences::startMinimised() const
{
    return flag(StartMinimisedKey);
}

Status DesktopPreferences::setStartMinimised(bool on)
{
    return setFlag(StartMinimisedKey, on);
}

bool DesktopPreferences::trayHintShown() const
{
    return flag(TrayHintShownKey);
}

Status DesktopPreferences::setTrayHintShown()
{
    return setFlag(TrayHintShownKey, true);
}

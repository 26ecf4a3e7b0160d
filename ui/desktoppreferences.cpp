#include "desktoppreferences.h"

#include "config/profile.h"

using namespace Qt::StringLiterals;

namespace {
const auto NotifyEachEventKey = u"ui/notify-each-event"_s;
const auto StartMinimisedKey = u"ui/start-minimised"_s;
const auto TrayHintShownKey = u"ui/tray-hint-shown"_s;
const auto AppearanceKey = u"ui/appearance"_s;
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

DesktopPreferences::Appearance DesktopPreferences::appearance() const
{
    const Result<QString> value = Profile(m_db).value(AppearanceKey);
    if (value && value.value() == u"light"_s)
        return Appearance::Light;
    if (value && value.value() == u"dark"_s)
        return Appearance::Dark;
    return Appearance::System;
}

Status DesktopPreferences::setAppearance(Appearance appearance)
{
    const QString value = appearance == Appearance::Light ? u"light"_s
        : appearance == Appearance::Dark                  ? u"dark"_s
                                                          : u"system"_s;
    return Profile(m_db).setValue(AppearanceKey, value);
}

bool DesktopPreferences::trayHintShown() const
{
    return flag(TrayHintShownKey);
}

Status DesktopPreferences::setTrayHintShown()
{
    return setFlag(TrayHintShownKey, true);
}

#pragma once

#include "domain/error.h"

class Database;

// How the desktop app behaves for this profile, kept in the profile beside the window geometry:
// a notification for every event, whether it starts hidden in the tray, and whether it follows
// the system's colours or is always light or dark. ("Start at login" is the autostart entry
// itself: see Autostart.)
class DesktopPreferences
{
public:
    explicit DesktopPreferences(Database &database)
        : m_db(database)
    { }

    bool notifyEachEvent() const;
    Status setNotifyEachEvent(bool on);
    bool startMinimised() const;
    Status setStartMinimised(bool on);
    enum class Appearance { System, Light, Dark };
    Appearance appearance() const;
    Status setAppearance(Appearance appearance);
    // The "PingPanda keeps running" hint after the window is first closed to the tray.
    bool trayHintShown() const;
    Status setTrayHintShown();

private:
    bool flag(const QString &key) const;
    Status setFlag(const QString &key, bool on);

    Database &m_db;
};

#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>

// "Start at login" on Linux desktops: an XDG autostart entry, pingpanda.desktop in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart), that the session starts at login. Its
// presence is the setting; nothing else records it, so removing the file by hand turns it off.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    static constexpr auto FileName = "pingpanda.desktop";

    // `folder` empty: the user's autostart folder.
    explicit Autostart(const QString &folder = {});

    QString filePath() const;
    bool isEnabled() const;
    // Writes the entry that runs `program` with `arguments` (e.g. --data-dir for a profile that
    // is not the default one) at login; replaces an older entry.
    Status enable(const QString &program, const QStringList &arguments = {});
    // Removes the entry; nothing to remove is fine.
    Status disable();

    // The Exec= value for a program and its arguments, quoted and escaped as the Desktop Entry
    // Specification requires.
    static QString execLine(const QString &program, const QStringList &arguments);

private:
    QString m_folder;
};

#pragma once

#include <QLocale>
#include <QTime>

// A time of day to the minute in the person's locale ("22:30", "10:30 PM"), as Discord shows
// its short times: the locale's short format, without the seconds some locales (C) put there.
inline QString shortTime(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return locale.toString(time, format);
}

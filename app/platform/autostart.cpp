#include "platform/autostart.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// One argument of an Exec key: quoted when it holds a reserved character (with the double
// quote, backquote, dollar and backslash escaped inside the quotes), and % doubled.
QString quoteArgument(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    QString arg = argument;
    arg.replace(u'%', u"%%"_s);
    const bool needsQuotes = arg.isEmpty()
        || std::any_of(arg.cbegin(), arg.cend(), [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return arg;
    QString quoted;
    for (QChar c : std::as_const(arg)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

} // namespace

Autostart::Autostart(const QString &folder)
    : m_folder(folder)
{
    if (m_folder.isEmpty()) {
        m_folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + u"/autostart"_s;
    }
}

QString Autostart::filePath() const
{
    return QDir(m_folder).filePath(QString::fromLatin1(FileName));
}

bool Autostart::isEnabled() const
{
    return QFile::exists(filePath());
}

QString Autostart::execLine(const QString &program, const QStringList &arguments)
{
    QStringList parts {quoteArgument(program)};
    for (const QString &a : arguments)
        parts << quoteArgument(a);
    // A string value of a desktop file escapes the backslash once more.
    return parts.join(u' ').replace(u'\\', u"\\\\"_s);
}

Status Autostart::enable(const QString &program, const QStringList &arguments)
{
    if (!QDir().mkpath(m_folder)) {
        return Error::storage(
            tr("The folder %1 cannot be created, so PingPanda cannot start at login.")
                .arg(QDir::toNativeSeparators(m_folder)));
    }
    const QString entry
        = u"[Desktop Entry]\n"
          "Type=Application\n"
          "Name=PingPanda\n"
          "Comment=%1\n"
          "Exec=%2\n"
          "Icon=pingpanda\n"
          "Terminal=false\n"
          "X-GNOME-Autostart-enabled=true\n"_s.arg(
              tr("Receives events and sends them to Discord"), execLine(program, arguments));
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        return Error::storage(tr("%1 cannot be written (%2), so PingPanda cannot start at login.")
                                  .arg(QDir::toNativeSeparators(filePath()), file.errorString()));
    }
    return {};
}

Status Autostart::disable()
{
    QFile file(filePath());
    if (!file.exists() || file.remove())
        return {};
    return Error::storage(tr("%1 cannot be removed (%2); remove it to stop PingPanda starting at "
                             "login.")
                              .arg(QDir::toNativeSeparators(filePath()), file.errorString()));
}

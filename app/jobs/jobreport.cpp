#include "jobs/jobreport.h"

#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Discord's limit for a field's value; the output keeps a little under it.
constexpr qsizetype MaxFieldChars = 1024;
// A description that still reads as one line in a notification.
constexpr qsizetype MaxCommandInDescription = 200;

QString cut(const QString &text, qsizetype maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + u"…"_s;
}

QString signalName(int signal)
{
    switch (signal) {
    case SIGINT:
        return u"SIGINT"_s;
    case SIGTERM:
        return u"SIGTERM"_s;
#ifdef SIGHUP
    case SIGHUP:
        return u"SIGHUP"_s;
#endif
    default:
        return u"signal %1"_s.arg(signal);
    }
}

} // namespace

namespace JobReport {

QString commandLine(const QStringList &command)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=@%+,-]+$"_s);
    QStringList words;
    for (const QString &arg : command) {
        if (plain.match(arg).hasMatch())
            words << arg;
        else
            words << u"'"_s + QString(arg).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
    }
    return words.join(u' ');
}

QString duration(qint64 ms)
{
    if (ms < 10000)
        return u"%1s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 60)
        return u"%1s"_s.arg(s);
    if (s < 3600)
        return u"%1m %2s"_s.arg(s / 60).arg(s % 60);
    return u"%1h %2m %3s"_s.arg(s / 3600).arg(s % 3600 / 60).arg(s % 60);
}

QString description(const JobOutcome &outcome)
{
    const QString command = cut(commandLine(outcome.command), MaxCommandInDescription);
    QString text = outcome.exitStatus == 0
        ? u"%1 succeeded"_s.arg(command)
        : u"%1 failed (exit %2)"_s.arg(command).arg(outcome.exitStatus);
    if (outcome.interruptSignal != 0)
        text += u", interrupted by %1"_s.arg(signalName(outcome.interruptSignal));
    return text;
}

JsonValue eventBody(const QString &category, const JobOutcome &outcome)
{
    JsonValue fields = JsonValue::object();
    fields.insert(
        u"command"_s, JsonValue::string(cut(commandLine(outcome.command), MaxFieldChars)));
    fields.insert(u"exit"_s, JsonValue::number(outcome.exitStatus));
    fields.insert(u"duration"_s, JsonValue::string(duration(outcome.elapsedMs)));
    fields.insert(u"seconds"_s, JsonValue::number(std::round(outcome.elapsedMs / 100.0) / 10.0));
    if (!outcome.host.isEmpty())
        fields.insert(u"host"_s, JsonValue::string(cut(outcome.host, MaxFieldChars)));
    // Discord refuses an empty field, so a command that printed nothing has no output field.
    if (!outcome.output.isEmpty())
        fields.insert(u"output"_s, JsonValue::string(outcome.output));

    JsonValue body = JsonValue::object();
    body.insert(u"category"_s, JsonValue::string(category));
    body.insert(u"description"_s, JsonValue::string(description(outcome)));
    body.insert(u"fields"_s, std::move(fields));
    return body;
}

} // namespace JobReport

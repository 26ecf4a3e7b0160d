#include "hooks/hookreader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Lines of alerts under the first one; a group of a hundred still reads as a message.
constexpr qsizetype AlertLinesShown = 10;
// Common labels shown as fields, besides status and counts.
constexpr qsizetype LabelFields = 5;

} // namespace

namespace HookReader {

// Grafana alerting's webhook contact point: a group of alerts, "firing" or "resolved" as a
// whole and one by one, with labels (alertname) and annotations (summary, description).
Result<HookEvent> readGrafana(const JsonValue &payload)
{
    const JsonValue *alerts = payload.find(u"alerts");
    const QString status = text(payload, {u"status"});
    if (!alerts || !alerts->isArray() || status.isEmpty()) {
        return Error::invalidInput(
            u"The grafana preset reads Grafana alerting's webhook: \"status\" and an "
            "\"alerts\" array are missing. Point a Grafana contact point of type Webhook at "
            "this hook."_s);
    }
    int firing = 0;
    int resolved = 0;
    QStringList names;
    QStringList lines;
    for (const JsonValue &alert : alerts->items()) {
        const QString alertStatus = text(alert, {u"status"});
        (alertStatus == u"resolved"_s ? resolved : firing)++;
        QString name = text(alert, {u"labels", u"alertname"});
        if (name.isEmpty())
            name = u"Alert"_s;
        if (!names.contains(name))
            names << name;
        QString about = text(alert, {u"annotations", u"summary"});
        if (about.isEmpty())
            about = text(alert, {u"annotations", u"description"});
        QString line = u"• "_s + name;
        if (alertStatus != status && !alertStatus.isEmpty())
            line += u" ("_s + alertStatus + u')';
        if (!about.isEmpty())
            line += u": "_s + firstLine(about, 300);
        lines << line;
    }

    HookEvent event;
    const bool isFiring = status == u"firing"_s;
    QString heading = isFiring ? u"🔥 Firing: "_s : u"✅ Resolved: "_s;
    heading += names.mid(0, 5).join(u", "_s);
    if (names.size() > 5)
        heading += u" and %1 more"_s.arg(names.size() - 5);
    if (names.isEmpty())
        heading += u"no alerts"_s;
    QStringList shown = lines.mid(0, AlertLinesShown);
    if (lines.size() > AlertLinesShown)
        shown << u"…and %1 more"_s.arg(lines.size() - AlertLinesShown);
    event.description = heading + u"\n\n"_s + shown.join(u'\n');

    addField(event.fields, u"status"_s, status);
    addField(event.fields, u"firing"_s, firing);
    addField(event.fields, u"resolved"_s, resolved);
    if (const JsonValue *common = payload.find(u"commonLabels"); common && common->isObject()) {
        qsizetype added = 0;
        for (const auto &[label, value] : common->members()) {
            if (label == u"alertname"_s || !value.isString() || added == LabelFields)
                continue;
            addField(event.fields, label, value.toString());
            ++added;
        }
    }
    QString source
        = alerts->items().empty() ? QString() : text(alerts->items().front(), {u"generatorURL"});
    if (source.isEmpty())
        source = text(payload, {u"externalURL"});
    addField(event.fields, u"source"_s, source);
    return event;
}

} // namespace HookReader

#include "hooks/hookreader.h"

using namespace Qt::StringLiterals;

namespace {

struct KumaStatus
{
    const char *emoji;
    const char *words;
};

// Uptime Kuma's heartbeat status: 0 down, 1 up, 2 pending, 3 maintenance.
KumaStatus statusOf(int status)
{
    switch (status) {
    case 0:
        return {"🔴", "down"};
    case 1:
        return {"✅", "up"};
    case 2:
        return {"🟡", "pending"};
    case 3:
        return {"🔧", "in maintenance"};
    default:
        return {"❔", "in an unknown state"};
    }
}

} // namespace

namespace HookReader {

// Uptime Kuma's webhook notification: {"heartbeat", "monitor", "msg"}. Its Test button sends
// the message alone, with heartbeat and monitor null.
Result<HookEvent> readUptimeKuma(const JsonValue &payload)
{
    const QString msg = text(payload, {u"msg"});
    const JsonValue *heartbeat = payload.find(u"heartbeat");
    const bool hasBeat = heartbeat && heartbeat->isObject();
    if (msg.isEmpty() && !hasBeat) {
        return Error::invalidInput(
            u"The uptime-kuma preset reads Uptime Kuma's webhook notification: \"msg\" and "
            "\"heartbeat\" are missing. Choose the Webhook notification type with the body "
            "preset \"application/json\"."_s);
    }
    HookEvent event;
    if (!hasBeat) {
        event.description = msg;
        return event;
    }
    const JsonValue *statusValue = heartbeat->find(u"status");
    const int status = statusValue && statusValue->isNumber() ? int(statusValue->toDouble()) : -1;
    const KumaStatus shown = statusOf(status);
    QString name = text(payload, {u"monitor", u"name"});
    if (name.isEmpty())
        name = u"A monitor"_s;
    QString detail = text(*heartbeat, {u"msg"});
    if (detail == u"N/A"_s)
        detail.clear();
    event.description = u"%1 %2 is %3"_s.arg(
        QString::fromUtf8(shown.emoji), name, QString::fromUtf8(shown.words));
    if (!detail.isEmpty())
        event.description += u": "_s + detail;

    addField(event.fields, u"monitor"_s, name);
    addField(event.fields, u"status"_s, QString::fromUtf8(shown.words));
    // An HTTP monitor has a URL; others (ping, port, DNS) a host name, and the URL's default.
    QString address = text(payload, {u"monitor", u"url"});
    if (address.isEmpty() || address == u"https://"_s || address == u"http://"_s)
        address = text(payload, {u"monitor", u"hostname"});
    addField(event.fields, u"address"_s, address);
    if (const JsonValue *ping = heartbeat->find(u"ping"); ping && ping->isNumber())
        addField(event.fields, u"ping"_s, u"%1 ms"_s.arg(ping->toDisplayString()));
    QString time = text(*heartbeat, {u"localDateTime"});
    if (time.isEmpty())
        time = text(*heartbeat, {u"time"});
    addField(event.fields, u"time"_s, time);
    return event;
}

} // namespace HookReader

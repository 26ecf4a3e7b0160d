#include "testevent.h"

#include "config/profile.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/eventstore.h"
#include "json/jsonparser.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

TestEvent::TestEvent(Instance &instance, QObject *parent)
    : QObject(parent)
    , m_instance(instance)
{
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this, &TestEvent::follow);
}

void TestEvent::send(const JsonValue &body)
{
    const Result<QString> key = Profile(m_instance.database()).apiKey();
    QNetworkRequest request(QUrl(m_instance.url() + u"/api/v1/events"_s));
    request.setRawHeader("Authorization", "Bearer " + (key ? key->toLatin1() : QByteArray()));
    request.setRawHeader("Content-Type", "application/json");
    m_eventId.clear();
    set(Stage::Sending, tr("Sending…"));
    QNetworkReply *reply = m_network.post(request, body.toJson());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const Result<JsonValue> json = JsonParser::parse(reply->readAll());
        const JsonValue *message = json && json->isObject() ? json->find(u"message") : nullptr;
        const JsonValue *id = json && json->isObject() ? json->find(u"eventId") : nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 || !id) {
            set(Stage::Refused,
                tr("Not sent (HTTP %1): %2")
                    .arg(status)
                    .arg(message ? message->toString() : reply->errorString()));
            return;
        }
        m_eventId = id->toString();
        Q_EMIT stored(m_eventId);
        follow();
    });
}

QString TestEvent::curlCommand(Instance &instance, const JsonValue &body)
{
    const Result<QString> key = Profile(instance.database()).apiKey();
    // Single quotes keep the shell from touching the JSON; a quote inside becomes '\''.
    QString json = QString::fromUtf8(body.toJson());
    json.replace(u"'"_s, u"'\\''"_s);
    return u"curl -X POST %1/api/v1/events -H \"Authorization: Bearer %2\" -H \"Content-Type: "
           "application/json\" -d '%3'"_s.arg(instance.url(), key ? key.value() : QString(), json);
}

void TestEvent::follow()
{
    if (m_eventId.isEmpty())
        return;
    const Result<Event> event = EventStore(m_instance.database()).get(m_eventId);
    if (!event)
        return;
    switch (event->status) {
    case DeliveryStatus::Pending:
        set(Stage::Waiting,
            tr("Event %1: %2")
                .arg(m_eventId,
                    event->error.isEmpty() ? tr("waiting to be sent to Discord") : event->error));
        break;
    case DeliveryStatus::Delivered:
        set(Stage::Delivered, tr("Event %1: %2").arg(m_eventId, tr("delivered to Discord ✓")));
        break;
    case DeliveryStatus::Failed:
        set(Stage::Failed, tr("Event %1: %2").arg(m_eventId, tr("failed: %1").arg(event->error)));
        break;
    case DeliveryStatus::Muted:
        set(Stage::Delivered,
            tr("Event %1: %2")
                .arg(m_eventId, tr("stored; its category is muted, so it is not sent")));
        break;
    }
}

void TestEvent::set(Stage stage, const QString &text)
{
    if (stage == m_stage && text == m_text)
        return;
    m_stage = stage;
    m_text = text;
    Q_EMIT changed();
}

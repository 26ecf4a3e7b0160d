#pragma once

#include "json/jsonvalue.h"

#include <QNetworkAccessManager>
#include <QObject>

class Instance;

// One test event sent the way a script sends it: through the running API with the profile's key
// (same checks, same storage, same delivery), then followed until Discord has it. Says where it
// is in plain words each time that changes. Used by the Send test event page and the setup
// assistant.
class TestEvent : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestEvent)

public:
    enum class Stage {
        None, // nothing sent yet
        Sending, // the API has not answered
        Refused, // the API said no: text() has its message
        Waiting, // stored; Discord does not have it yet
        Delivered,
        Failed, // Discord refused it for good: text() says why
    };
    Q_ENUM(Stage)

    explicit TestEvent(Instance &instance, QObject *parent = nullptr);

    void send(const JsonValue &body);
    // The curl command that sends `body` the way send() does, with the profile's key.
    static QString curlCommand(Instance &instance, const JsonValue &body);
    Stage stage() const { return m_stage; }
    QString eventId() const { return m_eventId; }
    // Where the event is, for a person: "Event … : delivered to Discord ✓", or the refusal.
    QString text() const { return m_text; }

Q_SIGNALS:
    void changed();
    // The API answered 200: the event is on disk under this id.
    void stored(const QString &eventId);

private:
    void follow();
    void set(Stage stage, const QString &text);

    Instance &m_instance;
    QNetworkAccessManager m_network;
    Stage m_stage = Stage::None;
    QString m_eventId;
    QString m_text;
};

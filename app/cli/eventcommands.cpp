#include "cli/cli.h"

#include "config/profile.h"
#include "domain/category.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/outbox.h"
#include "storage/retention.h"
#include "json/jsonparser.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

int Cli::events()
{
    EventQuery query;
    if (m_parser->isSet(u"category"_s)) {
        query.category = m_parser->value(u"category"_s);
        if (Status s = Category::validateName(query.category); !s)
            return failure(s.error().message);
    }
    if (m_parser->isSet(u"status"_s)) {
        query.status = Event::parseStatus(m_parser->value(u"status"_s));
        if (!query.status) {
            return usageError(
                tr("\"%1\" is not a delivery status; use pending, delivered, failed or muted.")
                    .arg(m_parser->value(u"status"_s)));
        }
    }
    if (m_parser->isSet(u"limit"_s)) {
        bool ok = false;
        query.limit = m_parser->value(u"limit"_s).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > EventStore::MaxListLimit) {
            return usageError(
                tr("--limit takes a whole number from 1 to %1.").arg(EventStore::MaxListLimit));
        }
    }
    if (!openDatabase())
        return Failure;
    Result<QList<Event>> events = EventStore(*m_db).list(query);
    if (!events)
        return failure(events.error().message);

    if (m_parser->isSet(u"json"_s)) {
        JsonValue array = JsonValue::array();
        for (const Event &e : events.value())
            array.append(e.toJson());
        m_out << QString::fromUtf8(array.toIndentedJson());
        m_out.flush();
        return Success;
    }
    if (events->isEmpty()) {
        const bool filtered = !query.category.isEmpty() || query.status.has_value();
        m_out << (filtered ? tr("No events match.") : tr("No events yet.")) << Qt::endl;
        return Success;
    }
    QList<QStringList> rows {
        {tr("TIME"), tr("CATEGORY"), tr("STATUS"), tr("ID"), tr("DESCRIPTION")}};
    for (const Event &e : events.value()) {
        QString description = e.description.isNull() ? u"-"_s : oneLine(e.description);
        if (description.size() > 60)
            description = description.left(59) + u'…';
        rows.append({e.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.category,
            Event::statusName(e.status), e.id, description});
    }
    printTable(rows);
    return Success;
}

int Cli::send()
{
    const QString category = m_args.at(0);
    JsonValue body = JsonValue::object();
    body.insert(u"category"_s, JsonValue::string(category));
    const QStringList fieldArgs = m_parser->values(u"field"_s);
    if (!fieldArgs.isEmpty()) {
        JsonValue fields = JsonValue::object();
        for (const QString &field : fieldArgs) {
            const qsizetype eq = field.indexOf(u'=');
            if (eq <= 0)
                return usageError(
                    tr("--field takes KEY=VALUE, like --field plan=PRO (got \"%1\").").arg(field));
            fields.insert(field.left(eq), JsonParser::scalarFromText(field.mid(eq + 1)));
        }
        body.insert(u"fields"_s, std::move(fields));
    }
    if (m_parser->isSet(u"description"_s))
        body.insert(u"description"_s, JsonValue::string(m_parser->value(u"description"_s)));

    if (!openDatabase())
        return Failure;
    Result<QString> id = postEvent(body);
    if (!id)
        return failure(id.error().message);
    m_out << id.value() << Qt::endl;
    return Success;
}

Result<QString> Cli::serverUrl()
{
    Result<QString> running = Profile(*m_db).runningUrl();
    if (!running || !running->isEmpty())
        return running;
    Settings settings(*m_db);
    QHostAddress address = settings.serverBind();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(address.toString())
        : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(settings.serverPort());
}

Result<QString> Cli::postEvent(const JsonValue &body)
{
    Profile profile(*m_db);
    Result<QString> key = profile.apiKey();
    if (!key)
        return key.error();
    Result<QString> running = serverUrl();
    if (!running)
        return running.error();
    const QString base = running.value();

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base + u"/api/v1/events"_s));
    request.setRawHeader("Authorization", "Bearer " + key->toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network.post(request, body.toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status == 0) {
        return Error::invalidState(
            tr("PingPanda is not running at %1 (%2). Start it with 'pingpanda' or 'pingpanda "
               "--headless', then try again.")
                .arg(base, reply->errorString()));
    }
    Result<JsonValue> json = JsonParser::parse(answer);
    const JsonValue *message = json && json->isObject() ? json->find(u"message") : nullptr;
    if (status != 200) {
        return Error::invalidInput(
            tr("PingPanda refused the event (HTTP %1): %2")
                .arg(status)
                .arg(message ? message->toString() : QString::fromUtf8(answer.left(200))));
    }
    const JsonValue *id = json && json->isObject() ? json->find(u"eventId") : nullptr;
    if (!id || !id->isString())
        return Error::invalidState(tr("PingPanda answered without an event id: %1")
                                       .arg(QString::fromUtf8(answer.left(200))));
    return id->toString();
}

int Cli::eventsRetry()
{
    const QString id = m_args.at(0);
    if (!openDatabase())
        return Failure;
    Result<Event> event = EventStore(*m_db).get(id);
    if (!event)
        return failure(event.error().message);
    if (event->status != DeliveryStatus::Failed) {
        return failure(tr("Event %1 is %2; only failed events can be retried.")
                           .arg(id, Event::statusName(event->status)));
    }
    if (Status s = Outbox(*m_db).requeue(id); !s)
        return failure(s.error().message);
    Result<QString> running = Profile(*m_db).runningUrl();
    const bool isRunning = running && !running->isEmpty();
    m_out << (isRunning ? tr("Event %1 will be sent again now.").arg(id)
                        : tr("Event %1 will be sent again when PingPanda runs.").arg(id))
          << Qt::endl;
    return Success;
}

int Cli::eventsPrune()
{
    if (!openDatabase())
        return Failure;
    Settings settings(*m_db);
    const Retention::Rule rule {settings.historyKeepDays(), settings.historyMaxEvents()};
    if (!rule.any()) {
        m_out << tr("Every event is kept: set history.keep-days or history.max-events first, for "
                    "example: pingpanda config set history.keep-days 90")
              << Qt::endl;
        return Success;
    }
    Retention retention(*m_db);
    if (Status s = m_db->enableIncrementalVacuum(); !s)
        return failure(s.error().message);
    const Result<Retention::Size> before = retention.size();
    const Result<qint64> deleted = retention.run(rule, QDateTime::currentDateTime());
    if (!deleted)
        return failure(deleted.error().message);
    const Result<Retention::Size> after = retention.size();
    const auto megabytes = [](qint64 bytes) { return QString::number(bytes / 1048576.0, 'f', 1); };
    m_out << tr("Deleted %n event(s); %1 kept, %2 MB on disk (was %3 MB).", nullptr,
        int(qMin<qint64>(deleted.value(), std::numeric_limits<int>::max())))
                 .arg(after ? after->events : 0)
                 .arg(megabytes(after ? after->bytes : 0), megabytes(before ? before->bytes : 0))
          << Qt::endl;
    return Success;
}

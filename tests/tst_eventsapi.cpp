// The Events API over real loopback connections: every row of the contract's status table,
// the connection guard (413, timeouts, keep-alive, Connection: close), Host and Origin rules,
// idempotency, and changes made by another process (the CLI) applying without a restart.

#include "apiserver.h"
#include "apitesthelpers.h"
#include "config/profile.h"
#include "config/settings.h"
#include "domain/apikey.h"
#include "domain/eventid.h"
#include "fakediscord.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/apikeystore.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testprofile.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray SeedSale = R"({
"category": "sale",
"fields": {
"amount": 49.99,
"customer": "john@example.com",
"plan": "PRO"
},
"description": "New sale completed!"
})";

} // namespace

class TestEventsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statusTable_data();
    void statusTable();
    void noDestinationIs403BeforeBodyChecks();
    void webhookCountsAsDestination();
    void userIdWithoutATokenIs403();
    void acceptedEventsReachDiscord();
    void rateLimitAnswers429WithRetryAfter();
    void bodyOfExactly64KiBIsAccepted();
    void bodyOneByteOver64KiBIs413BeforeAuth();
    void hugeDeclaredBodyIsRefusedWithoutReadingIt();
    void expectContinueIsAnswered();
    void acceptedEventIsOnDiskBeforeTheAnswer();
    void getEventReturnsWhatWasStored();
    void getUnknownEventIs404();
    void categoriesAreListed();
    void healthNeedsNoKeyAndHasNoSecrets();
    void keyComparisonNeedsEveryByte();
    void toolKeySendsEveryCategoryUnlessLimited();
    void limitedToolKeyIs403ForAnotherCategory();
    void revokedToolKeyIs401AtOnce();
    void eachKeyHasItsOwnRateLimit();
    void lastUseIsKeptAtMostOnceAMinute();
    void idempotencyKeyAnswersTheFirstEvent();
    void idempotencyKeyWithAnotherBodyIs422();
    void allowedOriginGetsCorsAndPreflight();
    void changesByAnotherProcessApplyWithoutRestart();
    void changesByAnotherProcessAreNoticedBetweenOwnWrites();
    void keepAliveServesSeveralRequests();
    void pipelinedRequestsAreAnsweredInOrder();
    void requestSplitAnywhereIsReadWhole();
    void connectionCloseIsHonoured();
    void http10ClosesAfterTheResponse();
    void headGetsHeadersOnly();
    void lyingContentLengthTimesOut();
    void stalledHeadersTimeOut();
    void idleConnectionIsClosed();
    void malformedRequestLineIs400();
    void oversizedHeadersAre431();
    void chunkedBodyIsAccepted();
    void chunkedBodyOver64KiBIs413();
    void connectionsBeyondTheCapAreRefused();
    void anAnswerThatWaitsForTheDiskIsNotOvertaken();
    void tooManyUnansweredRequestsAreRefused();
    void answersWhileTheMainThreadIsBusy();

private:
    void startInstance(const ServerLimits &limits);
    QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &headers,
        const QByteArray &body, bool close = true) const;
    HttpReply exchange(const QByteArray &bytes);
    HttpReply post(const QByteArray &body, const QByteArray &extraHeaders = {});
    HttpReply postWith(const QByteArray &key, const QByteArray &body);
    HttpReply getWith(const QByteArray &key, const QByteArray &path);
    QByteArray addToolKey(const QString &name, const QStringList &categories = {});
    qint64 eventCount();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db; // another connection, as the CLI would have
    std::unique_ptr<Instance> m_instance;
    QByteArray m_key;
    quint16 m_port = 0;
};

void TestEventsApi::init()
{
    // Accepted events go to a fake Discord, with the token from the environment.
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    m_key = m_profile->apiKey();
    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();

    ServerLimits limits;
    limits.idleTimeout = 1500ms;
    limits.requestTimeout = 700ms;
    limits.lingerTimeout = 500ms;
    startInstance(limits);
}

void TestEventsApi::startInstance(const ServerLimits &limits)
{
    m_instance.reset();
    auto service = m_profile->startInstance(limits);
    QVERIFY2(service.ok(), qPrintable(service.ok() ? QString() : service.error().message));
    m_instance = std::move(service).value();
    m_port = m_instance->port();
    QVERIFY(m_port > 0);
}

void TestEventsApi::cleanup()
{
    m_instance.reset();
    m_db.reset();
    m_profile.reset();
}

QByteArray TestEventsApi::request(const QByteArray &method, const QByteArray &path,
    const QByteArray &headers, const QByteArray &body, bool close) const
{
    QByteArray h = headers;
    h.replace("{KEY}", m_key).replace("{PORT}", QByteArray::number(m_port));
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\n";
    if (!h.contains("Host:"))
        out += "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    out += h;
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    return out + "\r\n" + body;
}

HttpReply TestEventsApi::exchange(const QByteArray &bytes)
{
    RawClient client(m_port);
    client.send(bytes);
    client.waitForResponses(1);
    const QList<HttpReply> replies = client.responses();
    return replies.isEmpty() ? HttpReply() : replies.first();
}

HttpReply TestEventsApi::post(const QByteArray &body, const QByteArray &extraHeaders)
{
    return exchange(request("POST", "/api/v1/events",
        "Authorization: Bearer {KEY}\r\nContent-Type: application/json\r\n" + extraHeaders, body));
}

HttpReply TestEventsApi::postWith(const QByteArray &key, const QByteArray &body)
{
    return exchange(request("POST", "/api/v1/events",
        "Authorization: Bearer " + key + "\r\nContent-Type: application/json\r\n", body));
}

HttpReply TestEventsApi::getWith(const QByteArray &key, const QByteArray &path)
{
    return exchange(request("GET", path, "Authorization: Bearer " + key + "\r\n", {}));
}

QByteArray TestEventsApi::addToolKey(const QString &name, const QStringList &categories)
{
    // Made through another connection, as `pingpanda api-key add` would.
    Result<QString> key = ApiKeyStore(*m_db).add(name, categories);
    return key ? key->toLatin1() : QByteArray();
}

qint64 TestEventsApi::eventCount()
{
    return EventStore(*m_db).count({}).value();
}

void TestEventsApi::statusTable_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // exact, or a part of it when it starts with '~'

    const QByteArray auth = "Authorization: Bearer {KEY}\r\n";
    const QByteArray json = "Content-Type: application/json\r\n";
    const QByteArray both = auth + json;
    const QByteArray events = "/api/v1/events";

    QTest::newRow("200 seed: basic")
        << "POST"_ba << events << both << "{\n\"category\": \"sale\"\n}"_ba << 200
        << u"Event processed successfully"_s;
    QTest::newRow("200 seed: fields") << "POST"_ba << events << both
                                      << "{\n\"category\": \"signup\",\n\"fields\": {\n\"email\": "
                                         "\"user@example.com\",\n\"plan\": \"FREE\"\n}\n}"_ba
                                      << 200 << u"Event processed successfully"_s;
    QTest::newRow("200 seed: description")
        << "POST"_ba << events << both
        << "{\n\"category\": \"error\",\n\"description\": \"Payment processing "
           "failed\",\n\"fields\": {\n\"error_code\": \"PAYMENT_001\",\n"
           "\"user_id\": \"12345\"\n}\n}"_ba
        << 200 << u"Event processed successfully"_s;
    QTest::newRow("200 without Content-Type")
        << "POST"_ba << events << auth << R"({"category":"sale"})"_ba << 200
        << u"Event processed successfully"_s;
    QTest::newRow("200 JSON with charset")
        << "POST"_ba << events << auth + "Content-Type: application/json; charset=UTF-8\r\n"
        << R"({"category":"sale"})"_ba << 200 << u"Event processed successfully"_s;
    QTest::newRow("200 JSON, any case, no spaces")
        << "POST"_ba << events << auth + "Content-Type: APPLICATION/JSON;Charset=Utf-8\r\n"
        << R"({"category":"sale"})"_ba << 200 << u"Event processed successfully"_s;
    QTest::newRow("200 +json type, quoted charset")
        << "POST"_ba << events
        << auth + "Content-Type: application/vnd.api+json; charset=\"utf-8\"\r\n"
        << R"({"category":"sale"})"_ba << 200 << u"Event processed successfully"_s;
    QTest::newRow("200 lowercase bearer")
        << "POST"_ba << events << "authorization: bearer {KEY}\r\n" + json
        << R"({"category":"sale"})"_ba << 200 << u"Event processed successfully"_s;
    QTest::newRow("200 Bearer, spaces and a tab, key")
        << "POST"_ba << events << "Authorization: Bearer  \t {KEY}\r\n" + json
        << R"({"category":"sale"})"_ba << 200 << u"Event processed successfully"_s;
    QTest::newRow("200 Host localhost")
        << "POST"_ba << events << "Host: localhost:{PORT}\r\n" + both << R"({"category":"sale"})"_ba
        << 200 << u"Event processed successfully"_s;

    QTest::newRow("401 no Authorization")
        << "POST"_ba << events << json << R"({"category":"sale"})"_ba << 401 << u"Unauthorized"_s;
    QTest::newRow("401 Basic scheme")
        << "POST"_ba << events << "Authorization: Basic dXNlcjpwYXNz\r\n" + json
        << R"({"category":"sale"})"_ba << 401
        << u"Invalid auth header format. Expected 'Bearer [API_KEY]'"_s;
    QTest::newRow("401 Bearer alone")
        << "POST"_ba << events << "Authorization: Bearer\r\n" + json << R"({"category":"sale"})"_ba
        << 401 << u"Invalid auth header format. Expected 'Bearer [API_KEY]'"_s;
    QTest::newRow("401 key without Bearer")
        << "POST"_ba << events << "Authorization: {KEY}\r\n" + json << R"({"category":"sale"})"_ba
        << 401 << u"Invalid auth header format. Expected 'Bearer [API_KEY]'"_s;
    QTest::newRow("401 a word after the key")
        << "POST"_ba << events << "Authorization: Bearer {KEY} x\r\n" + json
        << R"({"category":"sale"})"_ba << 401
        << u"Invalid auth header format. Expected 'Bearer [API_KEY]'"_s;
    QTest::newRow("401 scheme glued to Bearer")
        << "POST"_ba << events << "Authorization: XBearer {KEY}\r\n" + json
        << R"({"category":"sale"})"_ba << 401
        << u"Invalid auth header format. Expected 'Bearer [API_KEY]'"_s;
    QTest::newRow("401 wrong key")
        << "POST"_ba << events << "Authorization: Bearer pp_wrong\r\n" + json
        << R"({"category":"sale"})"_ba << 401 << u"Invalid API key"_s;
    QTest::newRow("401 key with a suffix")
        << "POST"_ba << events << "Authorization: Bearer {KEY}x\r\n" + json
        << R"({"category":"sale"})"_ba << 401 << u"Invalid API key"_s;
    QTest::newRow("401 before 400")
        << "POST"_ba << events << json << "not json"_ba << 401 << u"Unauthorized"_s;

    QTest::newRow("415 text/plain")
        << "POST"_ba << events << auth + "Content-Type: text/plain\r\n"
        << R"({"category":"sale"})"_ba << 415 << u"~Content-Type: application/json"_s;
    QTest::newRow("415 form (curl -d default)")
        << "POST"_ba << events << auth + "Content-Type: application/x-www-form-urlencoded\r\n"
        << R"({"category":"sale"})"_ba << 415 << u"~JSON"_s;
    QTest::newRow("415 before 400") << "POST"_ba << events << auth + "Content-Type: text/plain\r\n"
                                    << "x"_ba << 415 << u"~JSON"_s;
    QTest::newRow("415 Latin-1 JSON")
        << "POST"_ba << events << auth + "Content-Type: application/json; charset=iso-8859-1\r\n"
        << R"({"category":"sale"})"_ba << 415 << u"~JSON"_s;

    QTest::newRow("415 Latin-1 after another parameter")
        << "POST"_ba << events
        << auth + "Content-Type: application/json; profile=x; charset=latin1\r\n"
        << R"({"category":"sale"})"_ba << 415 << u"~JSON"_s;
    QTest::newRow("415 +json alone") << "POST"_ba << events << auth + "Content-Type: +json\r\n"
                                     << R"({"category":"sale"})"_ba << 415 << u"~JSON"_s;

    QTest::newRow("400 not JSON") << "POST"_ba << events << both << "category=sale"_ba << 400
                                  << u"Invalid JSON request body"_s;
    QTest::newRow("400 empty body")
        << "POST"_ba << events << both << QByteArray() << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("400 array") << "POST"_ba << events << both << "[]"_ba << 400
                               << u"Invalid JSON request body"_s;
    QTest::newRow("400 before 422") << "POST"_ba << events << both << R"({"category":)"_ba << 400
                                    << u"Invalid JSON request body"_s;

    QTest::newRow("422 unknown key")
        << "POST"_ba << events << both << R"({"category":"sale","user":"x"})"_ba << 422
        << u"~Unknown key \"user\""_s;
    QTest::newRow("422 category rule")
        << "POST"_ba << events << both << R"({"category":"Big Sale"})"_ba << 422
        << u"~\"category\""_s;
    QTest::newRow("422 field not scalar")
        << "POST"_ba << events << both << R"({"category":"sale","fields":{"items":[1,2]}})"_ba
        << 422 << u"~\"fields.items\""_s;
    QTest::newRow("422 before 404")
        << "POST"_ba << events << both << R"({"category":"refund","x":1})"_ba << 422
        << u"~Unknown key \"x\""_s;
    QTest::newRow("422 embed over 6000") << "POST"_ba << events << both
                                         << "{\"category\":\"sale\",\"description\":\""
            + QByteArray(4000, 'd') + "\",\"fields\":{\"a\":\"" + QByteArray(1000, 'v')
            + "\",\"b\":\"" + QByteArray(1000, 'v') + "\"}}"
                                         << 422 << u"~6000"_s;
    // Found by fuzz_embed: without a description, Discord shows (and counts) the default one,
    // "A new sale event has occurred!" (30). Fields of 5990 plus the title (7) fit; with the
    // default description they do not, and Discord would have refused the message later.
    QTest::newRow("422 default description counts") << "POST"_ba << events << both
                                                    << "{\"category\":\"sale\",\"fields\":{\"a\":\""
            + QByteArray(1024, 'v') + "\",\"b\":\"" + QByteArray(1024, 'v') + "\",\"c\":\""
            + QByteArray(1024, 'v') + "\",\"d\":\"" + QByteArray(1024, 'v') + "\",\"e\":\""
            + QByteArray(1024, 'v') + "\",\"f\":\"" + QByteArray(864, 'v') + "\"}}"
                                                    << 422 << u"~6027"_s;

    QTest::newRow("404 category") << "POST"_ba << events << both << R"({"category":"refund"})"_ba
                                  << 404 << u"You dont have a category named \"refund\""_s;

    QTest::newRow("404 unknown path") << "GET"_ba
                                      << "/api/v2/events"_ba << auth << QByteArray() << 404
                                      << u"~There is nothing at /api/v2/events"_s;
    QTest::newRow("404 root") << "GET"_ba
                              << "/"_ba << QByteArray() << QByteArray() << 404 << u"~nothing"_s;
    QTest::newRow("405 GET events") << "GET"_ba << events << auth << QByteArray() << 405
                                    << u"GET is not allowed on /api/v1/events; use POST."_s;
    QTest::newRow("405 DELETE categories")
        << "DELETE"_ba
        << "/api/v1/categories"_ba << auth << QByteArray() << 405 << u"~use GET, HEAD"_s;

    // The request target's forms (RFC 9112, 3.2): a query is not part of the path, the path is
    // percent-decoded, and the absolute form names the same resource.
    QTest::newRow("200 query ignored") << "POST"_ba << events + "?from=cron" << both
                                       << R"({"category":"sale"})"_ba << 200 << u"~processed"_s;
    QTest::newRow("200 percent-encoded path")
        << "POST"_ba
        << "/api/v1/%65vents"_ba << both << R"({"category":"sale"})"_ba << 200 << u"~processed"_s;
    QTest::newRow("200 absolute-form target")
        << "POST"_ba
        << "http://127.0.0.1/api/v1/events"_ba << both << R"({"category":"sale"})"_ba << 200
        << u"~processed"_s;
    QTest::newRow("400 target neither form")
        << "GET"_ba
        << "*"_ba << QByteArray() << QByteArray() << 400 << u"~request target"_s;
    // Any method token is answered: one the API does not serve on a path that exists is 405
    // with Allow, and methods are case-sensitive.
    QTest::newRow("405 unknown method")
        << "BREW"_ba << events << auth << QByteArray() << 405
        << u"That method is not allowed on /api/v1/events; use POST."_s;
    QTest::newRow("405 lowercase method")
        << "post"_ba << events << both << R"({"category":"sale"})"_ba << 405
        << u"That method is not allowed on /api/v1/events; use POST."_s;
    QTest::newRow("404 unknown method and path")
        << "BREW"_ba
        << "/coffee"_ba << auth << QByteArray() << 404 << u"~nothing at /coffee"_s;

    QTest::newRow("421 foreign Host")
        << "POST"_ba << events << "Host: evil.example:{PORT}\r\n" + both
        << R"({"category":"sale"})"_ba << 421 << u"~evil.example"_s;
    QTest::newRow("421 other port") << "POST"_ba << events << "Host: 127.0.0.1:1\r\n" + both
                                    << R"({"category":"sale"})"_ba << 421 << u"~does not answer"_s;
    QTest::newRow("421 before 401")
        << "POST"_ba << events << "Host: rebind.attacker.test\r\n"_ba
        << R"({"category":"sale"})"_ba << 421 << u"~rebind.attacker.test"_s;
    QTest::newRow("421 on health")
        << "GET"_ba
        << "/api/v1/health"_ba
        << "Host: evil.example\r\n"_ba << QByteArray() << 421 << u"~evil.example"_s;
    QTest::newRow("403 foreign Origin")
        << "POST"_ba << events << "Origin: https://evil.example\r\n" + both
        << R"({"category":"sale"})"_ba << 403 << u"~server.allowed-origins https://evil.example"_s;
    QTest::newRow("403 Origin before 401")
        << "POST"_ba << events << "Origin: null\r\n"_ba
        << R"({"category":"sale"})"_ba << 403 << u"~Origin null"_s;
}

void TestEventsApi::statusTable()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);

    const qint64 before = eventCount();
    const HttpReply reply = exchange(request(method, path, headers, body));
    QVERIFY2(reply.complete, "no complete response");
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.headers.value("content-type"), "application/json"_ba);
    const QString actual = reply.message();
    if (message.startsWith(u'~'))
        QVERIFY2(actual.contains(message.mid(1)), qPrintable(actual));
    else
        QCOMPARE(actual, message);

    if (status == 200) {
        const JsonValue json = reply.json();
        const QString id = json.find(u"eventId")->toString();
        QVERIFY(EventId::isValid(id));
        QCOMPARE(json.find(u"deliveryStatus")->toString(), u"PENDING"_s);
        // The hosted API's answer to the byte: members in this order, compact.
        QCOMPARE(reply.body,
            R"({"message":"Event processed successfully","eventId":")" + id.toLatin1()
                + R"(","deliveryStatus":"PENDING"})");
        QCOMPARE(eventCount(), before + 1);
    } else {
        QCOMPARE(eventCount(), before); // a refused request stores nothing
    }
    if (status == 405)
        QVERIFY(!reply.headers.value("allow").isEmpty());
}

void TestEventsApi::noDestinationIs403BeforeBodyChecks()
{
    QVERIFY(Settings(*m_db).unset(Settings::Key::DiscordUserId).ok());
    for (const QByteArray &body : {R"({"category":"sale"})"_ba, "not json"_ba}) {
        const HttpReply reply = post(body);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.message(), u"Please enter your discord ID in your account settings"_s);
    }
    // 401 still comes first.
    const HttpReply noAuth
        = exchange(request("POST", "/api/v1/events", {}, R"({"category":"sale"})"));
    QCOMPARE(noAuth.status, 401);
    QCOMPARE(eventCount(), 0);
}

void TestEventsApi::webhookCountsAsDestination()
{
    QVERIFY(Settings(*m_db).unset(Settings::Key::DiscordUserId).ok());
    QCOMPARE(post(R"({"category":"sale"})").status, 403);
    QVERIFY(Settings(*m_db)
                .set(Settings::Key::DiscordWebhookUrl, u"https://discord.com/api/webhooks/1/t"_s)
                .ok());
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
}

void TestEventsApi::userIdWithoutATokenIs403()
{
    qunsetenv("PINGPANDA_DISCORD_TOKEN");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"); // and no keychain either
    ServerLimits limits;
    startInstance(limits);
    const HttpReply reply = post(R"({"category":"sale"})");
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.message(), u"Please enter your discord ID in your account settings"_s);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestEventsApi::acceptedEventsReachDiscord()
{
    QCOMPARE(post(SeedSale).status, 200);
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 1; }, 5000));
    const JsonValue embed = m_profile->discord().messages.first().embeds.items().at(0);
    QCOMPARE(embed.find(u"title")->toString(), u"💰 Sale"_s);
    QCOMPARE(embed.find(u"description")->toString(), u"New sale completed!"_s);
}

void TestEventsApi::rateLimitAnswers429WithRetryAfter()
{
    QVERIFY(Settings(*m_db).set(Settings::Key::RateLimitPerMinute, u"2"_s).ok());
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    // Checked after validation: a bad request neither passes nor uses up the limit.
    QCOMPARE(post(R"({"category":"refund"})").status, 404);
    const HttpReply limited = post(R"({"category":"sale"})");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.message(), u"Rate limit exceeded. Please try again later."_s);
    const int retryAfter = int(limited.json().find(u"retryAfter")->toDouble());
    QVERIFY2(retryAfter >= 29 && retryAfter <= 30, qPrintable(QString::number(retryAfter)));
    QCOMPARE(limited.headers.value("retry-after"), QByteArray::number(retryAfter));
    QCOMPARE(eventCount(), 2);
    // 0 turns the limit off, at once.
    QVERIFY(Settings(*m_db).set(Settings::Key::RateLimitPerMinute, u"0"_s).ok());
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
}

void TestEventsApi::bodyOfExactly64KiBIsAccepted()
{
    QByteArray body = R"({"category":"sale","description":"64 KiB"})";
    body.insert(body.size() - 1, QByteArray(65536 - body.size(), ' ')); // JSON allows the padding
    QCOMPARE(body.size(), 65536);
    const HttpReply reply = post(body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(eventCount(), 1);
}

void TestEventsApi::bodyOneByteOver64KiBIs413BeforeAuth()
{
    QByteArray body = R"({"category":"sale"})";
    body.insert(body.size() - 1, QByteArray(65537 - body.size(), ' '));
    QCOMPARE(body.size(), 65537);
    // No Authorization, a foreign Host: 413 comes before everything.
    const HttpReply reply = exchange(request("POST", "/api/v1/events",
        "Host: evil.example\r\nContent-Type: application/json\r\n", body));
    QCOMPARE(reply.status, 413);
    QVERIFY2(reply.message().contains(u"64 KiB"_s), qPrintable(reply.message()));
    QCOMPARE(eventCount(), 0);
}

void TestEventsApi::hugeDeclaredBodyIsRefusedWithoutReadingIt()
{
    // Declares 1 GB and sends a little: the answer must come at once, not after the upload.
    RawClient client(m_port);
    client.send(
        "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\n"
        + QByteArray(1000, 'x'));
    QVERIFY(client.waitForResponses(1, 2000));
    QCOMPARE(client.responses().first().status, 413);
    QCOMPARE(client.responses().first().headers.value("connection"), "close"_ba);
    // The server keeps discarding, then closes.
    client.send(QByteArray(100000, 'y'));
    QVERIFY(client.waitForClose(3000));
}

void TestEventsApi::expectContinueIsAnswered()
{
    RawClient client(m_port);
    const QByteArray body = R"({"category":"sale"})";
    client.send("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_key
        + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(RawClient::waitFor([&] { return client.received().contains("100 Continue"); }, 2000));
    client.send(body);
    QVERIFY(
        RawClient::waitFor([&] { return client.received().contains("Event processed"); }, 2000));

    // Too large: refused instead of continued, before the body is sent.
    RawClient big(m_port);
    big.send("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: "
             "100-continue\r\nContent-Length: 70000\r\n\r\n");
    QVERIFY(big.waitForResponses(1, 2000));
    QVERIFY(!big.received().contains("100 Continue"));
    QCOMPARE(big.responses().first().status, 413);
}

void TestEventsApi::acceptedEventIsOnDiskBeforeTheAnswer()
{
    const HttpReply reply = post(SeedSale);
    QCOMPARE(reply.status, 200);
    const QString id = reply.json().find(u"eventId")->toString();
    // A separate connection reads the file: the event was committed when the 200 was sent.
    auto other = Database::open(m_profile->path());
    QVERIFY(other.ok());
    Result<Event> stored = EventStore(*other.value()).get(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->description, u"New sale completed!"_s);
}

void TestEventsApi::getEventReturnsWhatWasStored()
{
    const HttpReply created = post(SeedSale);
    QCOMPARE(created.status, 200);
    const QString id = created.json().find(u"eventId")->toString();
    const HttpReply reply = exchange(
        request("GET", "/api/v1/events/" + id.toLatin1(), "Authorization: Bearer {KEY}\r\n", {}));
    QCOMPARE(reply.status, 200);
    const JsonValue e = reply.json();
    QCOMPARE(e.find(u"eventId")->toString(), id);
    QCOMPARE(e.find(u"category")->toString(), u"sale"_s);
    QCOMPARE(e.find(u"description")->toString(), u"New sale completed!"_s);
    // The request's object: keys in order, original types.
    QCOMPARE(e.find(u"fields")->toJson(),
        R"({"amount":49.99,"customer":"john@example.com","plan":"PRO"})"_ba);
    QVERIFY(QDateTime::fromString(e.find(u"createdAt")->toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(e.find(u"createdAt")->toString().endsWith(u'Z'));
    const QString status = e.find(u"deliveryStatus")->toString();
    QVERIFY2(status == u"PENDING"_s || status == u"DELIVERED"_s, qPrintable(status));

    // Once delivered, the event says so.
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 1; }, 5000));
    const JsonValue after = exchange(
        request("GET", "/api/v1/events/" + id.toLatin1(), "Authorization: Bearer {KEY}\r\n", {}))
                                .json();
    QCOMPARE(after.find(u"deliveryStatus")->toString(), u"DELIVERED"_s);
    QCOMPARE(after.find(u"attempts")->toDouble(), 1.0);
    QVERIFY(
        QDateTime::fromString(after.find(u"deliveredAt")->toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(after.find(u"error")->isNull());

    const HttpReply noKey = exchange(request("GET", "/api/v1/events/" + id.toLatin1(), {}, {}));
    QCOMPARE(noKey.status, 401);
}

void TestEventsApi::getUnknownEventIs404()
{
    const HttpReply reply = exchange(request(
        "GET", "/api/v1/events/cnothere000000000000a", "Authorization: Bearer {KEY}\r\n", {}));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.message().contains(u"cnothere000000000000a"_s));
}

void TestEventsApi::categoriesAreListed()
{
    const HttpReply reply
        = exchange(request("GET", "/api/v1/categories", "Authorization: Bearer {KEY}\r\n", {}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body,
        R"([{"name":"error","emoji":"🐞","color":"#FF6B6B"},{"name":"sale","emoji":"💰","color":"#FFEB3B"},)"
        R"({"name":"signup","emoji":null,"color":"#6C5CE7"}])"_ba);
    QCOMPARE(exchange(request("GET", "/api/v1/categories", {}, {})).status, 401);
}

void TestEventsApi::toolKeySendsEveryCategoryUnlessLimited()
{
    const QByteArray key = addToolKey(u"deploy-bot"_s);
    QVERIFY(ApiKey::looksLikeKey(QString::fromLatin1(key)));
    QCOMPARE(postWith(key, R"({"category":"sale"})").status, 200);
    QCOMPARE(postWith(key, R"({"category":"signup"})").status, 200);
    QCOMPARE(eventCount(), 2);
    // The database holds no key, only its hash.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT key_hash FROM api_keys WHERE name = 'deploy-bot'"_s) && q.next());
    QCOMPARE(q.value(0).toByteArray(), ApiKey::hashOf(key));
    QFile file(m_db->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key));
}

void TestEventsApi::limitedToolKeyIs403ForAnotherCategory()
{
    const QByteArray key = addToolKey(u"shop"_s, {u"sale"_s});
    QVERIFY(!key.isEmpty());
    const HttpReply sale = postWith(key, R"({"category":"sale"})");
    QCOMPARE(sale.status, 200);
    const HttpReply signup = postWith(key, R"({"category":"signup"})");
    QCOMPARE(signup.status, 403);
    QCOMPARE(signup.message(), u"This API key may not send \"signup\" events"_s);
    QCOMPARE(eventCount(), 1);
    // The profile's own key still sends everything.
    QCOMPARE(post(R"({"category":"signup"})").status, 200);

    // It sees only its categories and their events.
    const HttpReply categories = getWith(key, "/api/v1/categories");
    QCOMPARE(categories.status, 200);
    QCOMPARE(categories.body, R"([{"name":"sale","emoji":"💰","color":"#FFEB3B"}])"_ba);
    const QByteArray signupId
        = post(R"({"category":"signup"})").json().find(u"eventId")->toString().toLatin1();
    QCOMPARE(getWith(key, "/api/v1/events/" + signupId).status, 404);
    QCOMPARE(getWith(m_key, "/api/v1/events/" + signupId).status, 200);
    const QByteArray saleId = sale.json().find(u"eventId")->toString().toLatin1();
    QCOMPARE(getWith(key, "/api/v1/events/" + saleId).status, 200);
}

void TestEventsApi::revokedToolKeyIs401AtOnce()
{
    const QByteArray key = addToolKey(u"old-script"_s);
    QCOMPARE(postWith(key, R"({"category":"sale"})").status, 200);
    QVERIFY(ApiKeyStore(*m_db).revoke(u"old-script"_s).ok());
    const HttpReply revoked = postWith(key, R"({"category":"sale"})");
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.message(), u"Invalid API key"_s);
    QCOMPARE(eventCount(), 1);
    // Revoking a key that does not exist says so and changes nothing.
    QCOMPARE(ApiKeyStore(*m_db).revoke(u"old-script"_s).error().code, Error::Code::NotFound);
}

void TestEventsApi::eachKeyHasItsOwnRateLimit()
{
    QVERIFY(Settings(*m_db).set(Settings::Key::RateLimitPerMinute, u"2"_s).ok());
    const QByteArray busy = addToolKey(u"busy"_s);
    const QByteArray quiet = addToolKey(u"quiet"_s);
    QCOMPARE(postWith(busy, R"({"category":"sale"})").status, 200);
    QCOMPARE(postWith(busy, R"({"category":"sale"})").status, 200);
    QCOMPARE(postWith(busy, R"({"category":"sale"})").status, 429);
    // Neither the other tool nor the profile's own key paid for it.
    QCOMPARE(postWith(quiet, R"({"category":"sale"})").status, 200);
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QCOMPARE(post(R"({"category":"sale"})").status, 429);
}

void TestEventsApi::lastUseIsKeptAtMostOnceAMinute()
{
    const QByteArray key = addToolKey(u"cron"_s);
    const auto lastUsed = [this] { return ApiKeyStore(*m_db).list()->value(0).lastUsedAt; };
    QVERIFY(!lastUsed().isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(postWith(key, R"({"category":"sale"})").status, 200);
    const QDateTime first = lastUsed();
    QVERIFY(first.isValid());
    QVERIFY(first >= before.addMSecs(-1) && first <= QDateTime::currentDateTimeUtc());
    // Used again within the minute: nothing is written.
    QTest::qWait(20);
    QCOMPARE(postWith(key, R"({"category":"sale"})").status, 200);
    QCOMPARE(lastUsed(), first);
}

void TestEventsApi::keyComparisonNeedsEveryByte()
{
    const QByteArray key = "pp_0123456789abcdef0123456789abcdef";
    QVERIFY(ApiServer::constantTimeEquals(key, key));
    for (qsizetype i = 0; i < key.size(); ++i) {
        QByteArray wrong = key;
        wrong[i] = wrong[i] == 'x' ? 'y' : 'x';
        QVERIFY2(!ApiServer::constantTimeEquals(wrong, key), wrong.constData());
    }
    QVERIFY(!ApiServer::constantTimeEquals(key.chopped(1), key));
    QVERIFY(!ApiServer::constantTimeEquals(QByteArray(key + key), key));
    QVERIFY(!ApiServer::constantTimeEquals(QByteArray(), key));
    QVERIFY(!ApiServer::constantTimeEquals(QByteArray(), QByteArray()));
}

void TestEventsApi::healthNeedsNoKeyAndHasNoSecrets()
{
    const HttpReply reply = exchange(request("GET", "/api/v1/health", {}, {}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().find(u"status")->toString(), u"ok"_s);
    QVERIFY(!reply.json().find(u"version")->toString().isEmpty());
    QVERIFY(!reply.body.contains(m_key));
}

void TestEventsApi::idempotencyKeyAnswersTheFirstEvent()
{
    const HttpReply first = post(SeedSale, "Idempotency-Key: order-1234\r\n");
    QCOMPARE(first.status, 200);
    // Same request, other whitespace: the same request.
    const HttpReply again = post(
        R"({"description":"New sale completed!","category":"sale","fields":{"amount":49.99,"customer":"john@example.com","plan":"PRO"}})",
        "Idempotency-Key: order-1234\r\n");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().find(u"eventId")->toString(), first.json().find(u"eventId")->toString());
    QCOMPARE(eventCount(), 1);
    // Another key is another event.
    QCOMPARE(post(SeedSale, "Idempotency-Key: order-1235\r\n").status, 200);
    QCOMPARE(eventCount(), 2);
    // A malformed key is named.
    const HttpReply bad = post(SeedSale, "Idempotency-Key: has space\r\n");
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.message().contains(u"Idempotency-Key"_s));
    QCOMPARE(post(SeedSale, "Idempotency-Key: " + QByteArray(256, 'k') + "\r\n").status, 422);
    // A key header sent empty is a mistake to name, not a request without a key.
    QCOMPARE(post(SeedSale, "Idempotency-Key:\r\n").status, 422);
    QCOMPARE(post(SeedSale, "Idempotency-Key:   \r\n").status, 422);
    QCOMPARE(eventCount(), 2);
}

void TestEventsApi::idempotencyKeyWithAnotherBodyIs422()
{
    QCOMPARE(post(R"({"category":"sale"})", "Idempotency-Key: k1\r\n").status, 200);
    const HttpReply other = post(R"({"category":"signup"})", "Idempotency-Key: k1\r\n");
    QCOMPARE(other.status, 422);
    QVERIFY2(other.message().contains(u"different request"_s), qPrintable(other.message()));
    QCOMPARE(eventCount(), 1);
}

void TestEventsApi::allowedOriginGetsCorsAndPreflight()
{
    QVERIFY(
        Settings(*m_db).set(Settings::Key::ServerAllowedOrigins, u"http://localhost:3000"_s).ok());
    const HttpReply allowed = post(R"({"category":"sale"})", "Origin: http://localhost:3000\r\n");
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.headers.value("access-control-allow-origin"), "http://localhost:3000"_ba);

    const HttpReply preflight = exchange(request("OPTIONS", "/api/v1/events",
        "Origin: http://localhost:3000\r\nAccess-Control-Request-Method: POST\r\n"
        "Access-Control-Request-Headers: authorization, content-type\r\n",
        {}));
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.headers.value("access-control-allow-origin"), "http://localhost:3000"_ba);
    QCOMPARE(preflight.headers.value("allow"), "POST, OPTIONS"_ba);
    QCOMPARE(preflight.headers.value("access-control-allow-methods"), "POST, OPTIONS"_ba);
    QVERIFY(preflight.headers.value("access-control-allow-headers").contains("Authorization"));

    const HttpReply other = exchange(request("OPTIONS", "/api/v1/events",
        "Origin: http://localhost:4000\r\nAccess-Control-Request-Method: POST\r\n", {}));
    QCOMPARE(other.status, 403);
    QVERIFY(other.headers.value("access-control-allow-origin").isEmpty());
}

void TestEventsApi::changesByAnotherProcessApplyWithoutRestart()
{
    // A category added by the CLI is usable at once.
    QCOMPARE(post(R"({"category":"refund"})").status, 404);
    Category refund;
    refund.name = u"refund"_s;
    QVERIFY(CategoryStore(*m_db).add(refund).ok());
    QCOMPARE(post(R"({"category":"refund"})").status, 200);

    // A regenerated key replaces the old one at once.
    const QByteArray oldKey = m_key;
    m_key = Profile(*m_db).regenerateApiKey()->toLatin1();
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    const HttpReply old = exchange(request("POST", "/api/v1/events",
        "Authorization: Bearer " + oldKey + "\r\nContent-Type: application/json\r\n",
        R"({"category":"sale"})"));
    QCOMPARE(old.status, 401);
    QCOMPARE(old.message(), u"Invalid API key"_s);

    // A removed category is gone at once.
    QVERIFY(CategoryStore(*m_db).remove(u"refund"_s).ok());
    QCOMPARE(post(R"({"category":"refund"})").status, 404);
}

void TestEventsApi::changesByAnotherProcessAreNoticedBetweenOwnWrites()
{
    // The running instance watches the database files for other processes' changes (its views
    // follow the CLI). Its own writes touch the same files; whatever it does about them, each
    // change by another process after them is still noticed, with no request to prompt it.
    QSignalSpy profileChanged(&m_instance->notifier(), &ProfileNotifier::profileChanged);
    for (const QString &name : {u"alpha"_s, u"bravo"_s, u"charlie"_s}) {
        QCOMPARE(post(R"({"category":"sale"})").status, 200);
        QTest::qWait(300); // the instance has looked at its own writes by now
        const qsizetype before = profileChanged.size();
        Category category;
        category.name = name;
        QVERIFY(CategoryStore(*m_db).add(category).ok());
        QTRY_VERIFY2_WITH_TIMEOUT(profileChanged.size() > before, qPrintable(name), 3000);
    }
}

void TestEventsApi::keepAliveServesSeveralRequests()
{
    RawClient client(m_port);
    for (int i = 1; i <= 3; ++i) {
        client.send(request("POST", "/api/v1/events",
            "Authorization: Bearer {KEY}\r\nContent-Type: application/json\r\n",
            R"({"category":"sale"})", false));
        QVERIFY(client.waitForResponses(i));
        QCOMPARE(client.responses().at(i - 1).status, 200);
        QVERIFY(client.responses().at(i - 1).headers.value("connection").isEmpty());
    }
    QVERIFY(!client.closed());
    QCOMPARE(eventCount(), 3);
}

void TestEventsApi::pipelinedRequestsAreAnsweredInOrder()
{
    RawClient client(m_port);
    client.send(request("GET", "/api/v1/health", {}, {}, false)
        + request("GET", "/api/v1/categories", "Authorization: Bearer {KEY}\r\n", {}, false)
        + request("GET", "/api/v1/nope", {}, {}, true));
    QVERIFY(client.waitForResponses(3));
    const QList<HttpReply> replies = client.responses();
    QCOMPARE(replies.at(0).status, 200);
    QVERIFY(replies.at(0).body.contains("\"status\""));
    QCOMPARE(replies.at(1).status, 200);
    QVERIFY(replies.at(1).body.startsWith('['));
    QCOMPARE(replies.at(2).status, 404);
    QVERIFY(client.waitForClose());
}

void TestEventsApi::requestSplitAnywhereIsReadWhole()
{
    // A request may arrive in pieces, cut anywhere: inside the line ends that end the headers
    // too. With CRLF and with bare LF line ends, each cut gives one whole request and one answer.
    QVERIFY(Settings(*m_db).set(Settings::Key::RateLimitPerMinute, u"0"_s).ok()); // ~400 events
    const QByteArray body = R"({"category":"sale"})";
    for (const QByteArray &eol : {"\r\n"_ba, "\n"_ba}) {
        const QByteArray bytes = "POST /api/v1/events HTTP/1.1" + eol + "Host: 127.0.0.1" + eol
            + "Authorization: Bearer " + m_key + eol + "Content-Type: application/json" + eol
            + "Content-Length: " + QByteArray::number(body.size()) + eol + eol + body;
        for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
            const qint64 before = eventCount();
            RawClient client(m_port);
            client.send(bytes.first(cut));
            QTest::qWait(2); // the server reads the first piece on its own
            client.send(bytes.sliced(cut));
            QVERIFY2(client.waitForResponses(1), qPrintable(u"cut at %1"_s.arg(cut)));
            QCOMPARE(client.responses().first().status, 200);
            QCOMPARE(eventCount(), before + 1);
        }
    }
}

void TestEventsApi::connectionCloseIsHonoured()
{
    RawClient client(m_port);
    client.send(request("GET", "/api/v1/health", {}, {}, true));
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().headers.value("connection"), "close"_ba);
    QVERIFY(client.waitForClose(2000));
}

void TestEventsApi::http10ClosesAfterTheResponse()
{
    RawClient client(m_port);
    client.send("GET /api/v1/health HTTP/1.0\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
    QVERIFY(client.waitForClose(2000));
}

void TestEventsApi::headGetsHeadersOnly()
{
    RawClient client(m_port);
    client.send(request("HEAD", "/api/v1/health", {}, {}, true));
    QVERIFY(client.waitForClose());
    const QByteArray raw = client.received();
    QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.constData());
    QVERIFY(raw.contains("Content-Length: "));
    QVERIFY(raw.endsWith("\r\n\r\n")); // no body
}

void TestEventsApi::lyingContentLengthTimesOut()
{
    RawClient client(m_port);
    client.send("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                "100\r\n\r\n{\"category\"");
    QVERIFY(client.waitForResponses(1, 3000));
    QCOMPARE(client.responses().first().status, 408);
    QVERIFY(client.waitForClose(3000));
    QCOMPARE(eventCount(), 0);
}

void TestEventsApi::stalledHeadersTimeOut()
{
    RawClient client(m_port);
    client.send("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor");
    QVERIFY(client.waitForResponses(1, 3000));
    QCOMPARE(client.responses().first().status, 408);
    QVERIFY(client.waitForClose(3000));
}

void TestEventsApi::idleConnectionIsClosed()
{
    RawClient client(m_port);
    QVERIFY(!client.waitForClose(800)); // not before the idle timeout
    QVERIFY(client.waitForClose(3000));
    QVERIFY(client.received().isEmpty());
    // The server is still there for the next client.
    QCOMPARE(exchange(request("GET", "/api/v1/health", {}, {})).status, 200);
}

void TestEventsApi::malformedRequestLineIs400()
{
    RawClient client(m_port);
    client.send("THIS IS NOT HTTP\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 400);
    QVERIFY(client.responses().first().message().contains(u"Malformed"_s));
    QVERIFY(client.waitForClose());
    QCOMPARE(exchange(request("GET", "/api/v1/health", {}, {})).status, 200);
}

void TestEventsApi::oversizedHeadersAre431()
{
    RawClient client(m_port);
    client.send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
        + QByteArray(100 * 1024, 'a') + "\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 431);
    QVERIFY(client.waitForClose());
}

void TestEventsApi::chunkedBodyIsAccepted()
{
    RawClient client(m_port);
    client.send("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_key
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          "a\r\n{\"category\r\n9\r\n\":\"sale\"}\r\n0\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
    QCOMPARE(eventCount(), 1);
}

void TestEventsApi::chunkedBodyOver64KiBIs413()
{
    RawClient client(m_port);
    client.send("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
                "chunked\r\n\r\n8000\r\n"
        + QByteArray(0x8000, ' ') + "\r\n8000\r\n" + QByteArray(0x8000, ' ') + "\r\n1\r\n ");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 413);
}

void TestEventsApi::connectionsBeyondTheCapAreRefused()
{
    ServerLimits limits;
    limits.maxConnections = 3;
    startInstance(limits);
    std::vector<std::unique_ptr<RawClient>> held;
    for (int i = 0; i < 3; ++i)
        held.push_back(std::make_unique<RawClient>(m_port));
    QVERIFY(RawClient::waitFor([&] { return m_instance->connectionCount() == 3; }, 2000));
    RawClient extra(m_port);
    QVERIFY(extra.waitForResponses(1));
    QCOMPARE(extra.responses().first().status, 503);
    QVERIFY(extra.waitForClose());
    // Once one closes, a new client gets in.
    held.front()->socket().disconnectFromHost();
    held.erase(held.begin());
    QVERIFY(RawClient::waitFor([&] { return m_instance->connectionCount() == 2; }, 2000));
    QCOMPARE(exchange(request("GET", "/api/v1/health", {}, {})).status, 200);
}

void TestEventsApi::anAnswerThatWaitsForTheDiskIsNotOvertaken()
{
    // An event is answered once its transaction is on disk; the health check after it on the same
    // connection is ready at once, and still comes second.
    RawClient client(m_port);
    client.send(request("POST", "/api/v1/events",
                    "Authorization: Bearer {KEY}\r\nContent-Type: application/json\r\n",
                    R"({"category":"sale"})", false)
        + request("GET", "/api/v1/health", {}, {}, false)
        + request("GET", "/api/v1/events/cnope", "Authorization: Bearer {KEY}\r\n", {}, true));
    QVERIFY(client.waitForResponses(3));
    const QList<HttpReply> replies = client.responses();
    QCOMPARE(replies.at(0).status, 200);
    QVERIFY(replies.at(0).json().find(u"eventId"));
    QCOMPARE(replies.at(1).status, 200);
    QVERIFY(replies.at(1).body.contains("\"status\""));
    QCOMPARE(replies.at(2).status, 404);
    QVERIFY(client.waitForClose());
}

void TestEventsApi::tooManyUnansweredRequestsAreRefused()
{
    ServerLimits limits;
    limits.maxPipelined = 4;
    startInstance(limits);
    const QByteArray health = request("GET", "/api/v1/health", {}, {}, false);

    // As many as the bound: each answered.
    RawClient within(m_port);
    within.send(health.repeated(4));
    QVERIFY(within.waitForResponses(4));
    for (const HttpReply &reply : within.responses())
        QCOMPARE(reply.status, 200);

    // More, sent without reading an answer: refused with a reason, and the connection closed.
    RawClient beyond(m_port);
    beyond.send(health.repeated(6));
    QVERIFY(beyond.waitForClose());
    const QList<HttpReply> replies = beyond.responses();
    QVERIFY(!replies.isEmpty());
    QCOMPARE(replies.last().status, 503);
    QVERIFY2(replies.last().message().contains(u"read the answers"_s),
        qPrintable(replies.last().message()));
    QCOMPARE(exchange(request("GET", "/api/v1/health", {}, {})).status, 200);
}

void TestEventsApi::answersWhileTheMainThreadIsBusy()
{
    // The desktop app's window runs on the main thread, and its work there (a filter over a
    // million events, a dialog) may take a while; the API answers meanwhile, events included.
    const QByteArray post = request("POST", "/api/v1/events",
        "Authorization: Bearer {KEY}\r\nContent-Type: application/json\r\n",
        R"({"category":"sale"})");
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> answeredAtMs {-1};
    std::thread client([&, port = m_port] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(3000))
            return;
        socket.write(post);
        QByteArray reply;
        while (!reply.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            reply += socket.readAll();
        if (reply.startsWith("HTTP/1.1 200"))
            answeredAtMs = clock.elapsed();
    });
    QThread::msleep(1500); // the main thread busy, handling no event
    const qint64 busyUntilMs = clock.elapsed();
    client.join();
    QVERIFY2(answeredAtMs >= 0, "no 200");
    QVERIFY2(answeredAtMs < busyUntilMs - 500,
        qPrintable(u"answered at %1 ms, the main thread busy until %2 ms"_s.arg(answeredAtMs.load())
                       .arg(busyUntilMs)));
    QCOMPARE(eventCount(), 1);
}

QTEST_GUILESS_MAIN(TestEventsApi)
#include "tst_eventsapi.moc"

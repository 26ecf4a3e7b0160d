// Whatever a local process sends, the server answers with the contract's clear error, stores
// nothing it did not acknowledge, and goes on serving. Each row goes to the real server over a
// raw socket; after it, the number of stored events and a fresh health check are verified.

#include "apiserver.h"
#include "apitesthelpers.h"
#include "runtime/instance.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testprofile.h"
#include "json/jsonparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answeredClearlyAndNothingStored_data();
    void answeredClearlyAndNothingStored();
    void unusualButValidInputRoundTrips();
    void pipelinedGoodAndBadRequestsAreAnsweredInOrder();

private:
    QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {}) const;
    QList<HttpReply> send(const QByteArray &bytes, int responses = 1);
    qint64 eventCount() { return EventStore(*m_db).count({}).value(); }
    bool stillServing();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Instance> m_instance;
    QByteArray m_key;
    quint16 m_port = 0;
};

void TestBadInput::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    m_key = m_profile->apiKey();
    m_db = std::move(Database::open(m_profile->path())).value();
    ServerLimits limits;
    limits.requestTimeout = 700ms;
    auto service = m_profile->startInstance(limits);
    QVERIFY(service.ok());
    m_instance = std::move(service).value();
    m_port = m_instance->port();
}

void TestBadInput::cleanup()
{
    m_instance.reset();
    m_db.reset();
    m_profile.reset();
}

QByteArray TestBadInput::post(const QByteArray &body, const QByteArray &extraHeaders) const
{
    return "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_key
        + "\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QList<HttpReply> TestBadInput::send(const QByteArray &bytes, int responses)
{
    RawClient client(m_port);
    client.send(bytes);
    client.waitForResponses(responses);
    return client.responses();
}

bool TestBadInput::stillServing()
{
    const QList<HttpReply> r
        = send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    return !r.isEmpty() && r.first().status == 200;
}

void TestBadInput::answeredClearlyAndNothingStored_data()
{
    QTest::addColumn<QByteArray>("raw"); // a whole request; {POST:body} is filled in by the test
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // a part of the answer's message

    const auto body = [](const QByteArray &b) -> QByteArray { return "{POST:" + b + "}"; };
    QTest::newRow("invalid UTF-8 in a value")
        << body("{\"category\":\"sale\",\"description\":\"caf\xC3\x28\"}") << 400
        << u"Invalid JSON request body"_s;
    QTest::newRow("invalid UTF-8 in a key")
        << body("{\"category\":\"sale\",\"fields\":{\"\xFF\xFE\":\"x\"}}") << 400
        << u"Invalid JSON request body"_s;
    QTest::newRow("overlong UTF-8") << body("{\"category\":\"sale\",\"description\":\"\xC0\xAF\"}")
                                    << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("raw NUL byte in a string")
        << body(QByteArray("{\"category\":\"sale\",\"description\":\"a\0b\"}", 40)) << 400
        << u"Invalid JSON request body"_s;
    QTest::newRow("escaped NUL in the description")
        << body(R"({"category":"sale","description":"a\u0000b"})") << 422 << u"NUL character"_s;
    QTest::newRow("escaped NUL in a field name")
        << body(R"({"category":"sale","fields":{"a\u0000":"x"}})") << 422 << u"NUL character"_s;
    QTest::newRow("escaped NUL in a field value")
        << body(R"({"category":"sale","fields":{"a":"x\u0000"}})") << 422 << u"NUL character"_s;
    QTest::newRow("duplicate key")
        << body(R"({"category":"sale","category":"bug"})") << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("nesting 10,000 deep") << body("{\"category\":\"sale\",\"fields\":"
        + QByteArray(10000, '[') + QByteArray(10000, ']') + "}")
                                         << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("1e400") << body(R"({"category":"sale","fields":{"n":1e400}})") << 422
                           << u"too large"_s;
    QByteArray fields26;
    for (int i = 0; i < 26; ++i)
        fields26 += (i ? "," : "") + QByteArray("\"f") + QByteArray::number(i) + "\":1";
    QTest::newRow("26 fields") << body("{\"category\":\"sale\",\"fields\":{" + fields26 + "}}")
                               << 422 << u"at most 25"_s;
    QTest::newRow("description of 4097 characters")
        << body("{\"category\":\"sale\",\"description\":\"" + QByteArray(4097, 'd') + "\"}") << 422
        << u"4097 characters"_s;
    QTest::newRow("emoji in the category name")
        << body("{\"category\":\"\xF0\x9F\x92\xB0sale\"}") << 422 << u"\"category\""_s;
    QTest::newRow("right-to-left category name")
        << body("{\"category\":\"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\"}") << 422 << u"\"category\""_s;
    QTest::newRow("header line of 100 KB")
        << "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
            + QByteArray(100 * 1024, 'h') + "\r\nContent-Length: 2\r\n\r\n{}"
        << 431 << QString();
    QTest::newRow("request line of garbage")
        << "\x16\x03\x01\x02\x00\x01\x00\x01\xFC\x03\x03 garbage \r\n\r\n"_ba << 400 << QString();
    QTest::newRow("no request target") << "POST\r\n\r\n"_ba << 400 << QString();
    QTest::newRow("body shorter than its Content-Length")
        << "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\n{}"_ba
        << 408 << QString();
}

void TestBadInput::answeredClearlyAndNothingStored()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, message);
    if (raw.startsWith("{POST:"))
        raw = post(raw.mid(6).chopped(1));
    const qint64 before = eventCount();

    const QList<HttpReply> replies = send(raw);
    QVERIFY2(!replies.isEmpty(), "no answer");
    QCOMPARE(replies.first().status, status);
    if (!message.isEmpty()) {
        const Result<JsonValue> json = JsonParser::parse(replies.first().body);
        QVERIFY2(json.ok(), replies.first().body.constData());
        const QString text = json->find(u"message")->toString();
        QVERIFY2(text.contains(message), qPrintable(text));
    }
    QCOMPARE(eventCount(), before); // nothing half-stored
    QVERIFY(stillServing());
}

void TestBadInput::unusualButValidInputRoundTrips()
{
    // Emoji, right-to-left text, JS number edge cases: accepted, stored, and read back as sent
    // (numbers as JavaScript would hand them on: -0 is 0, 2^53+1 rounds to 2^53).
    const QByteArray sent = R"({"category":"sale","description":"שלום 👋 مرحبا","fields":{)"
                            R"("💰 amount":"٤٩٫٩٩","עברית":"ok","neg":-0,"big":9007199254740993}})";
    const QList<HttpReply> replies = send(post(sent));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().status, 200);
    const QString id = JsonParser::parse(replies.first().body)->find(u"eventId")->toString();
    const Event stored = EventStore(*m_db).get(id).value();
    QCOMPARE(stored.description, u"שלום 👋 مرحبا"_s);
    QCOMPARE(stored.fields.toJson(),
        R"({"💰 amount":"٤٩٫٩٩","עברית":"ok","neg":0,"big":9007199254740992})"_ba);
}

void TestBadInput::pipelinedGoodAndBadRequestsAreAnsweredInOrder()
{
    // Three requests in one write: good, bad, good. Each gets its own answer, in order, and only
    // the good ones are stored.
    const qint64 before = eventCount();
    QByteArray bytes = post(R"({"category":"sale"})") + post(R"({"category":"sale",)")
        + post(R"({"category":"sale","description":"third"})");
    const QList<HttpReply> replies = send(bytes, 3);
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(replies[1].status, 400);
    QCOMPARE(replies[2].status, 200);
    QCOMPARE(eventCount(), before + 2);

    // HTTP/1.0: answered, then closed.
    RawClient old(m_port);
    old.send("GET /api/v1/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(old.waitForResponses(1));
    QCOMPARE(old.responses().first().status, 200);
    QVERIFY(old.waitForClose());
    QVERIFY(stillServing());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

// The promise behind a 200: the event is on disk. The real pingpanda binary takes a burst of
// 2,000 events from many connections and is killed with SIGKILL in the middle of it; after a
// restart every event that got a 200 is stored and reaches the fake Discord exactly once, and
// no event whose request got an error answer exists.

#include "apitesthelpers.h"
#include "config/settings.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testprofile.h"
#include "json/jsonparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedMidBurstLosesNothingAcknowledged();

private:
    QUrl startServer();
    void stopServer();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<QProcess> m_server;
};

void TestCrash::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    FakeDiscord &discord = m_profile->discord();
    // Discord's limits would make this test take minutes; they are not what it is about.
    discord.channelLimit = 100000;
    discord.globalLimitPerSecond = 100000;
    auto db = Database::open(m_profile->path());
    QVERIFY(Settings(*db.value()).set(Settings::Key::RateLimitPerMinute, u"0"_s).ok());
}

void TestCrash::cleanup()
{
    stopServer();
    m_profile.reset();
}

QUrl TestCrash::startServer()
{
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start(QStringLiteral(PINGPANDA_BINARY),
        {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_profile->path()});
    const bool ready = RawClient::waitFor(
        [this] { return m_server->canReadLine() || m_server->state() == QProcess::NotRunning; },
        15000);
    if (!ready || !m_server->canReadLine())
        return {};
    const QString line = QString::fromUtf8(m_server->readLine()).trimmed();
    return QUrl(line.section(u' ', -1));
}

void TestCrash::stopServer()
{
    if (!m_server || m_server->state() == QProcess::NotRunning)
        return;
    m_server->terminate();
    if (!m_server->waitForFinished(10000))
        m_server->kill();
    m_server->waitForFinished(5000);
}

void TestCrash::killedMidBurstLosesNothingAcknowledged()
{
    constexpr int Burst = 2000;
    constexpr int KillAfter = 700; // acknowledged events before the kill
    const QUrl base = startServer();
    QVERIFY2(base.isValid(), "the server did not start");
    const QByteArray key = m_profile->apiKey();

    // Every 50th request names a category that does not exist: an error answer (404) whose
    // event must never exist.
    QNetworkAccessManager network;
    QHash<int, QString> acknowledged; // request number -> event id
    QSet<int> refused; // answered with an error status
    QSet<int> unanswered; // the connection died with the server
    int finished = 0;
    bool killed = false;
    for (int i = 0; i < Burst; ++i) {
        QNetworkRequest request(base.resolved(QUrl(u"/api/v1/events"_s)));
        request.setRawHeader("Authorization", "Bearer " + key);
        request.setRawHeader("Content-Type", "application/json");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        const QByteArray category = i % 50 == 49 ? "refund" : "sale";
        const QByteArray body = R"({"category":")" + category + R"(","description":"burst #)"
            + QByteArray::number(i) + R"("})";
        QNetworkReply *reply = network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply, i] {
            ++finished;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                const Result<JsonValue> json = JsonParser::parse(reply->readAll());
                acknowledged.insert(i, json ? json->find(u"eventId")->toString() : QString());
                if (acknowledged.size() == KillAfter && !killed) {
                    killed = true;
                    m_server->kill(); // SIGKILL: no chance to flush anything
                }
            } else if (status > 0) {
                refused.insert(i);
            } else {
                unanswered.insert(i);
            }
            reply->deleteLater();
        });
    }
    QVERIFY(RawClient::waitFor([&] { return finished == Burst; }, 120000));
    QVERIFY(killed);
    QVERIFY(RawClient::waitFor([&] { return m_server->state() == QProcess::NotRunning; }, 5000));
    QCOMPARE(m_server->exitStatus(), QProcess::CrashExit);
    QVERIFY2(!unanswered.isEmpty(), "the kill came after the burst; nothing was tested");
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY(!id.isEmpty());
    qInfo("before the kill: %lld acknowledged, %lld refused (404), %lld without an answer",
        qint64(acknowledged.size()), qint64(refused.size()), qint64(unanswered.size()));

    // After a restart, everything acknowledged reaches Discord.
    QVERIFY(startServer().isValid());
    FakeDiscord &discord = m_profile->discord();
    const auto deliveredCounts = [&] {
        QHash<QString, int> counts; // description -> times it reached Discord
        for (const FakeDiscord::Message &m : std::as_const(discord.messages)) {
            for (const JsonValue &embed : m.embeds.items())
                ++counts[embed.find(u"description")->toString()];
        }
        return counts;
    };
    const auto allDelivered = [&] {
        const QHash<QString, int> counts = deliveredCounts();
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (!counts.contains(u"burst #%1"_s.arg(it.key())))
                return false;
        }
        return true;
    };
    QVERIFY2(RawClient::waitFor(allDelivered, 60000), "acknowledged events never reached Discord");
    QTest::qWait(500); // anything still to come would be a duplicate
    stopServer();

    // Exactly once, for every event: acknowledged ones, and those stored just before the kill
    // whose answer never left.
    const QHash<QString, int> counts = deliveredCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() == 1,
            qPrintable(u"%1 reached Discord %2 times"_s.arg(it.key()).arg(it.value())));

    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    EventStore store(*db.value());
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const Result<Event> event = store.get(it.value());
        QVERIFY2(event.ok(), qPrintable(u"acknowledged event #%1 is lost"_s.arg(it.key())));
        QCOMPARE(event->description, u"burst #%1"_s.arg(it.key()));
        QCOMPARE(event->status, DeliveryStatus::Delivered);
    }
    EventQuery all;
    all.limit = EventStore::MaxListLimit;
    const QList<Event> stored = store.list(all).value();
    QSet<QString> storedDescriptions;
    for (const Event &e : stored)
        storedDescriptions.insert(e.description);
    for (int i : std::as_const(refused))
        QVERIFY2(!storedDescriptions.contains(u"burst #%1"_s.arg(i)),
            qPrintable(u"refused request #%1 was stored"_s.arg(i)));
    // Nothing stored that was neither acknowledged nor cut off by the kill.
    QVERIFY(stored.size() >= acknowledged.size());
    QVERIFY(stored.size() <= acknowledged.size() + unanswered.size());
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"

// Faults around the server: Discord slow or gone for a long time, the database locked by another
// process, the disk full, a foreign file where the database should be. In each, nothing that
// was acknowledged is lost, nothing is sent twice, the API says plainly what is wrong and goes on
// serving once the fault is gone.

#include "apiserver.h"
#include "apitesthelpers.h"
#include "discord/deliveries.h"
#include "runtime/instance.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testprofile.h"
#include "json/jsonparser.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void slowDiscordHoldsUpNothingAndPostsOnce();
    void discordGoneForLongDeliversEverythingOnce();
    void lockedDatabaseMakesRequestsWaitThenExplains();
    void fullDiskAnswers503AndRecovers();
    void readOnlyDiskAnswers503AndRecovers();
    void foreignFileIsRefusedAndLeftAlone();

private:
    QUrl startServer(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    HttpReply post(const QUrl &base, const QByteArray &body);
    bool healthWithin(const QUrl &base, int ms);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<QProcess> m_server;
    QNetworkAccessManager m_network;
};

void TestFaults::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
}

void TestFaults::cleanup()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->kill();
        m_server->waitForFinished(5000);
    }
    m_server.reset();
    m_profile.reset();
}

QUrl TestFaults::startServer(const QProcessEnvironment &env)
{
    m_server = std::make_unique<QProcess>();
    m_server->setProcessEnvironment(env);
    m_server->start(QStringLiteral(PINGPANDA_BINARY),
        {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_profile->path()});
    RawClient::waitFor(
        [this] { return m_server->canReadLine() || m_server->state() == QProcess::NotRunning; },
        15000);
    if (!m_server->canReadLine())
        return {};
    return QUrl(QString::fromUtf8(m_server->readLine()).trimmed().section(u' ', -1));
}

HttpReply TestFaults::post(const QUrl &base, const QByteArray &body)
{
    // Patient: with the database locked, the server's one thread waits up to 5 s for each
    // write, its delivery's as well as the request's.
    return httpRequest(m_network, "POST", base.resolved(QUrl(u"/api/v1/events"_s)), body,
        {{"Authorization", "Bearer " + m_profile->apiKey()}, {"Content-Type", "application/json"}},
        30000);
}

bool TestFaults::healthWithin(const QUrl &base, int ms)
{
    QElapsedTimer timer;
    timer.start();
    const HttpReply r
        = httpRequest(m_network, "GET", base.resolved(QUrl(u"/api/v1/health"_s)), {}, {});
    return r.status == 200 && timer.elapsed() <= ms;
}

void TestFaults::slowDiscordHoldsUpNothingAndPostsOnce()
{
    auto service = m_profile->startInstance();
    QVERIFY(service.ok());
    Instance &api = *service.value();
    const QUrl base(api.url());
    api.delivery().profileQueue().client().setTimeout(
        300); // Discord's 30 s against our 20 s, scaled down
    api.delivery().setBackoff(50, 200);
    FakeDiscord &discord = m_profile->discord();
    EventStore store(api.database());
    // A first event while Discord is quick: the DM channel is known from then on.
    const HttpReply first = post(base, R"({"category":"sale","description":"quick"})");
    QCOMPARE(first.status, 200);
    const QString firstId = JsonParser::parse(first.body)->find(u"eventId")->toString();
    QVERIFY(RawClient::waitFor(
        [&] { return store.get(firstId)->status == DeliveryStatus::Delivered; }, 5000));
    discord.responseDelayMs = 1000;
    const int postsBefore = discord.messagePosts();

    QElapsedTimer timer;
    timer.start();
    const HttpReply r = post(base, R"({"category":"sale","description":"slow"})");
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() < 500, "the API waited for Discord");
    const QString id = JsonParser::parse(r.body)->find(u"eventId")->toString();

    // Discord keeps taking the message but answering too late: tries time out and repeat.
    QVERIFY(RawClient::waitFor([&] { return discord.messagePosts() >= postsBefore + 3; }, 10000));
    QVERIFY(healthWithin(base, 100));
    QCOMPARE(store.get(id)->status, DeliveryStatus::Pending);
    QVERIFY(store.get(id)->error.contains(u"could not be reached"_s));

    // Fast again: the next try goes through, and the nonce makes all the tries one message.
    discord.responseDelayMs = 0;
    QVERIFY(RawClient::waitFor(
        [&] { return store.get(id)->status == DeliveryStatus::Delivered; }, 10000));
    QCOMPARE(discord.messages.size(), 2); // the quick one and the slow one, once
}

void TestFaults::discordGoneForLongDeliversEverythingOnce()
{
    auto service = m_profile->startInstance();
    QVERIFY(service.ok());
    Instance &api = *service.value();
    const QUrl base(api.url());
    // Minutes of outage with a backoff capped at five minutes, scaled down: many failed tries.
    api.delivery().setBackoff(20, 300);
    FakeDiscord &discord = m_profile->discord();
    discord.down = true;
    for (int i = 0; i < 30; ++i)
        QCOMPARE(
            post(base,
                "{\"category\":\"sale\",\"description\":\"down #" + QByteArray::number(i) + "\"}")
                .status,
            200);
    QVERIFY(RawClient::waitFor([&] { return discord.requests.size() >= 10; }, 10000));
    QVERIFY(healthWithin(base, 100));
    EventStore store(api.database());
    EventQuery pending;
    pending.status = DeliveryStatus::Pending;
    QCOMPARE(store.count(pending).value(), 30); // waiting, none given up

    discord.down = false;
    QVERIFY(RawClient::waitFor([&] { return store.count(pending).value() == 0; }, 15000));
    QStringList descriptions;
    for (const FakeDiscord::Message &m : std::as_const(discord.messages)) {
        for (const JsonValue &embed : m.embeds.items())
            descriptions << embed.find(u"description")->toString();
    }
    QCOMPARE(descriptions.size(), 30);
    QCOMPARE(QSet<QString>(descriptions.cbegin(), descriptions.cend()).size(), 30);
}

void TestFaults::lockedDatabaseMakesRequestsWaitThenExplains()
{
    const QUrl base = startServer();
    QVERIFY(base.isValid());
    QCOMPARE(post(base, R"({"category":"sale"})").status, 200);

    // Another process (here: this one, through its own connection) writes for 2 s.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(m_profile->path() + u"/pingpanda.sqlite"_s);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
        QTimer::singleShot(2000, this, [&other] { QSqlQuery(other).exec(u"COMMIT"_s); });
        QElapsedTimer timer;
        timer.start();
        const HttpReply waited = post(base, R"({"category":"sale"})");
        QCOMPARE(waited.status, 200); // it waited for the lock
        QVERIFY(timer.elapsed() >= 1500);

        // Held for longer than the server waits (5 s): a clear 503, nothing stored.
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        const HttpReply refused = post(base, R"({"category":"sale"})");
        QCOMPARE(refused.status, 503);
        const QString message = JsonParser::parse(refused.body)->find(u"message")->toString();
        QVERIFY2(message.contains(u"try again"_s), qPrintable(message));
        QVERIFY(lock.exec(u"COMMIT"_s));
        QSqlQuery count(other);
        QVERIFY(count.exec(u"SELECT count(*) FROM events"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    QCOMPARE(post(base, R"({"category":"sale"})").status, 200); // serving again
}

void TestFaults::fullDiskAnswers503AndRecovers()
{
    const QUrl base = startServer();
    QVERIFY(base.isValid());
    QStringList acknowledged;
    for (int i = 0; i < 3; ++i) {
        const HttpReply r = post(base, R"({"category":"sale"})");
        QCOMPARE(r.status, 200);
        acknowledged << JsonParser::parse(r.body)->find(u"eventId")->toString();
    }

    // The disk fills up: no file of the server's can grow (a file size limit, as a full disk or
    // quota would refuse the writes).
    const pid_t pid = pid_t(m_server->processId());
    rlimit full {1, RLIM_INFINITY};
    QCOMPARE(::prlimit(pid, RLIMIT_FSIZE, &full, nullptr), 0);
    for (int i = 0; i < 3; ++i) {
        const HttpReply r = post(base, R"({"category":"sale"})");
        QCOMPARE(r.status, 503);
        const QString message = JsonParser::parse(r.body)->find(u"message")->toString();
        QVERIFY2(message.contains(u"could not be stored"_s), qPrintable(message));
        QVERIFY(healthWithin(base, 100));
    }
    QCOMPARE(m_server->state(), QProcess::Running);

    // Space again: events are stored, and every one acknowledged before is still there.
    rlimit space {RLIM_INFINITY, RLIM_INFINITY};
    QCOMPARE(::prlimit(pid, RLIMIT_FSIZE, &space, nullptr), 0);
    const HttpReply after = post(base, R"({"category":"sale"})");
    QCOMPARE(after.status, 200);
    acknowledged << JsonParser::parse(after.body)->find(u"eventId")->toString();
    m_server->terminate();
    QVERIFY(m_server->waitForFinished(10000));
    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    EventStore store(*db.value());
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(store.get(id).ok(), qPrintable(id));
    QCOMPARE(store.count({}).value(), acknowledged.size()); // the refused ones are not there
}

void TestFaults::readOnlyDiskAnswers503AndRecovers()
{
    // The disk turns read-only while the server runs (a failing disk, a remount): every write
    // to a file fails with EROFS while the trigger file exists.
    const QString trigger = m_profile->path() + u".readonly"_s;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_PRELOAD"_s, QStringLiteral(PINGPANDA_READONLY_FAULT));
    env.insert(u"PINGPANDA_FAULT_READONLY_WHEN"_s, trigger);
    // In the sanitizer build, the preloaded library comes before ASan's runtime.
    env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":verify_asan_link_order=0"_s);
    const QUrl base = startServer(env);
    QVERIFY(base.isValid());
    QStringList acknowledged;
    const auto postOne = [&](int wanted) {
        const HttpReply r = post(base, R"({"category":"sale"})");
        if (r.status == 200)
            acknowledged << JsonParser::parse(r.body)->find(u"eventId")->toString();
        return r.status == wanted;
    };
    QVERIFY(postOne(200));

    QFile flag(trigger);
    QVERIFY(flag.open(QIODevice::WriteOnly));
    flag.close();
    for (int i = 0; i < 3; ++i) {
        const HttpReply r = post(base, R"({"category":"sale"})");
        QCOMPARE(r.status, 503);
        const QString message = JsonParser::parse(r.body)->find(u"message")->toString();
        QVERIFY2(message.contains(u"could not be stored"_s), qPrintable(message));
        QVERIFY(healthWithin(base, 100));
    }
    QVERIFY(QFile::remove(trigger)); // writable again
    QVERIFY(postOne(200));
    QVERIFY(postOne(200));
    m_server->terminate();
    QVERIFY(m_server->waitForFinished(10000));
    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    EventStore store(*db.value());
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(store.get(id).ok(), qPrintable(id));
    QCOMPARE(store.count({}).value(), acknowledged.size());
}

void TestFaults::foreignFileIsRefusedAndLeftAlone()
{
    const QString path = m_profile->path() + u"/pingpanda.sqlite"_s;
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray garbage = "These are someone's notes, not a database.\n"_ba.repeated(100);
    file.write(garbage);
    file.close();

    QProcess server;
    server.start(QStringLiteral(PINGPANDA_BINARY),
        {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_profile->path()});
    QVERIFY(server.waitForFinished(15000));
    QCOMPARE(server.exitCode(), 1);
    const QString error = QString::fromUtf8(server.readAllStandardError());
    QVERIFY2(error.contains(u"is not a PingPanda database"_s), qPrintable(error));
    QVERIFY2(error.contains(u"--data-dir"_s), qPrintable(error)); // and what to do
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage); // untouched
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

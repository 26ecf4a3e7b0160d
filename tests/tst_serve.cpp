// The run form and `send` as a user runs them: the real pingpanda binary through QProcess,
// real HTTP clients (QNetworkAccessManager and curl), signals, and kill -9.

#include "apitesthelpers.h"
#include "config/profile.h"
#include "config/settings.h"
#include "domain/eventid.h"
#include "fakediscord.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

class TestServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void printsTheReadyLineAndStopsOnSigterm();
#ifdef Q_OS_UNIX
    void stopsOnSigint(); // a Unix signal
#endif
    void portInUseIsAClearError();
    void withoutADisplayItServesHeadless();
    void bindsToIpv6Loopback();
    void acceptedEventsSurviveKillDashNine();
    void seedCurlExamplesWorkVerbatim();
    void cliChangesApplyToTheRunningServer();
    void sendPostsThroughTheRunningInstance();
    void sendReportsRefusalsAndAbsence();
    void seedExamplesArriveAsTheExactMessages();
    void pendingEventsSurviveKillDashNineAndArriveOnce();
    void tokenFromTheEnvironmentIsAnnounced();
    void failedEventIsRetriedFromTheCli();
    void secondInstanceOnTheSameFolderIsRefused();
    void secondDesktopLaunchShowsTheFirst();
    void checkSaysWhatWorksAndWhatToFix_data();
    void checkSaysWhatWorksAndWhatToFix();

private:
    // Starts the server and returns its base URL (empty on failure).
    QString start(const QStringList &extraArgs = {"--headless"_L1, "--port"_L1, "0"_L1},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run cli(const QStringList &args);
    HttpReply post(const QString &base, const QByteArray &body, const QByteArray &key = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<FakeDiscord> m_discord;
    QNetworkAccessManager m_network;
    QByteArray m_key;
};

void TestServe::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    for (const QString &name : {u"sale"_s, u"signup"_s, u"error"_s}) {
        Category c;
        c.name = name;
        QVERIFY(CategoryStore(*db.value()).add(c).ok());
    }
    QVERIFY(Settings(*db.value()).set(Settings::Key::DiscordUserId, u"123456789012345678"_s).ok());
    m_key = Profile(*db.value()).apiKey()->toLatin1();
    // The processes started here deliver to a fake Discord in this process.
    m_discord = std::make_unique<FakeDiscord>();
    QVERIFY(m_discord->start() > 0);
    qputenv("PINGPANDA_DISCORD_API_BASE", m_discord->apiBase().toString().toUtf8());
    qputenv("PINGPANDA_DISCORD_TOKEN", m_discord->botToken.toUtf8());
}

void TestServe::cleanup()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->kill();
        m_server->waitForFinished();
    }
    m_server.reset();
    m_discord.reset();
    m_dir.reset();
}

QString TestServe::start(const QStringList &extraArgs, const QProcessEnvironment &env)
{
    m_server = std::make_unique<QProcess>();
    m_server->setProcessEnvironment(env);
    m_server->start(
        QStringLiteral(PINGPANDA_BINARY), QStringList {u"--data-dir"_s, m_dir->path()} + extraArgs);
    if (!m_server->waitForStarted())
        return {};
    const bool ready = RawClient::waitFor(
        [this] { return m_server->state() == QProcess::NotRunning || m_server->canReadLine(); },
        10000);
    if (!ready || !m_server->canReadLine())
        return {};
    const QString line = QString::fromUtf8(m_server->readLine());
    const QRegularExpressionMatch m = QRegularExpression(
        u"^PingPanda listening on (http://(127\\.0\\.0\\.1|\\[::1\\]):\\d+)\n$"_s)
                                          .match(line);
    if (!m.hasMatch())
        qWarning() << "unexpected ready line" << line;
    return m.hasMatch() ? m.captured(1) : QString();
}

TestServe::Run TestServe::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PINGPANDA_BINARY), QStringList {u"--data-dir"_s, m_dir->path()} + args);
    p.closeWriteChannel();
    // The event loop must run: the server under test may be in this process's children only,
    // but tests also use QNetworkAccessManager meanwhile.
    RawClient::waitFor([&] { return p.state() == QProcess::NotRunning; }, 30000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

HttpReply TestServe::post(const QString &base, const QByteArray &body, const QByteArray &key)
{
    return httpRequest(m_network, "POST", QUrl(base + u"/api/v1/events"_s), body,
        {{"Authorization", "Bearer " + (key.isEmpty() ? m_key : key)},
            {"Content-Type", "application/json"}});
}

void TestServe::printsTheReadyLineAndStopsOnSigterm()
{
    const QString base = start();
    QVERIFY(!base.isEmpty());
    const HttpReply health = httpRequest(m_network, "GET", QUrl(base + u"/api/v1/health"_s));
    QCOMPARE(health.status, 200);
    m_server->terminate(); // SIGTERM
    QVERIFY(m_server->waitForFinished(5000));
    QCOMPARE(m_server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server->exitCode(), 0);
    QCOMPARE(m_server->readAllStandardOutput(), QByteArray()); // the ready line was the only one
    // Stopped means stopped: nothing answers any more.
    QCOMPARE(httpRequest(m_network, "GET", QUrl(base + u"/api/v1/health"_s)).status, 0);
}

#ifdef Q_OS_UNIX
void TestServe::stopsOnSigint()
{
    QVERIFY(!start().isEmpty());
    ::kill(pid_t(m_server->processId()), SIGINT);
    QVERIFY(m_server->waitForFinished(5000));
    QCOMPARE(m_server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server->exitCode(), 0);
}
#endif

void TestServe::portInUseIsAClearError()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(squatter.serverPort());
    const Run r = cli({u"--headless"_s, u"--port"_s, port});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(u"Port %1"_s.arg(port)) && r.err.contains(u"already in use"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--port"_s), qPrintable(r.err)); // says what to do
    QCOMPARE(r.err.count(u'\n'), r.err.contains(u"pingpanda.api"_s) ? 2 : 1);
}

void TestServe::withoutADisplayItServesHeadless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    const QString base = start({u"--port"_s, u"0"_s}, env);
    QVERIFY(!base.isEmpty());
    QCOMPARE(httpRequest(m_network, "GET", QUrl(base + u"/api/v1/health"_s)).status, 200);
    QByteArray err;
    RawClient::waitFor(
        [&] {
            err += m_server->readAllStandardError();
            return err.contains("No display");
        },
        3000);
    QVERIFY2(err.contains("No display found"), err.constData());
}

void TestServe::bindsToIpv6Loopback()
{
    const QString base = start({u"--headless"_s, u"--port"_s, u"0"_s, u"--bind"_s, u"::1"_s});
    QVERIFY2(base.startsWith(u"http://[::1]:"_s), qPrintable(base));
    QCOMPARE(httpRequest(m_network, "GET", QUrl(base + u"/api/v1/health"_s)).status, 200);
}

void TestServe::acceptedEventsSurviveKillDashNine()
{
    const QString base = start();
    QVERIFY(!base.isEmpty());
    QStringList ids;
    for (int i = 0; i < 50; ++i) {
        const HttpReply r
            = post(base, R"({"category":"sale","description":"#)" + QByteArray::number(i) + "\"}");
        QCOMPARE(r.status, 200);
        ids << r.json().find(u"eventId")->toString();
    }
    m_server->kill(); // SIGKILL right after the last 200
    QVERIFY(m_server->waitForFinished(5000));

    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    EventStore events(*db.value());
    for (const QString &id : std::as_const(ids))
        QVERIFY2(events.get(id).ok(), qPrintable(id));
    QCOMPARE(events.count({}).value(), 50);
}

void TestServe::seedCurlExamplesWorkVerbatim()
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QVERIFY2(!curl.isEmpty(), "curl is installed by installer/install-deps.sh");
    const QString base = start();
    QVERIFY(!base.isEmpty());
    const QString url = base + u"/api/v1/events"_s;
    const QString auth = u"Authorization: Bearer "_s + QString::fromLatin1(m_key);
    // The seed document's three examples, with only the URL and the key filled in.
    const QStringList bodies = {
        u"{\n\"category\": \"sale\"\n}"_s,
        u"{\n\"category\": \"signup\",\n\"fields\": {\n\"email\": \"user@example.com\",\n\"plan\": \"FREE\"\n}\n}"_s,
        u"{\n\"category\": \"error\",\n\"description\": \"Payment processing "
        u"failed\",\n\"fields\": {\n\"error_code\": "
        "\"PAYMENT_001\",\n\"user_id\": \"12345\"\n}\n}"_s,
    };
    for (const QString &body : bodies) {
        QProcess p;
        p.start(curl,
            {u"-sS"_s, u"-X"_s, u"POST"_s, url, u"-H"_s, auth, u"-H"_s,
                u"Content-Type: application/json"_s, u"-d"_s, body});
        RawClient::waitFor([&] { return p.state() == QProcess::NotRunning; }, 15000);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.startsWith(R"({"message":"Event processed successfully","eventId":")"),
            out.constData());
    }
    auto db = Database::open(m_dir->path());
    EventQuery errors;
    errors.category = u"error"_s;
    Result<QList<Event>> stored = EventStore(*db.value()).list(errors);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().description, u"Payment processing failed"_s);
    QCOMPARE(
        stored->first().fields.toJson(), R"({"error_code":"PAYMENT_001","user_id":"12345"})"_ba);

    // And they reach Discord as the three messages the hosted service would send.
    QStringList titles;
    QVERIFY(RawClient::waitFor(
        [&] {
            titles.clear();
            for (const auto &m : std::as_const(m_discord->messages))
                for (const JsonValue &e : m.embeds.items())
                    titles << e.find(u"title")->toString() + u" / "_s
                            + e.find(u"description")->toString();
            return titles.size() >= 3;
        },
        10000));
    QCOMPARE(titles,
        (QStringList {u"🔔 Sale / A new sale event has occurred!"_s,
            u"🔔 Signup / A new signup event has occurred!"_s,
            u"🔔 Error / Payment processing failed"_s}));
}

void TestServe::cliChangesApplyToTheRunningServer()
{
    const QString base = start();
    QVERIFY(!base.isEmpty());
    QCOMPARE(post(base, R"({"category":"refund"})").status, 404);
    QCOMPARE(cli({u"category"_s, u"add"_s, u"refund"_s, u"--emoji"_s, u"💸"_s}).exitCode, 0);
    QCOMPARE(post(base, R"({"category":"refund"})").status, 200);

    const Run regenerated = cli({u"api-key"_s, u"--regenerate"_s});
    QCOMPARE(regenerated.exitCode, 0);
    const QByteArray newKey = regenerated.out.trimmed().toLatin1();
    QCOMPARE(post(base, R"({"category":"sale"})").status, 401);
    QCOMPARE(post(base, R"({"category":"sale"})", newKey).status, 200);

    QCOMPARE(cli({u"config"_s, u"set"_s, u"ratelimit.per-minute"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(post(base, R"({"category":"sale"})", newKey).status, 200);
    QCOMPARE(post(base, R"({"category":"sale"})", newKey).status, 429);
}

void TestServe::sendPostsThroughTheRunningInstance()
{
    QVERIFY(!start().isEmpty()); // on a free port, not the configured one: send must still find it
    const Run r = cli({u"send"_s, u"sale"_s, u"--description"_s, u"New sale completed!"_s,
        u"--field"_s, u"amount=49.99"_s, u"--field"_s, u"customer=john@example.com"_s, u"--field"_s,
        u"first=true"_s, u"--field"_s, u"zip=007"_s});
    QCOMPARE(r.exitCode, 0);
    const QString id = r.out.trimmed();
    QVERIFY2(EventId::isValid(id), qPrintable(r.out + r.err));
    QCOMPARE(r.out, id + u'\n');

    auto db = Database::open(m_dir->path());
    Result<Event> event = EventStore(*db.value()).get(id);
    QVERIFY(event.ok());
    QCOMPARE(event->description, u"New sale completed!"_s);
    // Numbers and booleans as JSON types, in the order given; "007" is no JSON number.
    QCOMPARE(event->fields.toJson(),
        R"({"amount":49.99,"customer":"john@example.com","first":true,"zip":"007"})"_ba);
}

void TestServe::sendReportsRefusalsAndAbsence()
{
    Run r = cli({u"send"_s, u"sale"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not running"_s) && r.err.contains(u"pingpanda --headless"_s),
        qPrintable(r.err));

    QVERIFY(!start().isEmpty());
    r = cli({u"send"_s, u"refund"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(u"404"_s) && r.err.contains(u"You dont have a category named \"refund\""_s),
        qPrintable(r.err));
    r = cli({u"send"_s, u"sale"_s, u"--field"_s, u"novalue"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"KEY=VALUE"_s));
}

void TestServe::seedExamplesArriveAsTheExactMessages()
{
    const QString base = start();
    QVERIFY(!base.isEmpty());
    const QList<QByteArray> bodies = {
        "{\n\"category\": \"sale\"\n}",
        "{\n\"category\": \"signup\",\n\"fields\": {\n\"email\": \"user@example.com\",\n\"plan\": "
        "\"FREE\"\n}\n}",
        "{\n\"category\": \"error\",\n\"description\": \"Payment processing failed\",\n\"fields\": "
        "{\n"
        "\"error_code\": \"PAYMENT_001\",\n\"user_id\": \"12345\"\n}\n}",
    };
    QStringList ids;
    for (const QByteArray &body : bodies) {
        const HttpReply r = post(base, body);
        QCOMPARE(r.status, 200);
        ids << r.json().find(u"eventId")->toString();
    }
    QList<JsonValue> embeds;
    QVERIFY(RawClient::waitFor(
        [&] {
            embeds.clear();
            for (const auto &m : std::as_const(m_discord->messages))
                for (const JsonValue &e : m.embeds.items())
                    embeds << e;
            return embeds.size() >= 3;
        },
        10000));
    QCOMPARE(embeds.size(), 3);
    auto db = Database::open(m_dir->path());
    const auto time
        = [&](int i) { return Event::isoTime(EventStore(*db.value()).get(ids[i])->createdAt); };
    // The categories were made without emoji or colour: the bell and the default colour.
    QCOMPARE(embeds[0].toJson(),
        uR"({"title":"🔔 Sale","description":"A new sale event has occurred!","color":5793266,"timestamp":"%1","fields":[]})"_s
            .arg(time(0))
            .toUtf8());
    QCOMPARE(embeds[1].toJson(),
        uR"({"title":"🔔 Signup","description":"A new signup event has occurred!","color":5793266,"timestamp":"%1","fields":[{"name":"email","value":"user@example.com","inline":true},{"name":"plan","value":"FREE","inline":true}]})"_s
            .arg(time(1))
            .toUtf8());
    QCOMPARE(embeds[2].toJson(),
        uR"({"title":"🔔 Error","description":"Payment processing failed","color":5793266,"timestamp":"%1","fields":[{"name":"error_code","value":"PAYMENT_001","inline":true},{"name":"user_id","value":"12345","inline":true}]})"_s
            .arg(time(2))
            .toUtf8());
}

void TestServe::pendingEventsSurviveKillDashNineAndArriveOnce()
{
    m_discord->down = true; // Discord unreachable: everything stays pending
    QString base = start();
    QVERIFY(!base.isEmpty());
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        const HttpReply r
            = post(base, R"({"category":"sale","description":"n)" + QByteArray::number(i) + "\"}");
        QCOMPARE(r.status, 200);
        ids << r.json().find(u"eventId")->toString();
    }
    QVERIFY(RawClient::waitFor([&] { return m_discord->requests.size() >= 2; }, 5000));
    m_server->kill();
    QVERIFY(m_server->waitForFinished(5000));

    m_discord->down = false;
    base = start();
    QVERIFY(!base.isEmpty());
    QStringList seen;
    QVERIFY(RawClient::waitFor(
        [&] {
            seen.clear();
            for (const auto &m : std::as_const(m_discord->messages))
                for (const JsonValue &e : m.embeds.items())
                    seen << e.find(u"description")->toString();
            return seen.size() >= 20;
        },
        15000));
    QTest::qWait(300); // nothing more may come
    QCOMPARE(m_discord->messages.size() > 0, true);
    seen.clear();
    for (const auto &m : std::as_const(m_discord->messages))
        for (const JsonValue &e : m.embeds.items())
            seen << e.find(u"description")->toString();
    QCOMPARE(seen.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(seen.count(u"n%1"_s.arg(i)), 1);
    auto db = Database::open(m_dir->path());
    for (const QString &id : std::as_const(ids))
        QCOMPARE(EventStore(*db.value()).get(id)->status, DeliveryStatus::Delivered);
}

void TestServe::tokenFromTheEnvironmentIsAnnounced()
{
    QVERIFY(!start().isEmpty());
    QByteArray err;
    RawClient::waitFor(
        [&] {
            err += m_server->readAllStandardError();
            return err.contains("PINGPANDA_DISCORD_TOKEN");
        },
        3000);
    QVERIFY2(
        err.contains(
            "Reading the Discord bot token from the environment variable PINGPANDA_DISCORD_TOKEN"),
        err.constData());
    QVERIFY(!err.contains(m_discord->botToken.toUtf8())); // the token itself is never printed
}

void TestServe::failedEventIsRetriedFromTheCli()
{
    m_discord->script(
        {403, [] {
             JsonValue b = JsonValue::object();
             b.insert(u"message"_s, JsonValue::string(u"Cannot send messages to this user"_s));
             b.insert(u"code"_s, JsonValue::number(50007));
             return b;
         }()});
    const QString base = start();
    QVERIFY(!base.isEmpty());
    const QString id = post(base, R"({"category":"sale"})").json().find(u"eventId")->toString();
    auto db = Database::open(m_dir->path());
    QVERIFY(RawClient::waitFor(
        [&] { return EventStore(*db.value()).get(id)->status == DeliveryStatus::Failed; }, 5000));
    QVERIFY(EventStore(*db.value()).get(id)->error.contains(u"direct messages"_s));

    Run r = cli({u"events"_s, u"retry"_s, u"cnothere000000000000a"_s});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"events"_s, u"retry"_s, id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"sent again now"_s), qPrintable(r.out));
    // The running instance notices without a restart and sends it.
    QVERIFY(RawClient::waitFor(
        [&] { return EventStore(*db.value()).get(id)->status == DeliveryStatus::Delivered; },
        5000));
    r = cli({u"events"_s, u"retry"_s, id});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"only failed events"_s));
}

void TestServe::secondInstanceOnTheSameFolderIsRefused()
{
    QVERIFY(!start().isEmpty());
    const Run second = cli({u"--headless"_s, u"--port"_s, u"0"_s});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(
                 u"already running for this data folder (process %1)"_s.arg(m_server->processId())),
        qPrintable(second.err));
    QCOMPARE(second.out, QString());

    // Another data folder is another profile: it runs beside the first.
    QTemporaryDir other;
    QProcess third;
    third.start(QStringLiteral(PINGPANDA_BINARY),
        {u"--data-dir"_s, other.path(), u"--headless"_s, u"--port"_s, u"0"_s});
    QVERIFY(RawClient::waitFor([&] { return third.canReadLine(); }, 10000));
    QVERIFY(third.readLine().startsWith("PingPanda listening on "));
    third.terminate();
    QVERIFY(third.waitForFinished(5000));
}

void TestServe::secondDesktopLaunchShowsTheFirst()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, u":404"_s); // "a display exists" for the choice; Qt draws offscreen
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QVERIFY(!start({u"--port"_s, u"0"_s}, env).isEmpty());

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(PINGPANDA_BINARY), {u"--data-dir"_s, m_dir->path()});
    QVERIFY(RawClient::waitFor([&] { return second.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardError().contains("its window is shown"));
    QByteArray firstErr;
    QVERIFY(RawClient::waitFor(
        [&] {
            firstErr += m_server->readAllStandardError();
            return firstErr.contains("asked to show the window");
        },
        5000));
}

void TestServe::checkSaysWhatWorksAndWhatToFix_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("bot DM works") << u"dm"_s << 0 << u"✓ The bot can open a direct message"_s;
    QTest::newRow("bad token") << u"badtoken"_s << 1 << u"✗ Discord refused the bot token"_s;
    QTest::newRow("unknown user") << u"baduser"_s << 1
                                  << u"✗ Discord has no user with the ID 999999999999999999"_s;
    QTest::newRow("webhook works") << u"webhook"_s << 0 << u"✓ The webhook works"_s;
    QTest::newRow("webhook deleted")
        << u"deadwebhook"_s << 1 << u"✗ The webhook no longer exists"_s;
    QTest::newRow("nothing set") << u"none"_s << 1 << u"✗ Discord is not set up"_s;
    QTest::newRow("Discord unreachable") << u"down"_s << 1 << u"could not be reached"_s;
}

void TestServe::checkSaysWhatWorksAndWhatToFix()
{
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    auto db = Database::open(m_dir->path());
    Settings settings(*db.value());
    if (setup == u"badtoken"_s)
        qputenv("PINGPANDA_DISCORD_TOKEN",
            "MTExMTExMTExMTExMTExMTEx.Gwrong.wrongwrongwrongwrongwrongwrongwrongwrong");
    if (setup == u"baduser"_s)
        QVERIFY(settings.set(Settings::Key::DiscordUserId, u"999999999999999999"_s).ok());
    if (setup == u"webhook"_s)
        QVERIFY(settings.set(Settings::Key::DiscordWebhookUrl, m_discord->webhookUrl().toString())
                    .ok());
    if (setup == u"deadwebhook"_s)
        QVERIFY(
            settings
                .set(Settings::Key::DiscordWebhookUrl, m_discord->unknownWebhookUrl().toString())
                .ok());
    if (setup == u"none"_s)
        QVERIFY(settings.unset(Settings::Key::DiscordUserId).ok());
    if (setup == u"down"_s)
        m_discord->down = true;

    const int postsBefore = m_discord->messagePosts();
    const Run r = cli({u"check"_s});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.contains(says), qPrintable(r.out + r.err));
    QCOMPARE(m_discord->messagePosts(), postsBefore); // check sends nothing
    QCOMPARE(m_discord->messages.size(), 0);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"

// Noise control (contract §6) end to end: the real server (in this process, or the pingpanda
// binary where a clock or a kill is part of the story), real HTTP clients and the fake Discord.
// Holds are set seconds ahead; nothing sleeps for hours: quiet hours end on a minute, so the
// server is given a time zone whose clock reads a few seconds before one.

#include "apitesthelpers.h"
#include "config/liveprofile.h"
#include "config/settings.h"
#include "config/snooze.h"
#include "discord/deliveries.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testprofile.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNoise : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void quietHoursCoveringNowHoldThenOneDigestWithTheRightCounts();
    void killedDuringADigestPostsItOnceAfterRestart();
    void aHoldThatEndedWhileStoppedSendsItsDigestAtStart();
    void urgentBypassesASnooze();
    void mutedIsStoredAndCountedButNeverSent();
    void aCategoryWebhookGetsOnlyItsCategory();
    void aDeadCategoryWebhookPausesAloneAndANewAddressDeliversWhatItHeld();
    void aDeadProfileWebhookHealsWhenItsAddressChanges();
    void leavingADeadCategoryWebhookSendsWhatItFailedToTheProfile();

private:
    // The in-process instance, Discord reached by DM.
    void startInstance();
    // The pingpanda binary, with TZ set (empty: the machine's); its API's base URL.
    QUrl startServer(const QString &timeZone = {});
    void stopServer(bool kill = false);
    HttpReply post(const QUrl &base, const QByteArray &body);
    HttpReply post(const QByteArray &body) { return post(QUrl(m_instance->url()), body); }
    Category category(const QString &name);
    void setCategory(const Category &category);
    QList<Event> events(std::optional<DeliveryStatus> status = {});
    // The embeds of the fake's messages to one channel ("webhook:<id>" or the DM channel).
    QList<JsonValue> embedsIn(const QString &channel);
    QString dmChannel() const { return FakeDiscord::channelIdFor(m_profile->discord().userId); }

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_nam;
};

void TestNoise::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestNoise::cleanup()
{
    stopServer();
    m_instance.reset();
    m_db.reset();
    m_profile.reset();
}

void TestNoise::startInstance()
{
    auto instance = m_profile->startInstance();
    QVERIFY(instance.ok());
    m_instance = std::move(instance).value();
}

QUrl TestNoise::startServer(const QString &timeZone)
{
    m_server = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!timeZone.isEmpty())
        environment.insert(u"TZ"_s, timeZone);
    m_server->setProcessEnvironment(environment);
    m_server->start(QStringLiteral(PINGPANDA_BINARY),
        {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_profile->path()});
    const bool ready = RawClient::waitFor(
        [this] { return m_server->canReadLine() || m_server->state() == QProcess::NotRunning; },
        15000);
    if (!ready || !m_server->canReadLine())
        return {};
    return QUrl(QString::fromUtf8(m_server->readLine()).trimmed().section(u' ', -1));
}

void TestNoise::stopServer(bool kill)
{
    if (!m_server || m_server->state() == QProcess::NotRunning)
        return;
    if (kill)
        m_server->kill();
    else
        m_server->terminate();
    if (!m_server->waitForFinished(10000))
        m_server->kill();
    m_server->waitForFinished(5000);
}

HttpReply TestNoise::post(const QUrl &base, const QByteArray &body)
{
    return httpRequest(m_nam, "POST"_ba, base.resolved(QUrl(u"/api/v1/events"_s)), body,
        {{"Authorization"_ba, "Bearer "_ba + m_profile->apiKey()},
            {"Content-Type"_ba, "application/json"_ba}});
}

Category TestNoise::category(const QString &name)
{
    return CategoryStore(*m_db).find(name).value();
}

void TestNoise::setCategory(const Category &category)
{
    // Through another connection, as `pingpanda category set` does.
    const Result<Category> stored = CategoryStore(*m_db).update(category.name, category);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
}

QList<Event> TestNoise::events(std::optional<DeliveryStatus> status)
{
    EventQuery query;
    query.status = status;
    query.limit = 1000;
    return EventStore(*m_db).list(query).value();
}

QList<JsonValue> TestNoise::embedsIn(const QString &channel)
{
    QList<JsonValue> embeds;
    for (const FakeDiscord::Message &m : std::as_const(m_profile->discord().messages)) {
        if (m.channelId == channel) {
            for (const JsonValue &e : m.embeds.items())
                embeds << e;
        }
    }
    return embeds;
}

namespace {

QString textOf(const JsonValue &embed, QStringView member)
{
    const JsonValue *v = embed.find(member);
    return v ? v->toString() : QString();
}

} // namespace

void TestNoise::quietHoursCoveringNowHoldThenOneDigestWithTheRightCounts()
{
    // The server's clock reads hh:mm:52 now: quiet hours hh:mm-hh:mm+1 cover now and end in
    // eight seconds, on the server's own timer.
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    int offset = 52 - utc.time().second(); // seconds ahead of UTC
    const QString zone = u"XYZ%1%2"_s.arg(offset > 0 ? u"-"_s : u"+"_s)
                             .arg(QTime(0, 0).addSecs(qAbs(offset)).toString(u"H:mm:ss"_s));
    const QTime wall = utc.addSecs(offset).time();
    const QString span = u"%1-%2"_s.arg(QTime(wall.hour(), wall.minute()).toString(u"HH:mm"_s),
        QTime(wall.hour(), wall.minute()).addSecs(60).toString(u"HH:mm"_s));
    QVERIFY(Settings(*m_db).set(Settings::Key::QuietHours, span).ok());
    Category error = category(u"error"_s);
    error.urgent = true;
    setCategory(error);

    const QUrl base = startServer(zone);
    QVERIFY2(base.isValid(), "the server did not start");
    QStringList held;
    for (const QByteArray &body : {R"({"category":"sale","description":"Order 1"})"_ba,
             R"({"category":"sale","description":"Order 2"})"_ba,
             R"({"category":"signup","description":"ada@example.com"})"_ba,
             R"({"category":"sale","description":"Order 3"})"_ba}) {
        const HttpReply r = post(base, body);
        QCOMPARE(r.status, 200);
        QCOMPARE(textOf(r.json(), u"deliveryStatus"), u"PENDING"_s);
        held << textOf(r.json(), u"eventId");
    }
    QCOMPARE(post(base, R"({"category":"error","description":"Disk full"})").status, 200);

    // The urgent event goes at once; the rest waits for the end of the quiet hours.
    FakeDiscord &discord = m_profile->discord();
    QVERIFY(RawClient::waitFor([&] { return discord.messages.size() == 1; }, 5000));
    QCOMPARE(
        textOf(discord.messages.first().embeds.items().front(), u"description"), u"Disk full"_s);
    QTest::qWait(500);
    QCOMPARE(discord.messages.size(), 1);
    QCOMPARE(events(DeliveryStatus::Pending).size(), 4);

    // Then one digest: an embed per category, in the order they were held, with the counts.
    QVERIFY(RawClient::waitFor([&] { return discord.messages.size() == 2; }, 15000));
    const std::vector<JsonValue> digest = discord.messages.at(1).embeds.items();
    QCOMPARE(digest.size(), size_t(2));
    QCOMPARE(textOf(digest.at(0), u"title"), u"💰 Sale"_s);
    QCOMPARE(digest.at(0).find(u"color")->toDouble(), double(0xFFEB3B));
    const QString sales = textOf(digest.at(0), u"description");
    QVERIFY2(sales.startsWith(u"**3 events**"_s), qPrintable(sales));
    QVERIFY(sales.indexOf(u"Order 3"_s) < sales.indexOf(u"Order 2"_s)); // newest first
    QVERIFY(sales.contains(u"Order 1"_s));
    QCOMPARE(textOf(digest.at(1), u"title"), u"🔔 Signup"_s);
    QVERIFY(textOf(digest.at(1), u"description").startsWith(u"**1 event**"_s));
    QVERIFY(
        RawClient::waitFor([&] { return events(DeliveryStatus::Delivered).size() == 5; }, 5000));
    for (const Event &e : events(DeliveryStatus::Delivered))
        QCOMPARE(e.held, held.contains(e.id));
    QTest::qWait(300);
    QCOMPARE(discord.messages.size(), 2); // once
}

void TestNoise::killedDuringADigestPostsItOnceAfterRestart()
{
    QVERIFY(Snooze(*m_db).until(QDateTime::currentDateTimeUtc().addDays(1)).ok());
    QUrl base = startServer();
    QVERIFY(base.isValid());
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(
            post(base, u"{\"category\":\"sale\",\"description\":\"Order %1\"}"_s.arg(i).toUtf8())
                .status,
            200);
    }
    QCOMPARE(post(base, R"({"category":"error"})").status, 200);

    // Discord takes the digest but its answer is late: the app dies before it arrives.
    FakeDiscord &discord = m_profile->discord();
    discord.responseDelayMs = 5000;
    QVERIFY(Snooze(*m_db).resumeNow(QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(RawClient::waitFor([&] { return discord.messages.size() == 1; }, 10000));
    stopServer(true);
    QCOMPARE(events(DeliveryStatus::Pending).size(), 4);
    const QString nonce = discord.messages.first().nonce;
    QVERIFY(!nonce.isEmpty());

    discord.responseDelayMs = 0;
    base = startServer();
    QVERIFY(base.isValid());
    QVERIFY(
        RawClient::waitFor([&] { return events(DeliveryStatus::Delivered).size() == 4; }, 10000));
    // The same digest again, under the same nonce: Discord posted it once.
    const QList<FakeDiscord::Request> &requests = discord.requests;
    int posts = 0;
    for (const FakeDiscord::Request &r : requests) {
        if (r.method == "POST" && r.path.endsWith(u"/messages"_s)) {
            ++posts;
            QCOMPARE(textOf(r.body, u"nonce"), nonce);
        }
    }
    QCOMPARE(posts, 2);
    QCOMPARE(discord.messages.size(), 1);
    QCOMPARE(discord.messages.first().embeds.items().size(), 2); // sale and error
}

void TestNoise::aHoldThatEndedWhileStoppedSendsItsDigestAtStart()
{
    QVERIFY(Snooze(*m_db).until(QDateTime::currentDateTimeUtc().addSecs(3)).ok());
    QUrl base = startServer();
    QVERIFY(base.isValid());
    QCOMPARE(post(base, R"({"category":"sale"})").status, 200);
    QCOMPARE(post(base, R"({"category":"sale"})").status, 200);
    stopServer();
    QCOMPARE(m_profile->discord().messagePosts(), 0);

    QTest::qWait(3000); // the snooze ends while nothing runs
    base = startServer();
    QVERIFY(base.isValid());
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 1; }, 10000));
    const JsonValue embed = m_profile->discord().messages.first().embeds.items().front();
    QVERIFY(textOf(embed, u"description").startsWith(u"**2 events**"_s));
}

void TestNoise::urgentBypassesASnooze()
{
    Category error = category(u"error"_s);
    error.urgent = true;
    setCategory(error);
    QVERIFY(Snooze(*m_db).until(QDateTime::currentDateTimeUtc().addSecs(3600)).ok());
    startInstance();
    QCOMPARE(m_instance->delivery().holdReason(), Hold::Reason::Snooze);

    QCOMPARE(post(R"({"category":"sale","description":"held"})").status, 200);
    QCOMPARE(post(R"({"category":"error","description":"now"})").status, 200);
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 1; }, 5000));
    QTest::qWait(300);
    const QList<JsonValue> sent = embedsIn(dmChannel());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(textOf(sent.first(), u"description"), u"now"_s);
    const QList<Event> pending = events(DeliveryStatus::Pending);
    QCOMPARE(pending.size(), 1);
    QVERIFY(pending.first().held);

    // A snooze set from the command line ends early the same way.
    QVERIFY(Snooze(*m_db).resumeNow(QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 2; }, 5000));
    QVERIFY(textOf(embedsIn(dmChannel()).last(), u"description").contains(u"held"_s));
}

void TestNoise::mutedIsStoredAndCountedButNeverSent()
{
    // What waits when the category is muted (here: held by a snooze) is muted too.
    QVERIFY(Snooze(*m_db).until(QDateTime::currentDateTimeUtc().addSecs(3600)).ok());
    startInstance();
    QCOMPARE(post(R"({"category":"signup","description":"waiting"})").status, 200);
    Category signup = category(u"signup"_s);
    signup.muted = true;
    setCategory(signup);
    QCOMPARE(events(DeliveryStatus::Muted).size(), 1);

    QVERIFY(RawClient::waitFor(
        [&] { return m_instance->profile().category(u"signup"_s)->muted; }, 5000));
    const HttpReply r = post(R"({"category":"signup","description":"quiet"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(textOf(r.json(), u"deliveryStatus"), u"MUTED"_s);
    QVERIFY(Snooze(*m_db).resumeNow(QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QVERIFY(
        RawClient::waitFor([&] { return events(DeliveryStatus::Delivered).size() == 1; }, 10000));
    QTest::qWait(300);
    QCOMPARE(m_profile->discord().messages.size(), 1);
    for (const JsonValue &embed : embedsIn(dmChannel()))
        QCOMPARE(textOf(embed, u"title"), u"💰 Sale"_s);
    EventQuery muted;
    muted.category = u"signup"_s;
    muted.status = DeliveryStatus::Muted;
    QCOMPARE(EventStore(*m_db).count(muted).value(), 2); // counted
    const HttpReply got = httpRequest(m_nam, "GET"_ba,
        QUrl(m_instance->url() + u"/api/v1/events/"_s + textOf(r.json(), u"eventId")), {},
        {{"Authorization"_ba, "Bearer "_ba + m_profile->apiKey()}});
    QCOMPARE(textOf(got.json(), u"deliveryStatus"), u"MUTED"_s);
}

void TestNoise::aCategoryWebhookGetsOnlyItsCategory()
{
    FakeDiscord &discord = m_profile->discord();
    discord.webhooks.insert(u"5555"_s);
    Category error = category(u"error"_s);
    error.webhookUrl = discord.webhookUrl(u"5555"_s).toString();
    setCategory(error);
    startInstance();

    QCOMPARE(post(R"({"category":"sale","description":"to me"})").status, 200);
    QCOMPARE(post(R"({"category":"error","description":"to the ops channel"})").status, 200);
    QCOMPARE(post(R"({"category":"sale","description":"to me too"})").status, 200);
    QVERIFY(
        RawClient::waitFor([&] { return events(DeliveryStatus::Delivered).size() == 3; }, 10000));
    const QList<JsonValue> ops = embedsIn(u"webhook:5555"_s);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(textOf(ops.first(), u"description"), u"to the ops channel"_s);
    const QList<JsonValue> mine = embedsIn(dmChannel());
    QCOMPARE(mine.size(), 2);
    for (const JsonValue &embed : mine)
        QCOMPARE(textOf(embed, u"title"), u"💰 Sale"_s);
}

void TestNoise::aDeadCategoryWebhookPausesAloneAndANewAddressDeliversWhatItHeld()
{
    FakeDiscord &discord = m_profile->discord();
    Category error = category(u"error"_s);
    error.webhookUrl = discord.webhookUrl(u"6666"_s).toString(); // deleted in Discord
    setCategory(error);
    startInstance();

    QCOMPARE(post(R"({"category":"error","description":"first"})").status, 200);
    QVERIFY(RawClient::waitFor([&] { return events(DeliveryStatus::Failed).size() == 1; }, 10000));
    QVERIFY(events(DeliveryStatus::Failed).first().error.contains(u"webhook"_s));
    QCOMPARE(post(R"({"category":"error","description":"second"})").status, 200);
    QCOMPARE(post(R"({"category":"sale","description":"unaffected"})").status, 200);
    QVERIFY(RawClient::waitFor([&] { return embedsIn(dmChannel()).size() == 1; }, 10000));
    QTest::qWait(300);
    QCOMPARE(discord.messagePosts(), 2); // one to the dead webhook, one DM: then it paused
    QCOMPARE(events(DeliveryStatus::Pending).size(), 1);

    discord.webhooks.insert(u"7777"_s);
    error.webhookUrl = discord.webhookUrl(u"7777"_s).toString();
    setCategory(error);
    QVERIFY(
        RawClient::waitFor([&] { return events(DeliveryStatus::Delivered).size() == 3; }, 10000));
    QTest::qWait(300);
    QStringList sent;
    for (const JsonValue &embed : embedsIn(u"webhook:7777"_s))
        sent << textOf(embed, u"description");
    QCOMPARE(sent, (QStringList {u"first"_s, u"second"_s})); // once each
}

void TestNoise::aDeadProfileWebhookHealsWhenItsAddressChanges()
{
    FakeDiscord &discord = m_profile->discord();
    QVERIFY(Settings(*m_db)
                .set(Settings::Key::DiscordWebhookUrl, discord.unknownWebhookUrl().toString())
                .ok());
    startInstance();
    QCOMPARE(post(R"({"category":"sale","description":"one"})").status, 200);
    QVERIFY(RawClient::waitFor([&] { return events(DeliveryStatus::Failed).size() == 1; }, 10000));
    QCOMPARE(post(R"({"category":"sale","description":"two"})").status, 200);
    QTest::qWait(300);
    QCOMPARE(discord.messagePosts(), 1);

    QVERIFY(Settings(*m_db)
                .set(Settings::Key::DiscordWebhookUrl, discord.webhookUrl().toString())
                .ok());
    QVERIFY(
        RawClient::waitFor([&] { return events(DeliveryStatus::Delivered).size() == 2; }, 10000));
    QTest::qWait(300);
    QStringList sent;
    for (const JsonValue &embed : embedsIn(u"webhook:4242424242"_s))
        sent << textOf(embed, u"description");
    sent.sort();
    QCOMPARE(sent, (QStringList {u"one"_s, u"two"_s}));
}

void TestNoise::leavingADeadCategoryWebhookSendsWhatItFailedToTheProfile()
{
    Category error = category(u"error"_s);
    error.webhookUrl = m_profile->discord().webhookUrl(u"6666"_s).toString(); // deleted
    setCategory(error);
    startInstance();
    QCOMPARE(post(R"({"category":"error","description":"lost?"})").status, 200);
    QVERIFY(RawClient::waitFor([&] { return events(DeliveryStatus::Failed).size() == 1; }, 10000));

    error.webhookUrl.clear(); // `category set error --no-webhook`
    setCategory(error);
    QVERIFY(
        RawClient::waitFor([&] { return events(DeliveryStatus::Delivered).size() == 1; }, 10000));
    const QList<JsonValue> mine = embedsIn(dmChannel());
    QCOMPARE(mine.size(), 1);
    QCOMPARE(textOf(mine.first(), u"description"), u"lost?"_s);
}

QTEST_GUILESS_MAIN(TestNoise)
#include "tst_noise.moc"

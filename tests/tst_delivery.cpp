// DeliveryQueue against the fake Discord: the exact embeds, DM channel caching, rate limits,
// coalescing, outages, permanent errors without hammering, and nonce-safe resends.

#include "apitesthelpers.h"
#include "config/liveprofile.h"
#include "discord/deliveryqueue.h"
#include "discord/discordembed.h"
#include "eventvalidator.h"
#include "fakediscord.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seedExamplesMakeTheExactEmbeds();
    void emptyDescriptionAndRemovedCategoryUseDefaults();
    void embedLengthCountsWhatDiscordShows();
    void tenLongestDigestEmbedsFitOneMessage();
    void dmChannelIsCreatedOnce();
    void rateLimitIsWaitedOut();
    void burstIsCoalescedWithoutProvokingA429();
    void discordDownThenBackDeliversEverything();
    void serverErrorsBackOffAndRecover();
    void refusedDmFailsWithoutHammering();
    void badTokenFailsAndPausesUntilTheTokenChanges();
    void webhookDelivers();
    void deletedWebhookFailsAndPausesUntilTheUrlChanges();
    void resendAfterACrashPostsOnce();
    void rejectedCombinedMessageIsSentOneByOne();

private:
    QString add(const QByteArray &body);
    DeliveryQueue::Destination botDm(const QString &token = {}) const;
    void startQueue(const DeliveryQueue::Destination &destination);
    bool waitUntilSettled(int timeoutMs = 10000);
    Event stored(const QString &id) { return EventStore(*m_db).get(id).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LiveProfile> m_profile;
    std::unique_ptr<DeliveryQueue> m_queue;
    std::unique_ptr<FakeDiscord> m_discord;
};

void TestDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::move(Database::open(m_dir->path())).value();
    const struct
    {
        QString name, emoji;
        quint32 color;
    } seed[] = {{u"sale"_s, u"💰"_s, 0xFFEB3B}, {u"signup"_s, QString(), 0x6C5CE7},
        {u"error"_s, u"🐞"_s, 0xFF6B6B}};
    for (const auto &s : seed) {
        Category c;
        c.name = s.name;
        c.emoji = s.emoji;
        c.color = s.color;
        QVERIFY(CategoryStore(*m_db).add(c).ok());
    }
    m_profile = std::make_unique<LiveProfile>(*m_db);
    QVERIFY(m_profile->reload().ok());
    m_discord = std::make_unique<FakeDiscord>();
    QVERIFY(m_discord->start() > 0);
}

void TestDelivery::cleanup()
{
    m_queue.reset();
    m_discord.reset();
    m_profile.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestDelivery::add(const QByteArray &body)
{
    ApiResult<ValidatedEvent> v = EventValidator::validate(body);
    if (!v)
        qFatal("invalid test event: %s", qPrintable(v.error().message));
    Result<Event> e = EventStore(*m_db).add(v->category, v->description, v->fields);
    if (!e)
        qFatal("cannot store: %s", qPrintable(e.error().message));
    return e->id;
}

DeliveryQueue::Destination TestDelivery::botDm(const QString &token) const
{
    DeliveryQueue::Destination d;
    d.kind = DeliveryQueue::Destination::Kind::BotDm;
    d.userId = m_discord->userId;
    d.token = token.isEmpty() ? m_discord->botToken : token;
    d.apiBase = m_discord->apiBase();
    return d;
}

void TestDelivery::startQueue(const DeliveryQueue::Destination &destination)
{
    m_queue = std::make_unique<DeliveryQueue>(*m_db, *m_profile);
    m_queue->setBackoff(50, 400);
    m_queue->setDestination(destination);
}

bool TestDelivery::waitUntilSettled(int timeoutMs)
{
    return RawClient::waitFor(
        [this] {
            const auto s = m_queue->state();
            return s == DeliveryQueue::State::Idle || s == DeliveryQueue::State::Paused;
        },
        timeoutMs);
}

void TestDelivery::seedExamplesMakeTheExactEmbeds()
{
    const QString sale = add(
        R"({"category":"sale","fields":{"amount":49.99,"customer":"john@example.com","plan":"PRO"},"description":"New sale completed!"})");
    const QString signup
        = add(R"({"category":"signup","fields":{"email":"user@example.com","plan":"FREE"}})");
    const QString error = add(
        R"({"category":"error","description":"Payment processing failed","fields":{"error_code":"PAYMENT_001","user_id":"12345"}})");
    startQueue(botDm());
    QVERIFY(RawClient::waitFor([&] { return Outbox(*m_db).pending(1)->isEmpty(); }, 5000));

    // A backlog of three goes as one message, embeds in the order the events came.
    QCOMPARE(m_discord->messages.size(), 1);
    const JsonValue &embeds = m_discord->messages.first().embeds;
    QCOMPARE(embeds.items().size(), size_t(3));
    const auto expected = [&](const QString &id, const QString &json) {
        return json.arg(Event::isoTime(stored(id).createdAt)).toUtf8();
    };
    QCOMPARE(embeds.items().at(0).toJson(),
        expected(sale,
            uR"({"title":"💰 Sale","description":"New sale completed!","color":16771899,"timestamp":"%1","fields":[{"name":"amount","value":"49.99","inline":true},{"name":"customer","value":"john@example.com","inline":true},{"name":"plan","value":"PRO","inline":true}]})"_s));
    QCOMPARE(embeds.items().at(1).toJson(),
        expected(signup,
            uR"({"title":"🔔 Signup","description":"A new signup event has occurred!","color":7101671,"timestamp":"%1","fields":[{"name":"email","value":"user@example.com","inline":true},{"name":"plan","value":"FREE","inline":true}]})"_s));
    QCOMPARE(embeds.items().at(2).toJson(),
        expected(error,
            uR"({"title":"🐞 Error","description":"Payment processing failed","color":16739179,"timestamp":"%1","fields":[{"name":"error_code","value":"PAYMENT_001","inline":true},{"name":"user_id","value":"12345","inline":true}]})"_s));

    for (const QString &id : {sale, signup, error}) {
        const Event e = stored(id);
        QCOMPARE(e.status, DeliveryStatus::Delivered);
        QCOMPARE(e.attempts, 1);
        QVERIFY(e.deliveredAt.isValid());
        QVERIFY(e.deliveryNonce.isEmpty());
    }
    // Sent as the bot, with the nonce that makes a resend safe.
    const FakeDiscord::Request &post = m_discord->requests.last();
    QCOMPARE(post.headers.value("authorization"), "Bot " + m_discord->botToken.toUtf8());
    QCOMPARE(post.body.find(u"nonce")->toString(), m_discord->messages.first().nonce);
    QVERIFY(post.body.find(u"enforce_nonce")->toBool());
}

void TestDelivery::embedLengthCountsWhatDiscordShows()
{
    Category sale;
    sale.name = u"sale"_s;
    sale.emoji = u"💰"_s;
    JsonValue fields = JsonValue::object();
    fields.insert(u"ab"_s, JsonValue::number(1.50));
    fields.insert(u"c"_s, JsonValue::boolean(true));
    // "💰 Sale" (7 UTF-16 units) + "12345" + "ab" + "1.5" + "c" + "true"
    QCOMPARE(DiscordEmbed::lengthFor(u"sale"_s, u"12345"_s, fields, &sale), 7 + 5 + 2 + 3 + 1 + 4);
    // No description: the default one counts ("A new sale event has occurred!", 30).
    QCOMPARE(DiscordEmbed::lengthFor(u"sale"_s, QString(), fields, &sale), 7 + 30 + 2 + 3 + 1 + 4);
    // A removed category: 🔔 and the event's category name.
    QCOMPARE(DiscordEmbed::lengthFor(u"gone"_s, u"x"_s, JsonValue::object(), nullptr), 7 + 1);
    Event e;
    e.category = u"sale"_s;
    e.fields = fields;
    QCOMPARE(DiscordEmbed::build(e, &sale).length, 7 + 30 + 2 + 3 + 1 + 4);
}

void TestDelivery::emptyDescriptionAndRemovedCategoryUseDefaults()
{
    const QString empty
        = add(R"({"category":"sale","description":"","fields":{"ok":true,"n":1.50}})");
    const QString orphan = add(R"({"category":"signup"})");
    QVERIFY(CategoryStore(*m_db).remove(u"signup"_s).ok());
    QVERIFY(m_profile->reload().ok());
    startQueue(botDm());
    QVERIFY(RawClient::waitFor([&] { return Outbox(*m_db).pending(1)->isEmpty(); }, 5000));
    const JsonValue &embeds = m_discord->messages.first().embeds;
    QCOMPARE(
        embeds.items().at(0).find(u"description")->toString(), u"A new sale event has occurred!"_s);
    QCOMPARE(embeds.items().at(0).find(u"fields")->toJson(),
        R"([{"name":"ok","value":"true","inline":true},{"name":"n","value":"1.5","inline":true}])"_ba);
    QCOMPARE(embeds.items().at(1).find(u"title")->toString(), u"🔔 Signup"_s);
    QCOMPARE(embeds.items().at(1).find(u"color")->toDouble(), double(Category::DefaultColor));
    Q_UNUSED(empty);
    Q_UNUSED(orphan);
}

void TestDelivery::tenLongestDigestEmbedsFitOneMessage()
{
    // The longest names, a long emoji, the longest descriptions, a count in the millions: a
    // digest's ten embeds still fit Discord's 6000 characters, each line cut with "…".
    QList<qsizetype> lengths;
    for (int i = 0; i < DiscordEmbed::MaxEmbedsPerMessage; ++i) {
        Category category;
        category.name = QString(Category::MaxNameLength - 1, u'x') + QString::number(i);
        category.emoji = u"👩‍👩‍👧‍👦"_s;
        DigestEntry entry;
        entry.category = category.name;
        entry.count = 2500000;
        for (int j = 0; j < DiscordEmbed::DigestLatest; ++j) {
            Event e;
            e.category = category.name;
            e.description = QString(4000, u'd');
            e.createdAt = QDateTime::currentDateTimeUtc();
            entry.latest << e;
        }
        const DiscordEmbed embed = DiscordEmbed::digest(entry, &category);
        const QString description = embed.json.find(u"description")->toString();
        QCOMPARE(embed.length, embed.json.find(u"title")->toString().size() + description.size());
        QVERIFY(description.contains(u"d…"_s));
        QVERIFY(description.contains(u"2499997"_s)); // "…and 2,499,997 more"
        lengths << embed.length;
    }
    QCOMPARE(DiscordEmbed::batchSize(lengths), DiscordEmbed::MaxEmbedsPerMessage);
}

void TestDelivery::dmChannelIsCreatedOnce()
{
    startQueue(botDm());
    for (int i = 0; i < 3; ++i) {
        add(R"({"category":"sale"})");
        m_queue->wake();
        QVERIFY(RawClient::waitFor([&] { return m_discord->messages.size() == i + 1; }, 5000));
    }
    QCOMPARE(m_discord->dmChannelsCreated, 1);
    // A restart finds the channel in the database.
    startQueue(botDm());
    add(R"({"category":"sale"})");
    m_queue->wake();
    QVERIFY(RawClient::waitFor([&] { return m_discord->messages.size() == 4; }, 5000));
    QCOMPARE(m_discord->dmChannelsCreated, 1);
}

void TestDelivery::rateLimitIsWaitedOut()
{
    FakeDiscord::Scripted limited {429, JsonValue::object(), 0.6};
    limited.body.insert(u"message"_s, JsonValue::string(u"You are being rate limited."_s));
    limited.body.insert(u"retry_after"_s, JsonValue::number(0.6));
    limited.body.insert(u"global"_s, JsonValue::boolean(false));
    m_discord->script(limited);
    const QString id = add(R"({"category":"sale"})");
    startQueue(botDm());
    QVERIFY(
        RawClient::waitFor([&] { return stored(id).status == DeliveryStatus::Delivered; }, 5000));

    QList<qint64> posts;
    for (const auto &r : std::as_const(m_discord->requests)) {
        if (r.path.endsWith(u"/messages"_s))
            posts << r.atMs;
    }
    QCOMPARE(posts.size(), 2);
    QVERIFY2(posts[1] - posts[0] >= 600, qPrintable(QString::number(posts[1] - posts[0])));
    QCOMPARE(stored(id).attempts, 1); // a 429 is not the event's failed attempt
}

void TestDelivery::burstIsCoalescedWithoutProvokingA429()
{
    m_discord->channelLimit = 5;
    m_discord->channelWindowMs = 1000;
    QStringList ids;
    for (int i = 0; i < 200; ++i)
        ids << add(R"({"category":"sale","fields":{"n":)" + QByteArray::number(i) + "}}");
    QElapsedTimer timer;
    timer.start();
    startQueue(botDm());
    QVERIFY(RawClient::waitFor([&] { return Outbox(*m_db).pending(1)->isEmpty(); }, 20000));
    qInfo("200 events drained in %lld ms", timer.elapsed());

    QCOMPARE(m_discord->rateLimited, 0);
    QCOMPARE(m_discord->messages.size(), 20); // ten embeds a message
    QStringList seen;
    for (const auto &m : std::as_const(m_discord->messages)) {
        QVERIFY(m.embeds.items().size() <= 10);
        for (const JsonValue &e : m.embeds.items())
            seen << e.find(u"fields")->items().at(0).find(u"value")->toString();
    }
    QCOMPARE(seen.size(), 200);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(seen.at(i), QString::number(i)); // each once, in order
    EventQuery delivered;
    delivered.status = DeliveryStatus::Delivered;
    QCOMPARE(EventStore(*m_db).count(delivered).value(), 200);
}

void TestDelivery::discordDownThenBackDeliversEverything()
{
    m_discord->down = true;
    const QString a = add(R"({"category":"sale"})");
    const QString b = add(R"({"category":"signup"})");
    startQueue(botDm());
    // Every try is counted on the waiting events, with the reason, and they stay pending.
    QVERIFY(RawClient::waitFor([&] { return stored(a).attempts >= 2; }, 5000));
    QCOMPARE(stored(a).status, DeliveryStatus::Pending);
    QVERIFY2(stored(a).error.contains(u"could not be reached"_s), qPrintable(stored(a).error));
    QVERIFY2(stored(a).error.contains(u"trying again"_s), qPrintable(stored(a).error));
    m_discord->down = false;
    QVERIFY(RawClient::waitFor([&] { return Outbox(*m_db).pending(1)->isEmpty(); }, 5000));
    QCOMPARE(stored(a).status, DeliveryStatus::Delivered);
    QCOMPARE(stored(b).status, DeliveryStatus::Delivered);
    QCOMPARE(m_discord->messages.size(), 1);
    // The history tells the story: tries that will be repeated, then the message Discord made.
    const QList<DeliveryAttempt> steps = EventStore(*m_db).history(a).value();
    QCOMPARE(steps.size(), stored(a).attempts);
    QCOMPARE(steps.constLast().outcome, DeliveryAttempt::Outcome::Delivered);
    QCOMPARE(steps.constLast().detail, m_discord->messages.constFirst().id);
    for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
        QCOMPARE(steps[i].outcome, DeliveryAttempt::Outcome::Retrying);
        QVERIFY(steps[i].detail.contains(u"could not be reached"_s));
    }
}

void TestDelivery::serverErrorsBackOffAndRecover()
{
    const QString id = add(R"({"category":"sale"})");
    startQueue(botDm());
    QVERIFY(
        RawClient::waitFor([&] { return stored(id).status == DeliveryStatus::Delivered; }, 5000));
    m_discord->serverErrors = true;
    const QString second = add(R"({"category":"sale"})");
    m_queue->wake();
    QVERIFY(RawClient::waitFor([&] { return stored(second).attempts >= 3; }, 5000));
    // Backing off: the gaps between attempts grow.
    QList<qint64> times;
    for (const auto &r : std::as_const(m_discord->requests)) {
        if (r.status == 502)
            times << r.atMs;
    }
    QVERIFY(times.size() >= 3);
    QVERIFY2(times[2] - times[1] > times[1] - times[0], "no exponential backoff");
    QVERIFY(stored(second).error.contains(u"HTTP 502"_s));
    m_discord->serverErrors = false;
    QVERIFY(RawClient::waitFor(
        [&] { return stored(second).status == DeliveryStatus::Delivered; }, 5000));
    Q_UNUSED(id);
}

void TestDelivery::refusedDmFailsWithoutHammering()
{
    m_discord->usersRefusingDms.insert(u"222222222222222222"_s);
    DeliveryQueue::Destination d = botDm();
    d.userId = u"222222222222222222"_s;
    QStringList ids;
    for (int i = 0; i < 30; ++i)
        ids << add(R"({"category":"sale"})");
    startQueue(d);
    QVERIFY(RawClient::waitFor([&] { return Outbox(*m_db).pending(1)->isEmpty(); }, 5000));
    QCOMPARE(m_discord->messagePosts(), 1); // one try, not thirty
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(stored(id).status, DeliveryStatus::Failed);
        QVERIFY2(stored(id).error.contains(u"direct messages"_s), qPrintable(stored(id).error));
    }
}

void TestDelivery::badTokenFailsAndPausesUntilTheTokenChanges()
{
    const QString first = add(R"({"category":"sale"})");
    startQueue(
        botDm(u"MTExMTExMTExMTExMTExMTEx.Gwrong.wrongwrongwrongwrongwrongwrongwrongwrong"_s));
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_queue->state(), DeliveryQueue::State::Paused);
    QVERIFY(m_queue->pauseReason().contains(u"pingpanda token set"_s));
    QCOMPARE(stored(first).status, DeliveryStatus::Failed);
    QVERIFY(stored(first).error.contains(u"401"_s));

    const int requestsSoFar = int(m_discord->requests.size());
    const QString second = add(R"({"category":"sale"})");
    m_queue->wake();
    QTest::qWait(300);
    QCOMPARE(int(m_discord->requests.size()), requestsSoFar); // no hammering with a bad token
    QCOMPARE(stored(second).status, DeliveryStatus::Pending);

    m_queue->setDestination(botDm()); // the user set the right token
    QVERIFY(RawClient::waitFor(
        [&] { return stored(second).status == DeliveryStatus::Delivered; }, 5000));
    // And the event that failed on the rejected token goes out too, once.
    QVERIFY(RawClient::waitFor(
        [&] { return stored(first).status == DeliveryStatus::Delivered; }, 5000));
    const auto embedsSent = [&] {
        qsizetype n = 0;
        for (const FakeDiscord::Message &m : std::as_const(m_discord->messages))
            n += qsizetype(m.embeds.items().size());
        return n;
    };
    QTest::qWait(200);
    QCOMPARE(embedsSent(), 2);
    m_queue->setDestination(botDm()); // the same again: nothing more
    QTest::qWait(200);
    QCOMPARE(embedsSent(), 2);
}

void TestDelivery::webhookDelivers()
{
    const QString id = add(R"({"category":"sale","description":"via webhook"})");
    DeliveryQueue::Destination d;
    d.kind = DeliveryQueue::Destination::Kind::Webhook;
    d.webhook = m_discord->webhookUrl();
    d.apiBase = m_discord->apiBase();
    startQueue(d);
    QVERIFY(
        RawClient::waitFor([&] { return stored(id).status == DeliveryStatus::Delivered; }, 5000));
    const FakeDiscord::Request &post = m_discord->requests.last();
    QCOMPARE(post.query, u"wait=true"_s);
    QVERIFY(!post.headers.contains("authorization")); // a webhook needs no token
    QCOMPARE(m_discord->messages.first().embeds.items().at(0).find(u"description")->toString(),
        u"via webhook"_s);
}

void TestDelivery::deletedWebhookFailsAndPausesUntilTheUrlChanges()
{
    const QString first = add(R"({"category":"sale"})");
    DeliveryQueue::Destination d;
    d.kind = DeliveryQueue::Destination::Kind::Webhook;
    d.webhook = m_discord->unknownWebhookUrl();
    d.apiBase = m_discord->apiBase();
    startQueue(d);
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_queue->state(), DeliveryQueue::State::Paused);
    QCOMPARE(stored(first).status, DeliveryStatus::Failed);
    QVERIFY2(stored(first).error.contains(u"webhook no longer exists"_s),
        qPrintable(stored(first).error));
    const QString second = add(R"({"category":"sale"})");
    m_queue->wake();
    QTest::qWait(300);
    QCOMPARE(m_discord->messagePosts(), 1); // not called again
    d.webhook = m_discord->webhookUrl();
    m_queue->setDestination(d);
    QVERIFY(RawClient::waitFor(
        [&] { return stored(second).status == DeliveryStatus::Delivered; }, 5000));
    QVERIFY(RawClient::waitFor(
        [&] { return stored(first).status == DeliveryStatus::Delivered; }, 5000));
}

void TestDelivery::resendAfterACrashPostsOnce()
{
    // The state a crash leaves: events promised to a message (nonce recorded) that reached
    // Discord, but the app died before it could mark them delivered.
    const QString a = add(R"({"category":"sale"})");
    const QString b = add(R"({"category":"sale"})");
    const QString nonce = a + u"-0"_s;
    QVERIFY(Outbox(*m_db).assignNonce({a, b}, nonce).ok());
    DiscordClient client;
    client.setApiBase(m_discord->apiBase());
    client.setToken(m_discord->botToken);
    bool posted = false;
    client.createDmChannel(m_discord->userId, [&](const DiscordReply &channel) {
        JsonValue embeds = JsonValue::array();
        embeds.append(DiscordEmbed::build(stored(a), m_profile->category(u"sale"_s)).json);
        embeds.append(DiscordEmbed::build(stored(b), m_profile->category(u"sale"_s)).json);
        client.sendMessage(
            channel.id(), embeds, nonce, [&](const DiscordReply &) { posted = true; });
    });
    QVERIFY(RawClient::waitFor([&] { return posted; }, 5000));
    QCOMPARE(m_discord->messages.size(), 1);

    // A new event arrived meanwhile; it must not join the promised message.
    const QString c = add(R"({"category":"sale"})");
    startQueue(botDm()); // the restart
    QVERIFY(RawClient::waitFor([&] { return Outbox(*m_db).pending(1)->isEmpty(); }, 5000));
    QCOMPARE(m_discord->messages.size(), 2); // the repeat was answered with the first message
    QCOMPARE(m_discord->messages.at(0).embeds.items().size(), size_t(2));
    QCOMPARE(m_discord->messages.at(1).embeds.items().size(), size_t(1));
    for (const QString &id : {a, b, c})
        QCOMPARE(stored(id).status, DeliveryStatus::Delivered);
}

void TestDelivery::rejectedCombinedMessageIsSentOneByOne()
{
    FakeDiscord::Scripted invalid {400, JsonValue::object()};
    invalid.body.insert(u"message"_s, JsonValue::string(u"Invalid Form Body"_s));
    invalid.body.insert(u"code"_s, JsonValue::number(50035));
    m_discord->script(invalid, 2); // the combined message, then the first single one
    const QString a = add(R"({"category":"sale"})");
    const QString b = add(R"({"category":"sale"})");
    startQueue(botDm());
    QVERIFY(RawClient::waitFor([&] { return Outbox(*m_db).pending(1)->isEmpty(); }, 5000));
    QCOMPARE(stored(a).status, DeliveryStatus::Failed);
    QVERIFY(stored(a).error.contains(u"Invalid Form Body"_s));
    QCOMPARE(stored(b).status, DeliveryStatus::Delivered);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"

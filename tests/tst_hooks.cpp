// Hooks (contract §5): each preset reads its sender's own sample payloads (tests/fixtures/hooks)
// into the expected description and fields, and POST /api/v1/hooks/<name> answers as the
// contract says, against a running instance, with real HTTP and the fake Discord.

#include "apitesthelpers.h"
#include "config/settings.h"
#include "hooks/hookreader.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/hookstore.h"
#include "testprofile.h"
#include "json/jsonparser.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void presetReadsSenderSamples_data();
    void presetReadsSenderSamples();
    void unreadablePayloadNamesWhatIsMissing_data();
    void unreadablePayloadNamesWhatIsMissing();
    void longPayloadIsCutToDiscordsLimits();

    void keyInUrlOrHeaderStoresTheEvent();
    void wrongOrMissingKeyIs401();
    void unknownOrRemovedHookIs404();
    void githubSignatureIsVerified();
    void githubPingStoresNothing();
    void unreadablePayloadIs422();
    void longPayloadIsAcceptedAndCut();
    void tunnelHostNeedsAllowedHosts();
    void lastPayloadIsKeptWithWhatItBecame();
    void eachHookHasItsOwnRateLimit();
    void hookEventReachesDiscord();

private:
    static QByteArray sample(const QString &path);
    QByteArray addHook(const QString &name, HookPreset preset, const QString &category = u"sale"_s);
    HttpReply post(const QString &pathAndQuery, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QList<Event> events();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_nam;
};

void TestHooks::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    auto instance = m_profile->startInstance();
    QVERIFY(instance.ok());
    m_instance = std::move(instance).value();
    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestHooks::cleanup()
{
    m_instance.reset();
    m_db.reset();
    m_profile.reset();
}

QByteArray TestHooks::sample(const QString &path)
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/fixtures/hooks/"_s + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(path));
    return file.readAll();
}

QByteArray TestHooks::addHook(const QString &name, HookPreset preset, const QString &category)
{
    // Made through another connection, as `pingpanda hook add` would.
    Result<QString> key = HookStore(*m_db).add(name, category, preset);
    return key ? key->toLatin1() : QByteArray();
}

HttpReply TestHooks::post(const QString &pathAndQuery, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append({"Content-Type"_ba, "application/json"_ba});
    return httpRequest(m_nam, "POST"_ba, QUrl(m_instance->url() + pathAndQuery), body, all);
}

QList<Event> TestHooks::events()
{
    return EventStore(*m_db).list({}).value();
}

void TestHooks::presetReadsSenderSamples_data()
{
    QTest::addColumn<HookPreset>("preset");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("githubEvent");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QByteArray>("fields");

    const auto github = [](const char *tag, const QString &file, const QString &event,
                            const QString &description, const QByteArray &fields) {
        QTest::newRow(tag) << HookPreset::GitHub << u"github/"_s + file << event << description
                           << fields;
    };
    github("push, new branch", u"push-new-branch.json"_s, u"push"_s,
        u"Codertocat pushed 1 commit to master in Codertocat/Hello-World\n\n`6113728` Initial "
        "commit — Codertocat"_s,
        R"({"repository":"Codertocat/Hello-World","branch":"master","commits":1,"compare":"https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246"})");
    github("push, deleted tag", u"push-deleted-tag.json"_s, u"push"_s,
        u"Codertocat deleted tag simple-tag in Codertocat/Hello-World"_s,
        R"({"repository":"Codertocat/Hello-World","tag":"simple-tag","commits":0,"compare":"https://github.com/Codertocat/Hello-World/compare/6113728f27ae...000000000000"})");
    github("workflow_run completed", u"workflow_run-completed.json"_s, u"workflow_run"_s,
        u"Workflow test succeeded on master in octo-org/octo-repo\n\nci(action): update "
        "actions/setup-node digest to 8c91899"_s,
        R"({"repository":"octo-org/octo-repo","workflow":"test","branch":"master","result":"success","run":"#163","url":"https://github.com/octo-org/octo-repo/actions/runs/289782451"})");
    github("issues opened", u"issues-opened.json"_s, u"issues"_s,
        u"Codertocat opened issue #1 in Codertocat/Hello-World: Spelling error in the README "
        "file\n\nIt looks like you accidently spelled 'commit' with two 't's."_s,
        R"({"repository":"Codertocat/Hello-World","issue":"#1","labels":"bug","url":"https://github.com/Codertocat/Hello-World/issues/1"})");
    github("pull_request opened", u"pull_request-opened.json"_s, u"pull_request"_s,
        u"Codertocat opened pull request #2 in Codertocat/Hello-World: Update the README with "
        "new information.\n\nThis is a pretty simple change that we need to pull into master."_s,
        R"({"repository":"Codertocat/Hello-World","pull request":"#2","branches":"changes → master","url":"https://github.com/Codertocat/Hello-World/pull/2"})");
    github("pull_request closed", u"pull_request-closed.json"_s, u"pull_request"_s,
        u"Codertocat closed pull request #2 in Codertocat/Hello-World: Update the README with "
        "new information."_s,
        R"({"repository":"Codertocat/Hello-World","pull request":"#2","branches":"changes → master","url":"https://github.com/Codertocat/Hello-World/pull/2"})");
    github("release published", u"release-published.json"_s, u"release"_s,
        u"Codertocat published release 0.0.1 in Codertocat/Hello-World"_s,
        R"({"repository":"Codertocat/Hello-World","tag":"0.0.1","url":"https://github.com/Codertocat/Hello-World/releases/tag/0.0.1"})");

    QTest::newRow("grafana firing")
        << HookPreset::Grafana << u"grafana/firing.json"_s << QString()
        << u"🔥 Firing: High memory usage, High CPU usage\n\n• High memory usage: This alert was "
           "triggered for zone us-1\n• High CPU usage: This alert was triggered for zone eu-1"_s
        << R"({"status":"firing","firing":2,"resolved":0,"team":"blue","source":"https://play.grafana.org/alerting/1afz29v7z/edit"})"_ba;
    QTest::newRow("grafana resolved")
        << HookPreset::Grafana << u"grafana/resolved.json"_s << QString()
        << u"✅ Resolved: High memory usage\n\n• High memory usage: This alert was triggered for "
           "zone us-1"_s
        << R"({"status":"resolved","firing":0,"resolved":1,"team":"blue","zone":"us-1","source":"https://play.grafana.org/alerting/1afz29v7z/edit"})"_ba;

    QTest::newRow("uptime-kuma down")
        << HookPreset::UptimeKuma << u"uptime-kuma/down.json"_s << QString()
        << u"🔴 Shop checkout is down: timeout of 48000ms exceeded"_s
        << R"({"monitor":"Shop checkout","status":"down","address":"https://shop.example.com/health","time":"2026-03-10 15:02:11"})"_ba;
    QTest::newRow("uptime-kuma up")
        << HookPreset::UptimeKuma << u"uptime-kuma/up.json"_s << QString()
        << u"✅ Shop checkout is up: 200 - OK"_s
        << R"({"monitor":"Shop checkout","status":"up","address":"https://shop.example.com/health","ping":"182 ms","time":"2026-03-10 15:07:11"})"_ba;
    QTest::newRow("uptime-kuma ping monitor down")
        << HookPreset::UptimeKuma << u"uptime-kuma/ping-down.json"_s << QString()
        << u"🔴 NAS is down"_s
        << R"({"monitor":"NAS","status":"down","address":"192.168.1.20","time":"2026-03-11 02:15:40"})"_ba;
    QTest::newRow("uptime-kuma test button") << HookPreset::UptimeKuma << u"uptime-kuma/test.json"_s
                                             << QString() << u"My Webhook Testing"_s << "{}"_ba;
}

void TestHooks::presetReadsSenderSamples()
{
    QFETCH(HookPreset, preset);
    QFETCH(QString, file);
    QFETCH(QString, githubEvent);
    QFETCH(QString, description);
    QFETCH(QByteArray, fields);
    const Result<JsonValue> payload = JsonParser::parse(sample(file));
    QVERIFY(payload.ok());
    const Result<HookEvent> event = HookReader::read(preset, payload.value(), githubEvent);
    QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().message));
    QCOMPARE(event->description, description);
    QCOMPARE(event->fields.toJson(), fields);
    QVERIFY(!event->ignored);
}

void TestHooks::unreadablePayloadNamesWhatIsMissing_data()
{
    QTest::addColumn<HookPreset>("preset");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("githubEvent");
    QTest::addColumn<QString>("named");
    QTest::newRow("github without its header")
        << HookPreset::GitHub << sample(u"github/push-new-branch.json"_s) << QString()
        << u"X-GitHub-Event"_s;
    QTest::newRow("github push without ref")
        << HookPreset::GitHub << R"({"commits":[]})"_ba << u"push"_s << u"\"ref\""_s;
    QTest::newRow("grafana without alerts")
        << HookPreset::Grafana << R"({"title":"hello"})"_ba << QString() << u"\"alerts\""_s;
    QTest::newRow("uptime-kuma without msg")
        << HookPreset::UptimeKuma << R"({"name":"x"})"_ba << QString() << u"\"msg\""_s;
    QTest::newRow("generic, nothing to show")
        << HookPreset::Generic << R"({"nested":{"a":1}})"_ba << QString() << u"description"_s;
}

void TestHooks::unreadablePayloadNamesWhatIsMissing()
{
    QFETCH(HookPreset, preset);
    QFETCH(QByteArray, payload);
    QFETCH(QString, githubEvent);
    QFETCH(QString, named);
    const Result<HookEvent> event
        = HookReader::read(preset, JsonParser::parse(payload).value(), githubEvent);
    QVERIFY(!event.ok());
    QCOMPARE(event.error().code, Error::Code::InvalidInput);
    QVERIFY2(event.error().message.contains(named), qPrintable(event.error().message));
}

void TestHooks::longPayloadIsCutToDiscordsLimits()
{
    JsonValue payload = JsonValue::object();
    payload.insert(u"description"_s, JsonValue::string(QString(10000, u'd')));
    JsonValue fields = JsonValue::object();
    for (int i = 0; i < 40; ++i)
        fields.insert(
            u"field %1 "_s.arg(i) + QString(300, u'n'), JsonValue::string(QString(2000, u'v')));
    payload.insert(u"fields"_s, std::move(fields));
    Result<HookEvent> read = HookReader::read(HookPreset::Generic, payload, {});
    QVERIFY(read.ok());
    HookEvent event = std::move(read).value();
    HookReader::fit(event, 5990);
    QVERIFY(event.description.size() <= 4096);
    QVERIFY(event.description.endsWith(u"…"_s));
    QVERIFY(event.fields.members().size() <= 25);
    qsizetype total = event.description.size();
    for (const auto &[name, value] : event.fields.members()) {
        QVERIFY(name.size() <= 256);
        QVERIFY(value.toString().size() <= 1024);
        QVERIFY(value.toString().endsWith(u"…"_s));
        total += name.size() + value.toString().size();
    }
    QVERIFY2(total <= 5990, qPrintable(QString::number(total)));
    QVERIFY(!event.fields.members().empty()); // cut, not emptied
}

void TestHooks::keyInUrlOrHeaderStoresTheEvent()
{
    const QByteArray key = addHook(u"deploys"_s, HookPreset::Generic);
    QVERIFY(key.size() > 64);
    const HttpReply inUrl = post(u"/api/v1/hooks/deploys?key="_s + QString::fromLatin1(key),
        R"({"description":"Deployed v2","fields":{"version":"2.0.1","minutes":3}})");
    QCOMPARE(inUrl.status, 200);
    QCOMPARE(inUrl.message(), u"Event processed successfully"_s);
    QVERIFY(!inUrl.json().find(u"eventId")->toString().isEmpty());
    const HttpReply inHeader = post(u"/api/v1/hooks/deploys"_s, R"({"text":"any JSON","ok":true})",
        {{"Authorization"_ba, "Bearer " + key}});
    QCOMPARE(inHeader.status, 200);

    const QList<Event> stored = events();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).category, u"sale"_s);
    QCOMPARE(stored.at(1).description, u"Deployed v2"_s);
    QCOMPARE(stored.at(1).fields.toJson(), R"({"version":"2.0.1","minutes":3})"_ba);
    QCOMPARE(stored.at(0).description, u"any JSON"_s);
    QCOMPARE(stored.at(0).fields.toJson(), R"({"ok":true})"_ba);
}

void TestHooks::wrongOrMissingKeyIs401()
{
    const QByteArray key = addHook(u"deploys"_s, HookPreset::Generic);
    QCOMPARE(post(u"/api/v1/hooks/deploys"_s, R"({"text":"x"})").status, 401);
    QCOMPARE(post(u"/api/v1/hooks/deploys?key=pph_wrong"_s, R"({"text":"x"})").status, 401);
    // The profile's API key is not a hook's key.
    QCOMPARE(post(u"/api/v1/hooks/deploys"_s, R"({"text":"x"})",
                 {{"Authorization"_ba, "Bearer " + m_profile->apiKey()}})
                 .status,
        401);
    QCOMPARE(events().size(), 0);
}

void TestHooks::unknownOrRemovedHookIs404()
{
    const QByteArray key = addHook(u"old"_s, HookPreset::Generic);
    const HttpReply unknown = post(u"/api/v1/hooks/nope?key="_s + QString::fromLatin1(key), "{}");
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.message().contains(u"no hook named \"nope\""_s));
    QCOMPARE(post(u"/api/v1/hooks/old?key="_s + QString::fromLatin1(key), R"({"text":"x"})").status,
        200);
    QVERIFY(HookStore(*m_db).remove(u"old"_s).ok());
    QCOMPARE(post(u"/api/v1/hooks/old?key="_s + QString::fromLatin1(key), R"({"text":"x"})").status,
        404);
}

void TestHooks::githubSignatureIsVerified()
{
    const QByteArray secret = addHook(u"github"_s, HookPreset::GitHub);
    const QByteArray body = sample(u"github/workflow_run-completed.json"_s);
    // Signed the way GitHub signs: HMAC-SHA256 of the body with the secret itself.
    const QByteArray signature = "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    const HttpReply signed_ = post(u"/api/v1/hooks/github"_s, body,
        {{"X-GitHub-Event"_ba, "workflow_run"_ba}, {"X-Hub-Signature-256"_ba, signature}});
    QCOMPARE(signed_.status, 200);
    QCOMPARE(events().value(0).description.section(u'\n', 0, 0),
        u"Workflow test succeeded on master in octo-org/octo-repo"_s);

    QByteArray tampered = body;
    tampered.replace("success", "failure");
    const HttpReply bad = post(u"/api/v1/hooks/github"_s, tampered,
        {{"X-GitHub-Event"_ba, "workflow_run"_ba}, {"X-Hub-Signature-256"_ba, signature}});
    QCOMPARE(bad.status, 401);
    QVERIFY(bad.message().contains(u"signature does not match"_s));
    const HttpReply unsigned_ = post(u"/api/v1/hooks/github?key="_s + QString::fromLatin1(secret),
        body, {{"X-GitHub-Event"_ba, "workflow_run"_ba}});
    QCOMPARE(unsigned_.status, 401);
    QCOMPARE(events().size(), 1);
}

void TestHooks::githubPingStoresNothing()
{
    const QByteArray secret = addHook(u"github"_s, HookPreset::GitHub);
    const QByteArray body = sample(u"github/ping.json"_s);
    const QByteArray signature = "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    const HttpReply ping = post(u"/api/v1/hooks/github"_s, body,
        {{"X-GitHub-Event"_ba, "ping"_ba}, {"X-Hub-Signature-256"_ba, signature}});
    QCOMPARE(ping.status, 200);
    QCOMPARE(events().size(), 0);
}

void TestHooks::unreadablePayloadIs422()
{
    const QByteArray key = addHook(u"alerts"_s, HookPreset::Grafana);
    const HttpReply reply
        = post(u"/api/v1/hooks/alerts?key="_s + QString::fromLatin1(key), R"({"title":"x"})");
    QCOMPARE(reply.status, 422);
    QVERIFY2(reply.message().contains(u"\"alerts\""_s), qPrintable(reply.message()));
    QCOMPARE(
        post(u"/api/v1/hooks/alerts?key="_s + QString::fromLatin1(key), "not json").status, 400);
    QCOMPARE(events().size(), 0);
}

void TestHooks::longPayloadIsAcceptedAndCut()
{
    const QByteArray key = addHook(u"logs"_s, HookPreset::Generic);
    const QByteArray body = R"({"message":")" + QByteArray(20000, 'x') + R"(","host":")"
        + QByteArray(3000, 'h') + R"("})";
    const HttpReply reply = post(u"/api/v1/hooks/logs?key="_s + QString::fromLatin1(key), body);
    QCOMPARE(reply.status, 200);
    const Event stored = events().value(0);
    QVERIFY(stored.description.size() <= 4096);
    QVERIFY(stored.description.endsWith(u"…"_s));
    QCOMPARE(stored.fields.find(u"host")->toString().size(), 1024);
}

void TestHooks::tunnelHostNeedsAllowedHosts()
{
    const QByteArray key = addHook(u"kuma"_s, HookPreset::UptimeKuma);
    const QList<QPair<QByteArray, QByteArray>> tunnel = {{"Host"_ba, "abc.ngrok-free.app"_ba}};
    const QString path = u"/api/v1/hooks/kuma?key="_s + QString::fromLatin1(key);
    const HttpReply refused = post(path, sample(u"uptime-kuma/down.json"_s), tunnel);
    QCOMPARE(refused.status, 421);
    QVERIFY(refused.message().contains(u"server.allowed-hosts"_s));
    QVERIFY(Settings(*m_db).set(Settings::Key::ServerAllowedHosts, u"ABC.ngrok-free.app"_s).ok());
    QCOMPARE(post(path, sample(u"uptime-kuma/down.json"_s), tunnel).status, 200);
    QCOMPARE(
        events().value(0).description, u"🔴 Shop checkout is down: timeout of 48000ms exceeded"_s);
    // Other names are still refused.
    QCOMPARE(
        post(path, sample(u"uptime-kuma/up.json"_s), {{"Host"_ba, "evil.example"_ba}}).status, 421);
}

void TestHooks::lastPayloadIsKeptWithWhatItBecame()
{
    const QByteArray key = addHook(u"alerts"_s, HookPreset::Grafana);
    const QByteArray firing = sample(u"grafana/firing.json"_s);
    QCOMPARE(post(u"/api/v1/hooks/alerts?key="_s + QString::fromLatin1(key), firing).status, 200);
    Hook hook = HookStore(*m_db).list().value().value(0);
    QVERIFY(hook.lastReceivedAt.isValid());
    QCOMPARE(hook.lastPayload, firing);
    QVERIFY(hook.lastOutcome.startsWith(u"🔥 Firing: High memory usage"_s));

    QCOMPARE(post(u"/api/v1/hooks/alerts?key="_s + QString::fromLatin1(key), "{}").status, 422);
    hook = HookStore(*m_db).list().value().value(0);
    QCOMPARE(hook.lastPayload, "{}"_ba);
    QVERIFY2(hook.lastOutcome.startsWith(u"Refused with 422"_s), qPrintable(hook.lastOutcome));
    // An unauthenticated request leaves no trace.
    QCOMPARE(post(u"/api/v1/hooks/alerts"_s, firing).status, 401);
    QCOMPARE(HookStore(*m_db).list().value().value(0).lastPayload, "{}"_ba);
}

void TestHooks::eachHookHasItsOwnRateLimit()
{
    QVERIFY(Settings(*m_db).set(Settings::Key::RateLimitPerMinute, u"1"_s).ok());
    const QByteArray a = addHook(u"a"_s, HookPreset::Generic);
    const QByteArray b = addHook(u"b"_s, HookPreset::Generic);
    QCOMPARE(
        post(u"/api/v1/hooks/a?key="_s + QString::fromLatin1(a), R"({"text":"1"})").status, 200);
    const HttpReply limited
        = post(u"/api/v1/hooks/a?key="_s + QString::fromLatin1(a), R"({"text":"2"})");
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.headers.value("retry-after").isEmpty());
    QCOMPARE(
        post(u"/api/v1/hooks/b?key="_s + QString::fromLatin1(b), R"({"text":"3"})").status, 200);
}

void TestHooks::hookEventReachesDiscord()
{
    const QByteArray key = addHook(u"kuma"_s, HookPreset::UptimeKuma);
    QCOMPARE(post(u"/api/v1/hooks/kuma?key="_s + QString::fromLatin1(key),
                 sample(u"uptime-kuma/up.json"_s))
                 .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(m_profile->discord().channelMessages().size(), 1, 10000);
    const QByteArray embed = m_profile->discord().channelMessages().first().embeds.toJson();
    QVERIFY2(embed.contains("Shop checkout is up: 200 - OK"), embed.constData());
    QVERIFY2(embed.contains(R"("name":"ping","value":"182 ms")"), embed.constData());
}

QTEST_GUILESS_MAIN(TestHooks)
#include "tst_hooks.moc"

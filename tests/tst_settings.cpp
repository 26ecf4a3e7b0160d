#include "config/profile.h"
#include "config/settings.h"
#include "domain/apikey.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyKeyOfTheContractIsThere();
    void defaults();
    void values_data();
    void values();
    void setPersistsAndUnsetRestoresDefault();
    void refusedValueChangesNothing();
    void typedReads();

    void apiKeyIsMadeOnceAndKept();
    void apiKeyRegenerates();
    void apiKeysAreRandom();
    void profileIdIsStableAndPerDataDir();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestSettings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSettings::everyKeyOfTheContractIsThere()
{
    QStringList names;
    for (const Settings::Spec &s : Settings::specs())
        names << s.name;
    QCOMPARE(names,
        (QStringList {u"discord.user-id"_s, u"discord.webhook-url"_s, u"discord.api-base"_s,
            u"server.port"_s, u"server.bind"_s, u"server.allowed-origins"_s,
            u"server.allowed-hosts"_s, u"ratelimit.per-minute"_s, u"quiet.hours"_s,
            u"history.keep-days"_s, u"history.max-events"_s}));
    QVERIFY(Settings::find(u"server.port") != nullptr);
    QVERIFY(Settings::find(u"server.prot") == nullptr);
}

void TestSettings::defaults()
{
    Settings settings(*m_db);
    QCOMPARE(settings.value(Settings::Key::ServerPort).value(), u"7788"_s);
    QCOMPARE(settings.value(Settings::Key::ServerBind).value(), u"127.0.0.1"_s);
    QCOMPARE(settings.value(Settings::Key::RateLimitPerMinute).value(), u"120"_s);
    QCOMPARE(
        settings.value(Settings::Key::DiscordApiBase).value(), u"https://discord.com/api/v10"_s);
    QCOMPARE(settings.value(Settings::Key::DiscordUserId).value(), QString());
    QCOMPARE(settings.isSet(Settings::Key::ServerPort).value(), false);
}

void TestSettings::values_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored"); // null: refused

    QTest::newRow("port") << u"server.port"_s << u"8080"_s << u"8080"_s;
    QTest::newRow("port with spaces") << u"server.port"_s << u" 9000 "_s << u"9000"_s;
    QTest::newRow("port 1") << u"server.port"_s << u"1"_s << u"1"_s;
    QTest::newRow("port 65535") << u"server.port"_s << u"65535"_s << u"65535"_s;
    QTest::newRow("port 0") << u"server.port"_s << u"0"_s << QString();
    QTest::newRow("port 65536") << u"server.port"_s << u"65536"_s << QString();
    QTest::newRow("port word") << u"server.port"_s << u"http"_s << QString();
    QTest::newRow("port fraction") << u"server.port"_s << u"80.5"_s << QString();

    QTest::newRow("bind ipv4") << u"server.bind"_s << u"0.0.0.0"_s << u"0.0.0.0"_s;
    QTest::newRow("bind ipv6") << u"server.bind"_s << u"::1"_s << u"::1"_s;
    QTest::newRow("bind host name") << u"server.bind"_s << u"example.com"_s << QString();
    QTest::newRow("bind garbage") << u"server.bind"_s << u"999.1.1.1"_s << QString();

    QTest::newRow("user id") << u"discord.user-id"_s << u"123456789012345678"_s
                             << u"123456789012345678"_s;
    QTest::newRow("user id 17 digits")
        << u"discord.user-id"_s << u"12345678901234567"_s << u"12345678901234567"_s;
    QTest::newRow("user id too short") << u"discord.user-id"_s << u"12345"_s << QString();
    QTest::newRow("user id letters")
        << u"discord.user-id"_s << u"12345678901234567a"_s << QString();
    QTest::newRow("user id name") << u"discord.user-id"_s << u"panda#1234"_s << QString();
    QTest::newRow("user id arabic digits")
        << u"discord.user-id"_s << u"١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧"_s << QString();

    QTest::newRow("webhook") << u"discord.webhook-url"_s
                             << u"https://discord.com/api/webhooks/123/abc-DEF_ghi"_s
                             << u"https://discord.com/api/webhooks/123/abc-DEF_ghi"_s;
    QTest::newRow("webhook query dropped")
        << u"discord.webhook-url"_s << u"https://discord.com/api/webhooks/123/tok?wait=true"_s
        << u"https://discord.com/api/webhooks/123/tok"_s;
    QTest::newRow("webhook local http")
        << u"discord.webhook-url"_s << u"http://127.0.0.1:5000/api/webhooks/1/t"_s
        << u"http://127.0.0.1:5000/api/webhooks/1/t"_s;
    QTest::newRow("webhook remote http")
        << u"discord.webhook-url"_s << u"http://discord.com/api/webhooks/1/t"_s << QString();
    QTest::newRow("webhook not a webhook")
        << u"discord.webhook-url"_s << u"https://discord.com/channels/1/2"_s << QString();
    QTest::newRow("webhook no token")
        << u"discord.webhook-url"_s << u"https://discord.com/api/webhooks/123"_s << QString();
    QTest::newRow("webhook ftp") << u"discord.webhook-url"_s
                                 << u"ftp://discord.com/api/webhooks/1/t"_s << QString();

    QTest::newRow("api base") << u"discord.api-base"_s << u"https://discord.com/api/v10/"_s
                              << u"https://discord.com/api/v10"_s;
    QTest::newRow("api base local") << u"discord.api-base"_s << u"http://localhost:8123/api"_s
                                    << u"http://localhost:8123/api"_s;
    QTest::newRow("api base remote http")
        << u"discord.api-base"_s << u"http://example.com/api"_s << QString();
    QTest::newRow("api base words") << u"discord.api-base"_s << u"discord"_s << QString();

    QTest::newRow("origins") << u"server.allowed-origins"_s
                             << u"https://App.example.com, http://localhost:3000/"_s
                             << u"https://app.example.com,http://localhost:3000"_s;
    QTest::newRow("origins default port kept off")
        << u"server.allowed-origins"_s << u"https://example.com:443"_s << u"https://example.com"_s;
    QTest::newRow("origins empty") << u"server.allowed-origins"_s << u""_s << u""_s;
    QTest::newRow("origins with path")
        << u"server.allowed-origins"_s << u"https://example.com/app"_s << QString();
    QTest::newRow("origins wildcard") << u"server.allowed-origins"_s << u"*"_s << QString();
    QTest::newRow("hosts") << u"server.allowed-hosts"_s
                           << u"ABC.ngrok-free.app, hooks.example.com"_s
                           << u"abc.ngrok-free.app,hooks.example.com"_s;
    QTest::newRow("hosts with scheme")
        << u"server.allowed-hosts"_s << u"https://hooks.example.com"_s << QString();
    QTest::newRow("keep days") << u"history.keep-days"_s << u" 90 "_s << u"90"_s;
    QTest::newRow("keep days negative") << u"history.keep-days"_s << u"-1"_s << QString();
    QTest::newRow("max events") << u"history.max-events"_s << u"100000"_s << u"100000"_s;
    QTest::newRow("max events not a number") << u"history.max-events"_s << u"lots"_s << QString();
    QTest::newRow("hosts with port")
        << u"server.allowed-hosts"_s << u"hooks.example.com:443"_s << QString();

    QTest::newRow("rate limit") << u"ratelimit.per-minute"_s << u"600"_s << u"600"_s;
    QTest::newRow("rate limit off") << u"ratelimit.per-minute"_s << u"0"_s << u"0"_s;
    QTest::newRow("rate limit negative") << u"ratelimit.per-minute"_s << u"-1"_s << QString();
}

void TestSettings::values()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, stored);
    const Settings::Spec *spec = Settings::find(key);
    QVERIFY(spec);
    Settings settings(*m_db);
    Status s = settings.set(spec->key, input);
    QVERIFY2(s.ok() == !stored.isNull(), qPrintable(s.ok() ? u"accepted"_s : s.error().message));
    if (s.ok()) {
        QCOMPARE(settings.value(spec->key).value(), stored);
    } else {
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QVERIFY(s.error().message.contains(input.trimmed()) || input.isEmpty());
        QCOMPARE(settings.isSet(spec->key).value(), false);
    }
}

void TestSettings::setPersistsAndUnsetRestoresDefault()
{
    {
        Settings settings(*m_db);
        QVERIFY(settings.set(Settings::Key::ServerPort, u"9090"_s).ok());
        QVERIFY(settings.set(Settings::Key::ServerPort, u"9091"_s).ok()); // overwrite
    }
    m_db.reset();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    Settings settings(*m_db);
    QCOMPARE(settings.serverPort(), quint16(9091));
    QCOMPARE(settings.isSet(Settings::Key::ServerPort).value(), true);
    QVERIFY(settings.unset(Settings::Key::ServerPort).ok());
    QCOMPARE(settings.serverPort(), quint16(7788));
    QVERIFY(settings.unset(Settings::Key::ServerPort).ok()); // unsetting twice is fine
}

void TestSettings::refusedValueChangesNothing()
{
    Settings settings(*m_db);
    QVERIFY(settings.set(Settings::Key::RateLimitPerMinute, u"60"_s).ok());
    QVERIFY(!settings.set(Settings::Key::RateLimitPerMinute, u"lots"_s).ok());
    QCOMPARE(settings.rateLimitPerMinute(), 60);
}

void TestSettings::typedReads()
{
    Settings settings(*m_db);
    QVERIFY(settings.set(Settings::Key::ServerBind, u"::1"_s).ok());
    QVERIFY(
        settings
            .set(Settings::Key::ServerAllowedOrigins, u"http://localhost:3000,https://a.example"_s)
            .ok());
    QVERIFY(
        settings.set(Settings::Key::DiscordWebhookUrl, u"https://discord.com/api/webhooks/1/t"_s)
            .ok());
    QCOMPARE(settings.serverBind(), QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(settings.allowedOrigins(),
        (QStringList {u"http://localhost:3000"_s, u"https://a.example"_s}));
    QCOMPARE(settings.discordWebhookUrl(), QUrl(u"https://discord.com/api/webhooks/1/t"_s));
    QCOMPARE(settings.discordApiBase(), QUrl(u"https://discord.com/api/v10"_s));
    QVERIFY(settings.discordUserId().isEmpty());
}

void TestSettings::apiKeyIsMadeOnceAndKept()
{
    Result<QString> first = Profile(*m_db).apiKey();
    QVERIFY(first.ok());
    QVERIFY2(ApiKey::looksLikeKey(first.value()), qPrintable(first.value()));
    QCOMPARE(Profile(*m_db).apiKey().value(), first.value());
    auto other = Database::open(m_dir->path());
    QVERIFY(other.ok());
    QCOMPARE(Profile(*other.value()).apiKey().value(), first.value());
}

void TestSettings::apiKeyRegenerates()
{
    Profile profile(*m_db);
    const QString before = profile.apiKey().value();
    Result<QString> after = profile.regenerateApiKey();
    QVERIFY(after.ok());
    QVERIFY(after.value() != before);
    QVERIFY(ApiKey::looksLikeKey(after.value()));
    QCOMPARE(profile.apiKey().value(), after.value());
}

void TestSettings::apiKeysAreRandom()
{
    QSet<QString> keys;
    for (int i = 0; i < 1000; ++i)
        keys.insert(ApiKey::generate());
    QCOMPARE(keys.size(), 1000);
    // 43 base64url characters carry 258 bits; every position must vary.
    const QStringList sample(keys.cbegin(), keys.cend());
    for (int pos = 3; pos < sample.first().size() - 1; ++pos) {
        QSet<QChar> seen;
        for (const QString &k : sample)
            seen.insert(k.at(pos));
        QVERIFY2(seen.size() > 30, qPrintable(u"position %1 varies too little"_s.arg(pos)));
    }
}

void TestSettings::profileIdIsStableAndPerDataDir()
{
    const QString id = Profile(*m_db).profileId().value();
    QCOMPARE(id.size(), 32);
    QCOMPARE(Profile(*m_db).profileId().value(), id);
    QTemporaryDir otherDir;
    auto other = Database::open(otherDir.path());
    QVERIFY(other.ok());
    QVERIFY(Profile(*other.value()).profileId().value() != id);
    QVERIFY(Profile(*other.value()).apiKey().value() != Profile(*m_db).apiKey().value());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

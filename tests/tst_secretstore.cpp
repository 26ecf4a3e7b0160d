// SecretStore and `pingpanda token` against a real Secret Service: CTest runs this under
// tests/with-keyring.sh (gnome-keyring-daemon in a private D-Bus session).

#include "apitesthelpers.h"
#include "config/profile.h"
#include "config/settings.h"
#include "fakediscord.h"
#include "platform/secretstore.h"
#include "storage/categorystore.h"
#include "storage/database.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Token = u"MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789ABCD"_s;
const QString OtherToken
    = u"OTg3NjU0MzIxMDk4NzY1NDMy.Gzyxwv.ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxw"_s;
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writeReadClear();
    void profilesDoNotShareAToken();
    void environmentVariableWins();
    void tokenShapeIsChecked_data();
    void tokenShapeIsChecked();
    void cliTokenSetReadsStdinAndKeepsTheSecretOutOfFiles();
    void cliTokenSetRefusesWhatIsNotAToken();
    void cliSaysWhenThereIsNoKeychain();
    void tokenSetReachesARunningInstance();
    void userIdSetLaterReadsTheSavedToken();

private:
    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run cli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env = {});

    QString m_id;
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/with-keyring.sh: these tests need a real Secret Service");
}

void TestSecretStore::init()
{
    qunsetenv(SecretStore::EnvironmentVariable);
    static int n = 0;
    m_id = u"test-profile-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++n);
}

TestSecretStore::Run TestSecretStore::cli(
    const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PINGPANDA_BINARY), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestSecretStore::writeReadClear()
{
    SecretStore store(m_id);
    SecretStore::Reading before = store.readTokenNow();
    QCOMPARE(before.state, SecretStore::State::NotSet);
    QVERIFY(before.token.isEmpty());
    QVERIFY(before.message.contains(u"pingpanda token set"_s));

    SecretStore::Outcome written = store.writeTokenNow(Token);
    QVERIFY2(written.ok, qPrintable(written.message));
    SecretStore::Reading after = store.readTokenNow();
    QCOMPARE(after.state, SecretStore::State::Stored);
    QCOMPARE(after.token, Token);

    QVERIFY(store.writeTokenNow(OtherToken).ok); // replacing
    QCOMPARE(store.readTokenNow().token, OtherToken);

    SecretStore::Outcome cleared = store.clearTokenNow();
    QVERIFY(cleared.ok);
    QVERIFY(cleared.message.contains(u"removed"_s));
    QCOMPARE(store.readTokenNow().state, SecretStore::State::NotSet);
    SecretStore::Outcome again = store.clearTokenNow();
    QVERIFY(again.ok);
    QVERIFY(again.message.contains(u"No Discord bot token was stored"_s));
}

void TestSecretStore::profilesDoNotShareAToken()
{
    SecretStore a(m_id + u"-a"_s);
    SecretStore b(m_id + u"-b"_s);
    QVERIFY(a.key() != b.key());
    QVERIFY(a.writeTokenNow(Token).ok);
    QCOMPARE(b.readTokenNow().state, SecretStore::State::NotSet);
    QVERIFY(b.writeTokenNow(OtherToken).ok);
    QCOMPARE(a.readTokenNow().token, Token);
    QVERIFY(a.clearTokenNow().ok);
    QCOMPARE(b.readTokenNow().token, OtherToken);
    QVERIFY(b.clearTokenNow().ok);
}

void TestSecretStore::environmentVariableWins()
{
    SecretStore store(m_id);
    QVERIFY(store.writeTokenNow(Token).ok);
    qputenv(SecretStore::EnvironmentVariable, OtherToken.toLatin1());
    SecretStore::Reading r = store.readTokenNow();
    QCOMPARE(r.state, SecretStore::State::FromEnvironment);
    QCOMPARE(r.token, OtherToken);
    QVERIFY(r.message.contains(u"environment variable PINGPANDA_DISCORD_TOKEN"_s));
    qunsetenv(SecretStore::EnvironmentVariable);
    QCOMPARE(store.readTokenNow().token, Token);
    QVERIFY(store.clearTokenNow().ok);
}

void TestSecretStore::tokenShapeIsChecked_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("ok");
    QTest::newRow("bot token") << Token << true;
    QTest::newRow("user id") << u"123456789012345678"_s << false;
    QTest::newRow("two parts")
        << u"MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDEabcdefghijklmnopqrstuvwxyz0123456789ABCD"_s << false;
    QTest::newRow("with Bot prefix") << u"Bot "_s + Token << false;
    QTest::newRow("truncated") << Token.left(30) << false;
    QTest::newRow("empty part")
        << u"MTIzNDU2Nzg5MDEyMzQ1Njc4..abcdefghijklmnopqrstuvwxyz0123456789ABCDEF"_s << false;
}

void TestSecretStore::tokenShapeIsChecked()
{
    QFETCH(QString, token);
    QFETCH(bool, ok);
    QCOMPARE(SecretStore::looksLikeBotToken(token), ok);
}

void TestSecretStore::cliTokenSetReadsStdinAndKeepsTheSecretOutOfFiles()
{
    QTemporaryDir dir;
    const QStringList base {u"--data-dir"_s, dir.path()};
    Run r = cli(base + QStringList {u"token"_s, u"set"_s}, Token.toLatin1() + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"saved in the keychain"_s), qPrintable(r.out + r.err));
    QVERIFY(!r.out.contains(Token) && !r.err.contains(Token));

    // It is in the keychain under this profile's id...
    QString profileId;
    {
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        profileId = Profile(*db.value()).profileId().value();
    }
    QCOMPARE(SecretStore(profileId).readTokenNow().token, Token);
    // ...and in no file of the data folder (database, WAL, anything).
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(Token.toLatin1()), qPrintable(f.fileName()));
    }

    r = cli(base + QStringList {u"token"_s, u"clear"_s}, {});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(SecretStore(profileId).readTokenNow().state, SecretStore::State::NotSet);
}

void TestSecretStore::cliTokenSetRefusesWhatIsNotAToken()
{
    QTemporaryDir dir;
    Run r = cli({u"--data-dir"_s, dir.path(), u"token"_s, u"set"_s}, "123456789012345678\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"does not look like a Discord bot token"_s), qPrintable(r.err));
    r = cli({u"--data-dir"_s, dir.path(), u"token"_s, u"set"_s}, {});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"No token was given"_s));
    // No argument form: a token on the command line would be a usage error.
    r = cli({u"--data-dir"_s, dir.path(), u"token"_s, u"set"_s, Token}, {});
    QCOMPARE(r.exitCode, 2);
}

void TestSecretStore::cliSaysWhenThereIsNoKeychain()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    env.remove(u"DISPLAY"_s);
    const Run r
        = cli({u"--data-dir"_s, dir.path(), u"token"_s, u"set"_s}, Token.toLatin1() + '\n', env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No keychain is available"_s)
            && r.err.contains(u"PINGPANDA_DISCORD_TOKEN"_s),
        qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
}

void TestSecretStore::tokenSetReachesARunningInstance()
{
    QTemporaryDir dir;
    FakeDiscord discord;
    QVERIFY(discord.start() > 0);
    QByteArray key;
    {
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        Category sale;
        sale.name = u"sale"_s;
        QVERIFY(CategoryStore(*db.value()).add(sale).ok());
        QVERIFY(Settings(*db.value()).set(Settings::Key::DiscordUserId, discord.userId).ok());
        key = Profile(*db.value()).apiKey()->toLatin1();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINGPANDA_DISCORD_API_BASE"_s, discord.apiBase().toString());
    QProcess server;
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(PINGPANDA_BINARY),
        {u"--data-dir"_s, dir.path(), u"--headless"_s, u"--port"_s, u"0"_s});
    QVERIFY(RawClient::waitFor([&] { return server.canReadLine(); }, 10000));
    const QString base = QString::fromUtf8(server.readLine()).trimmed().section(u' ', 3);
    QVERIFY2(base.startsWith(u"http://"_s), qPrintable(base));

    QNetworkAccessManager network;
    const auto post = [&] {
        return httpRequest(network, "POST", QUrl(base + u"/api/v1/events"_s),
            R"({"category":"sale"})",
            {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}});
    };
    // A user ID without a token is no destination yet.
    QCOMPARE(post().status, 403);

    QProcess cliProcess;
    cliProcess.setProcessEnvironment(env);
    cliProcess.start(
        QStringLiteral(PINGPANDA_BINARY), {u"--data-dir"_s, dir.path(), u"token"_s, u"set"_s});
    cliProcess.write(discord.botToken.toUtf8() + '\n');
    cliProcess.closeWriteChannel();
    QVERIFY(RawClient::waitFor([&] { return cliProcess.state() == QProcess::NotRunning; }, 10000));
    QCOMPARE(cliProcess.exitCode(), 0);

    // The running instance reads the new token without a restart.
    int status = 0;
    QVERIFY(RawClient::waitFor(
        [&] {
            status = post().status;
            return status == 200;
        },
        10000));
    QVERIFY(RawClient::waitFor([&] { return discord.messages.size() == 1; }, 10000));
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

// A webhook user's instance leaves the keychain alone; the token is read once a user ID makes it
// of use, and then events go out as DMs without a restart.
void TestSecretStore::userIdSetLaterReadsTheSavedToken()
{
    QTemporaryDir dir;
    FakeDiscord discord;
    QVERIFY(discord.start() > 0);
    QByteArray key;
    {
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        Category sale;
        sale.name = u"sale"_s;
        QVERIFY(CategoryStore(*db.value()).add(sale).ok());
        key = Profile(*db.value()).apiKey()->toLatin1();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINGPANDA_DISCORD_API_BASE"_s, discord.apiBase().toString());
    const Run saved = cli(
        {u"--data-dir"_s, dir.path(), u"token"_s, u"set"_s}, discord.botToken.toUtf8() + '\n', env);
    QCOMPARE(saved.exitCode, 0);

    QProcess server;
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(PINGPANDA_BINARY),
        {u"--data-dir"_s, dir.path(), u"--headless"_s, u"--port"_s, u"0"_s});
    QVERIFY(RawClient::waitFor([&] { return server.canReadLine(); }, 10000));
    const QString base = QString::fromUtf8(server.readLine()).trimmed().section(u' ', 3);
    QVERIFY2(base.startsWith(u"http://"_s), qPrintable(base));
    QNetworkAccessManager network;
    const auto post = [&] {
        return httpRequest(network, "POST", QUrl(base + u"/api/v1/events"_s),
            R"({"category":"sale"})",
            {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}});
    };
    QCOMPARE(post().status, 403); // a token but no user ID: nowhere to send

    const Run set = cli(
        {u"--data-dir"_s, dir.path(), u"config"_s, u"set"_s, u"discord.user-id"_s, discord.userId},
        {}, env);
    QCOMPARE(set.exitCode, 0);
    int status = 0;
    QVERIFY(RawClient::waitFor(
        [&] {
            status = post().status;
            return status == 200;
        },
        10000));
    QVERIFY(RawClient::waitFor([&] { return discord.messages.size() == 1; }, 10000));
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

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

namespace {

// A profile with the category "sale" whose `pingpanda --headless` delivers to a fake Discord.
struct HeadlessProfile
{
    QTemporaryDir dir;
    FakeDiscord discord;
    QByteArray key;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess server;
    QString base;
    QNetworkAccessManager network;

    bool create(bool withUserId)
    {
        if (discord.start() == 0)
            return false;
        env.insert(u"PINGPANDA_DISCORD_API_BASE"_s, discord.apiBase().toString());
        auto db = Database::open(dir.path());
        if (!db)
            return false;
        Category sale;
        sale.name = u"sale"_s;
        if (!CategoryStore(*db.value()).add(sale).ok())
            return false;
        if (withUserId
            && !Settings(*db.value()).set(Settings::Key::DiscordUserId, discord.userId).ok())
            return false;
        key = Profile(*db.value()).apiKey()->toLatin1();
        return true;
    }
    // Starts the server; true once its ready line gave the address.
    bool serve()
    {
        server.setProcessEnvironment(env);
        server.start(QStringLiteral(PINGPANDA_BINARY),
            {u"--data-dir"_s, dir.path(), u"--headless"_s, u"--port"_s, u"0"_s});
        if (!RawClient::waitFor([&] { return server.canReadLine(); }, 10000))
            return false;
        base = QString::fromUtf8(server.readLine()).trimmed().section(u' ', 3);
        return base.startsWith(u"http://"_s);
    }
    int postSale()
    {
        return httpRequest(network, "POST", QUrl(base + u"/api/v1/events"_s),
            R"({"category":"sale"})",
            {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}})
            .status;
    }
    // Posts until the answer is 200 (the instance has picked up a change), up to 10 s.
    bool acceptsEvents()
    {
        return RawClient::waitFor([&] { return postSale() == 200; }, 10000);
    }
    ~HeadlessProfile()
    {
        server.terminate();
        server.waitForFinished(5000);
    }
};

} // namespace

void TestSecretStore::tokenSetReachesARunningInstance()
{
    HeadlessProfile p;
    QVERIFY(p.create(true));
    QVERIFY(p.serve());
    // A user ID without a token is no destination yet.
    QCOMPARE(p.postSale(), 403);

    const Run saved = cli({u"--data-dir"_s, p.dir.path(), u"token"_s, u"set"_s},
        p.discord.botToken.toUtf8() + '\n', p.env);
    QCOMPARE(saved.exitCode, 0);
    // The running instance reads the new token without a restart.
    QVERIFY(p.acceptsEvents());
    QVERIFY(RawClient::waitFor([&] { return p.discord.messages.size() == 1; }, 10000));
}

// A webhook user's instance leaves the keychain alone; the token is read once a user ID makes it
// of use, and then events go out as DMs without a restart.
void TestSecretStore::userIdSetLaterReadsTheSavedToken()
{
    HeadlessProfile p;
    QVERIFY(p.create(false));
    const Run saved = cli({u"--data-dir"_s, p.dir.path(), u"token"_s, u"set"_s},
        p.discord.botToken.toUtf8() + '\n', p.env);
    QCOMPARE(saved.exitCode, 0);
    QVERIFY(p.serve());
    QCOMPARE(p.postSale(), 403); // a token but no user ID: nowhere to send

    const Run set = cli({u"--data-dir"_s, p.dir.path(), u"config"_s, u"set"_s, u"discord.user-id"_s,
                            p.discord.userId},
        {}, p.env);
    QCOMPARE(set.exitCode, 0);
    QVERIFY(p.acceptsEvents());
    QVERIFY(RawClient::waitFor([&] { return p.discord.messages.size() == 1; }, 10000));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

// The CLI as a user runs it: the real pingpanda binary in a temporary data folder.

#include "config/snooze.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/outbox.h"
#include "version.h"
#include "json/jsonparser.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();

    void categoryAddListRemove();
    void categoryListJson();
    void categorySetChangesOnlyWhatItIsTold();
    void snoozeHoldsUntilAndOffResumes();
    void categoryAddRefusesBadInputAndChangesNothing_data();
    void categoryAddRefusesBadInputAndChangesNothing();
    void categoryAddDuplicateFails();
    void categoryRemoveUnknownFails();

    void apiKeyIsStableAndRegenerates();
    void toolKeysAddListRevoke();
    void toolKeyAddRefusesBadInput();
    void hooksAddListRemove();

    void configGetSetUnset();
    void configSetRefusesBadValues();
    void configSetReadsValueFromStdin();
    void configListJson();
    void configBindWarnsOffLoopback();

    void eventsTableAndJson();
    void eventsFilters();

    void dataDirFromEnvironment();
    void defaultDataDirFollowsXdg();
    void twoDataDirsShareNothing();
    void foreignDatabaseIsRefused();

private:
    Run run(
        const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {});
    QStringList withDir(QStringList args) const
    {
        return QStringList {u"--data-dir"_s, m_dataDir} + args;
    }
    void addEvents();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dataDir;
};

void TestCli::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dataDir = m_tmp->filePath(u"profile"_s);
}

void TestCli::cleanup()
{
    m_tmp.reset();
}

Run TestCli::run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    if (env.isEmpty())
        e.remove(u"PINGPANDA_DATA_DIR"_s);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PINGPANDA_BINARY), args);
    if (!p.waitForStarted())
        qFatal("could not start %s", PINGPANDA_BINARY);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        qFatal("pingpanda %s did not finish", qPrintable(args.join(u' ')));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCli::addEvents()
{
    auto db = Database::open(m_dataDir);
    QVERIFY(db.ok());
    CategoryStore categories(*db.value());
    EventStore events(*db.value());
    for (const QString &name : {u"sale"_s, u"bug"_s}) {
        Category c;
        c.name = name;
        QVERIFY(categories.add(c).ok());
    }
    Result<JsonValue> fields
        = JsonParser::parse(R"({"plan":"PRO","amount":49.99,"first":true})"_ba);
    const Result<Event> sale = events.add(u"sale"_s, u"New sale completed!"_s, fields.value());
    QVERIFY(sale.ok());
    const Result<Event> bug = events.add(u"bug"_s, QString(), JsonValue::object());
    QVERIFY(bug.ok());
    QVERIFY(Outbox(*db.value()).markFailed({bug->id}, u"The webhook was deleted"_s).ok());
    QVERIFY(events.add(u"sale"_s, u"Second sale"_s, JsonValue::object()).ok());
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    QTest::newRow("--version") << QStringList {u"--version"_s}
                               << u"pingpanda %1\n"_s.arg(QStringLiteral(PINGPANDA_VERSION));
    QTest::newRow("command --version") << QStringList {
        u"events"_s, u"--version"_s} << u"pingpanda %1\n"_s.arg(QStringLiteral(PINGPANDA_VERSION));
    QTest::newRow("--help") << QStringList {u"--help"_s} << u"category add NAME"_s;
    QTest::newRow("group --help") << QStringList {u"category"_s, u"--help"_s}
                                  << u"category remove NAME"_s;
    QTest::newRow("category add --help")
        << QStringList {u"category"_s, u"add"_s, u"--help"_s} << u"--color RRGGBB"_s;
    QTest::newRow("events --help") << QStringList {u"events"_s, u"--help"_s} << u"--status S"_s;
    // An option wider than its column still has its description apart from it.
    QTest::newRow("send --help") << QStringList {u"send"_s, u"--help"_s}
                                 << u"--description TEXT   The event's description"_s;
    QTest::newRow("config set --help lists keys")
        << QStringList {u"config"_s, u"set"_s, u"--help"_s} << u"ratelimit.per-minute"_s;
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = run(withDir(args));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QCOMPARE(r.err, QString());
    // Help and version touch no data.
    QVERIFY(!QFileInfo::exists(m_dataDir));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unknown command")
        << QStringList {u"frobnicate"_s} << u"'frobnicate' is not a pingpanda command"_s;
    QTest::newRow("group without subcommand")
        << QStringList {u"category"_s} << u"'category' needs a subcommand"_s;
    QTest::newRow("unknown subcommand")
        << QStringList {u"category"_s, u"rename"_s} << u"not a pingpanda command"_s;
    QTest::newRow("unknown option") << QStringList {u"events"_s, u"--colour"_s} << u"colour"_s;
    QTest::newRow("option of another command")
        << QStringList {u"events"_s, u"--emoji"_s, u"x"_s} << u"--emoji cannot be used"_s;
    QTest::newRow("missing value") << QStringList {u"events"_s, u"--limit"_s} << u"limit"_s;
    QTest::newRow("missing argument")
        << QStringList {u"category"_s, u"add"_s} << u"Missing argument"_s;
    QTest::newRow("too many arguments")
        << QStringList {u"category"_s, u"add"_s, u"a"_s, u"b"_s} << u"Too many"_s;
    QTest::newRow("limit not a number")
        << QStringList {u"events"_s, u"--limit"_s, u"ten"_s} << u"--limit"_s;
    QTest::newRow("limit zero") << QStringList {u"events"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
    QTest::newRow("bad status") << QStringList {u"events"_s, u"--status"_s, u"lost"_s}
                                << u"delivery status"_s;
    QTest::newRow("unknown setting")
        << QStringList {u"config"_s, u"get"_s, u"server.prot"_s} << u"server.port"_s;
    QTest::newRow("set without value")
        << QStringList {u"config"_s, u"set"_s, u"server.port"_s} << u"Missing"_s;
    QTest::newRow("serve with bad port")
        << QStringList {u"--headless"_s, u"--port"_s, u"http"_s} << u"--port"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Run r = run(withDir(args));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"pingpanda --help"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u".."_s), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one line
    QVERIFY(!QFileInfo::exists(m_dataDir));
}

void TestCli::categoryAddListRemove()
{
    Run r = run(withDir(
        {u"category"_s, u"add"_s, u"sale"_s, u"--emoji"_s, u"💰"_s, u"--color"_s, u"FFEB3B"_s}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"\"sale\""_s) && r.out.contains(u"#FFEB3B"_s), qPrintable(r.out));
    QCOMPARE(r.err, QString());
    QCOMPARE(run(withDir({u"category"_s, u"add"_s, u"bug"_s, u"--color=#ff6b6b"_s})).exitCode, 0);

    r = run(withDir({u"category"_s, u"list"_s}));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"NAME"_s));
    QVERIFY(lines.at(1).startsWith(u"bug "_s) && lines.at(1).contains(u"#FF6B6B"_s));
    QVERIFY(lines.at(2).startsWith(u"sale "_s) && lines.at(2).contains(u"💰"_s));

    r = run(withDir({u"category"_s, u"remove"_s, u"bug"_s}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Removed the category \"bug\""_s));
    r = run(withDir({u"category"_s, u"list"_s}));
    QVERIFY(!r.out.contains(u"bug"_s));
    QVERIFY(r.out.contains(u"sale"_s));
}

void TestCli::categorySetChangesOnlyWhatItIsTold()
{
    QCOMPARE(run(withDir({u"category"_s, u"add"_s, u"error"_s, u"--emoji"_s, u"🐞"_s})).exitCode, 0);
    const auto set = [&](const QStringList &options) {
        return run(withDir(QStringList {u"category"_s, u"set"_s, u"error"_s} + options));
    };
    Run r = set({u"--urgent"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"is now urgent"_s), qPrintable(r.out));
    const QString webhook = u"https://discord.com/api/webhooks/123456/secret-token?wait=1"_s;
    r = set({u"--webhook"_s, webhook});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(u"secret-token"_s));

    // Contradictions and nothing to do are usage errors; a bad address fails and changes nothing.
    r = set({u"--mute"_s, u"--unmute"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"--mute and --unmute"_s));
    QCOMPARE(set({}).exitCode, 2);
    r = set({u"--no-urgent"_s, u"--webhook"_s, u"https://example.com/hook"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"Discord webhook address"_s));
    QCOMPARE(run(withDir({u"category"_s, u"set"_s, u"nope"_s, u"--mute"_s})).exitCode, 1);

    auto db = Database::open(m_dataDir);
    Category error = CategoryStore(*db.value()).find(u"error"_s).value();
    QVERIFY(error.urgent);
    QVERIFY(!error.muted);
    QCOMPARE(error.webhookUrl, u"https://discord.com/api/webhooks/123456/secret-token"_s);
    QCOMPARE(error.emoji, u"🐞"_s); // untouched

    r = run(withDir({u"category"_s, u"list"_s}));
    QVERIFY2(r.out.contains(u"urgent, own webhook"_s), qPrintable(r.out));
    QVERIFY(!r.out.contains(u"secret-token"_s));
    QCOMPARE(set({u"--no-urgent"_s, u"--mute"_s, u"--no-webhook"_s}).exitCode, 0);
    error = CategoryStore(*db.value()).find(u"error"_s).value();
    QVERIFY(!error.urgent && error.muted && error.webhookUrl.isEmpty());
}

void TestCli::snoozeHoldsUntilAndOffResumes()
{
    Run r = run(withDir({u"snooze"_s, u"2h"_s}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Sends are held until"_s), qPrintable(r.out));
    auto db = Database::open(m_dataDir);
    const Hold hold = Snooze(*db.value()).read().value();
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(hold.snoozedUntil);
    QVERIFY2(ahead > 7190 && ahead <= 7200, qPrintable(QString::number(ahead)));

    r = run(withDir({u"snooze"_s, u"2 weeks"_s}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"45s, 30m, 2h or 1d"_s));
    QCOMPARE(Snooze(*db.value()).read().value().snoozedUntil, hold.snoozedUntil); // unchanged

    QCOMPARE(run(withDir({u"snooze"_s, u"off"_s})).exitCode, 0);
    QVERIFY(!Snooze(*db.value()).read().value().snoozedUntil.isValid());
}

void TestCli::categoryListJson()
{
    Run r = run(withDir({u"category"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(JsonParser::parse(r.out.toUtf8())->toJson(), "[]"_ba);

    QCOMPARE(run(withDir({u"category"_s, u"add"_s, u"sale"_s, u"--emoji"_s, u"💰"_s, u"--color"_s,
                     u"FFEB3B"_s}))
                 .exitCode,
        0);
    QCOMPARE(run(withDir({u"category"_s, u"add"_s, u"question"_s})).exitCode, 0);
    r = run(withDir({u"category"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    Result<JsonValue> json = JsonParser::parse(r.out.toUtf8());
    QVERIFY2(json.ok(), qPrintable(r.out));
    QCOMPARE(json->toJson(),
        R"([{"name":"question","emoji":null,"color":"#5865F2","urgent":false,"muted":false,"ownWebhook":false},{"name":"sale","emoji":"💰","color":"#FFEB3B","urgent":false,"muted":false,"ownWebhook":false}])"_ba);
}

void TestCli::categoryAddRefusesBadInputAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("uppercase") << QStringList {u"Sale"_s} << u"lowercase"_s;
    QTest::newRow("too long") << QStringList {QString(51, u'a')} << u"limit is 50"_s;
    QTest::newRow("bad colour") << QStringList {u"sale"_s, u"--color"_s, u"red"_s}
                                << u"six hex digits"_s;
    QTest::newRow("two emojis") << QStringList {u"sale"_s, u"--emoji"_s, u"💰💰"_s}
                                << u"single emoji"_s;
}

void TestCli::categoryAddRefusesBadInputAndChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Run r = run(withDir(QStringList {u"category"_s, u"add"_s} + args));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(u"pingpanda: "_s) && r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    // Refused before anything was written: not even the data folder exists.
    QVERIFY(!QFileInfo::exists(m_dataDir));
}

void TestCli::categoryAddDuplicateFails()
{
    QCOMPARE(run(withDir({u"category"_s, u"add"_s, u"sale"_s, u"--emoji"_s, u"💰"_s})).exitCode, 0);
    const Run r = run(withDir({u"category"_s, u"add"_s, u"sale"_s, u"--emoji"_s, u"🐞"_s}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, u"pingpanda: A category named \"sale\" already exists.\n"_s);
    QVERIFY(run(withDir({u"category"_s, u"list"_s})).out.contains(u"💰"_s));
}

void TestCli::categoryRemoveUnknownFails()
{
    const Run r = run(withDir({u"category"_s, u"remove"_s, u"ghost"_s}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, u"pingpanda: There is no category named \"ghost\".\n"_s);
}

void TestCli::apiKeyIsStableAndRegenerates()
{
    const Run first = run(withDir({u"api-key"_s}));
    QCOMPARE(first.exitCode, 0);
    const QString key = first.out.trimmed();
    QVERIFY2(
        QRegularExpression(u"^pp_[A-Za-z0-9_-]{43}$"_s).match(key).hasMatch(), qPrintable(key));
    QCOMPARE(first.out, key + u'\n');
    QCOMPARE(run(withDir({u"api-key"_s})).out.trimmed(), key);

    const Run regenerated = run(withDir({u"api-key"_s, u"--regenerate"_s}));
    QCOMPARE(regenerated.exitCode, 0);
    const QString newKey = regenerated.out.trimmed();
    QVERIFY(newKey != key);
    QVERIFY(regenerated.err.contains(u"old one no longer works"_s));
    QCOMPARE(run(withDir({u"api-key"_s})).out.trimmed(), newKey);
}

void TestCli::toolKeysAddListRevoke()
{
    QCOMPARE(run(withDir({u"category"_s, u"add"_s, u"backup"_s})).exitCode, 0);
    QVERIFY(run(withDir({u"api-key"_s, u"list"_s})).out.contains(u"No keys for tools yet"_s));

    const Run added
        = run(withDir({u"api-key"_s, u"add"_s, u"nightly"_s, u"--categories"_s, u"backup"_s}));
    QCOMPARE(added.exitCode, 0);
    const QString key = added.out.trimmed();
    QVERIFY2(
        QRegularExpression(u"^pp_[A-Za-z0-9_-]{43}$"_s).match(key).hasMatch(), qPrintable(key));
    QVERIFY(added.err.contains(u"cannot show it again"_s));
    QVERIFY(added.err.contains(u"backup"_s));
    QCOMPARE(run(withDir({u"api-key"_s, u"add"_s, u"deploy"_s})).exitCode, 0);

    // Listed with its categories and dates, never with the key.
    const Run table = run(withDir({u"api-key"_s, u"list"_s}));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(!table.out.contains(key));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"NAME"_s));
    QVERIFY(lines.at(1).startsWith(u"deploy"_s) && lines.at(1).contains(u"all"_s));
    QVERIFY(lines.at(2).startsWith(u"nightly"_s) && lines.at(2).contains(u"backup"_s)
        && lines.at(2).endsWith(u"never"_s));
    const Run json = run(withDir({u"api-key"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains(key));
    QVERIFY(json.out.contains(u"\"name\": \"nightly\""_s));
    QVERIFY(json.out.contains(u"\"lastUsedAt\": null"_s));

    const Run revoked = run(withDir({u"api-key"_s, u"revoke"_s, u"nightly"_s}));
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY(!run(withDir({u"api-key"_s, u"list"_s})).out.contains(u"nightly"_s));
    const Run again = run(withDir({u"api-key"_s, u"revoke"_s, u"nightly"_s}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"no API key named \"nightly\""_s));
    // The profile's own key is untouched by all of this.
    QCOMPARE(run(withDir({u"api-key"_s})).exitCode, 0);
}

void TestCli::toolKeyAddRefusesBadInput()
{
    const Run badName = run(withDir({u"api-key"_s, u"add"_s, u"my key"_s}));
    QCOMPARE(badName.exitCode, 1);
    QVERIFY(badName.err.contains(u"letters, digits"_s));
    const Run unknown
        = run(withDir({u"api-key"_s, u"add"_s, u"shop"_s, u"--categories"_s, u"nope"_s}));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"no category named \"nope\""_s));
    QCOMPARE(run(withDir({u"api-key"_s, u"add"_s, u"shop"_s})).exitCode, 0);
    const Run taken = run(withDir({u"api-key"_s, u"add"_s, u"shop"_s}));
    QCOMPARE(taken.exitCode, 1);
    QVERIFY(taken.err.contains(u"already an API key named \"shop\""_s));
    const QStringList lines
        = run(withDir({u"api-key"_s, u"list"_s})).out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and shop
}

void TestCli::hooksAddListRemove()
{
    QCOMPARE(run(withDir({u"category"_s, u"add"_s, u"deploy"_s})).exitCode, 0);
    const Run github = run(withDir({u"hook"_s, u"add"_s, u"shop-repo"_s, u"--category"_s,
        u"deploy"_s, u"--preset"_s, u"github"_s}));
    QCOMPARE(github.exitCode, 0);
    const QRegularExpressionMatch secret
        = QRegularExpression(u"Secret: +(pph_[A-Za-z0-9_-]{86})\n"_s).match(github.out);
    QVERIFY2(secret.hasMatch(), qPrintable(github.out));
    QVERIFY(github.out.contains(u"/api/v1/hooks/shop-repo\n"_s));
    QVERIFY(github.out.contains(u"application/json"_s));

    const Run kuma = run(withDir({u"hook"_s, u"add"_s, u"kuma"_s, u"--category"_s, u"deploy"_s,
        u"--preset"_s, u"uptime-kuma"_s}));
    QCOMPARE(kuma.exitCode, 0);
    QVERIFY2(QRegularExpression(u"/api/v1/hooks/kuma\\?key=pph_[A-Za-z0-9_-]{86}\n"_s)
                 .match(kuma.out)
                 .hasMatch(),
        qPrintable(kuma.out));

    const Run list = run(withDir({u"hook"_s, u"list"_s}));
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(secret.captured(1)));
    QVERIFY(list.out.contains(u"shop-repo"_s) && list.out.contains(u"github"_s));
    QVERIFY(list.out.contains(u"uptime-kuma"_s));
    QVERIFY(run(withDir({u"hook"_s, u"list"_s, u"--json"_s}))
                .out.contains(u"\"path\": \"/api/v1/hooks/kuma\""_s));

    const Run badPreset = run(withDir(
        {u"hook"_s, u"add"_s, u"x"_s, u"--category"_s, u"deploy"_s, u"--preset"_s, u"jenkins"_s}));
    QCOMPARE(badPreset.exitCode, 2);
    QVERIFY(badPreset.err.contains(u"generic, github, grafana, uptime-kuma"_s));
    const Run noCategory = run(withDir({u"hook"_s, u"add"_s, u"x"_s, u"--category"_s, u"nope"_s}));
    QCOMPARE(noCategory.exitCode, 1);
    QVERIFY(noCategory.err.contains(u"pingpanda category add nope"_s));

    QCOMPARE(run(withDir({u"hook"_s, u"remove"_s, u"kuma"_s})).exitCode, 0);
    QVERIFY(!run(withDir({u"hook"_s, u"list"_s})).out.contains(u"kuma"_s));
    QCOMPARE(run(withDir({u"hook"_s, u"remove"_s, u"kuma"_s})).exitCode, 1);
}

void TestCli::configGetSetUnset()
{
    QCOMPARE(run(withDir({u"config"_s, u"get"_s, u"server.port"_s})).out, u"7788\n"_s);
    Run r = run(withDir({u"config"_s, u"set"_s, u"server.port"_s, u"8123"_s}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(run(withDir({u"config"_s, u"get"_s, u"server.port"_s})).out, u"8123\n"_s);
    QCOMPARE(run(withDir({u"config"_s, u"unset"_s, u"server.port"_s})).exitCode, 0);
    QCOMPARE(run(withDir({u"config"_s, u"get"_s, u"server.port"_s})).out, u"7788\n"_s);

    QCOMPARE(run(withDir({u"config"_s, u"set"_s, u"discord.user-id"_s, u"123456789012345678"_s}))
                 .exitCode,
        0);
    QCOMPARE(
        run(withDir({u"config"_s, u"get"_s, u"discord.user-id"_s})).out, u"123456789012345678\n"_s);
    QCOMPARE(run(withDir({u"config"_s, u"get"_s, u"discord.webhook-url"_s})).out, u"\n"_s);
}

void TestCli::configSetRefusesBadValues()
{
    QCOMPARE(run(withDir({u"config"_s, u"set"_s, u"ratelimit.per-minute"_s, u"30"_s})).exitCode, 0);
    const struct
    {
        QString key, value, reason;
    } cases[] = {
        {u"server.port"_s, u"70000"_s, u"from 1 to 65535"_s},
        {u"discord.user-id"_s, u"me"_s, u"17 to 20 digits"_s},
        {u"discord.webhook-url"_s, u"https://example.com/hook"_s, u"Copy Webhook URL"_s},
        {u"server.bind"_s, u"my-laptop"_s, u"not an IP address"_s},
        {u"ratelimit.per-minute"_s, u"fast"_s, u"whole number"_s},
    };
    for (const auto &c : cases) {
        const Run r = run(withDir({u"config"_s, u"set"_s, c.key, c.value}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(c.reason), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }
    QCOMPARE(run(withDir({u"config"_s, u"get"_s, u"ratelimit.per-minute"_s})).out, u"30\n"_s);
    QCOMPARE(run(withDir({u"config"_s, u"get"_s, u"server.port"_s})).out, u"7788\n"_s);
}

void TestCli::configSetReadsValueFromStdin()
{
    const QString url = u"https://discord.com/api/webhooks/123456/secret-token"_s;
    const Run r = run(
        withDir({u"config"_s, u"set"_s, u"discord.webhook-url"_s, u"-"_s}), url.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(run(withDir({u"config"_s, u"get"_s, u"discord.webhook-url"_s})).out, url + u'\n');
}

void TestCli::configListJson()
{
    QCOMPARE(run(withDir({u"config"_s, u"set"_s, u"server.allowed-origins"_s,
                     u"http://localhost:3000"_s}))
                 .exitCode,
        0);
    const Run r = run(withDir({u"config"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    Result<JsonValue> json = JsonParser::parse(r.out.toUtf8());
    QVERIFY2(json.ok(), qPrintable(r.out));
    QCOMPARE(json->members().size(), size_t(11));
    QCOMPARE(json->find(u"server.allowed-origins")->toString(), u"http://localhost:3000"_s);
    QCOMPARE(json->find(u"server.port")->toString(), u"7788"_s);
}

void TestCli::configBindWarnsOffLoopback()
{
    Run r = run(withDir({u"config"_s, u"set"_s, u"server.bind"_s, u"0.0.0.0"_s}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"other computers"_s), qPrintable(r.err));
    r = run(withDir({u"config"_s, u"set"_s, u"server.bind"_s, u"127.0.0.1"_s}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
}

void TestCli::eventsTableAndJson()
{
    QCOMPARE(run(withDir({u"events"_s})).out, u"No events yet.\n"_s);
    addEvents();

    Run r = run(withDir({u"events"_s}));
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"TIME"_s));
    QVERIFY2(lines.at(1).contains(u"Second sale"_s), qPrintable(lines.at(1))); // newest first
    QVERIFY(lines.at(2).contains(u"FAILED"_s));
    QVERIFY(lines.at(3).contains(u"New sale completed!"_s));

    r = run(withDir({u"events"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    Result<JsonValue> json = JsonParser::parse(r.out.toUtf8());
    QVERIFY2(json.ok(), qPrintable(r.out));
    QCOMPARE(json->items().size(), size_t(3));
    const JsonValue &oldest = json->items().at(2);
    QCOMPARE(oldest.find(u"category")->toString(), u"sale"_s);
    QCOMPARE(oldest.find(u"deliveryStatus")->toString(), u"PENDING"_s);
    // Fields come back in the order they were given, with their JSON types.
    QCOMPARE(oldest.find(u"fields")->toJson(), R"({"plan":"PRO","amount":49.99,"first":true})"_ba);
    const JsonValue &failed = json->items().at(1);
    QCOMPARE(failed.find(u"error")->toString(), u"The webhook was deleted"_s);
    QVERIFY(failed.find(u"description")->isNull());

    r = run(withDir({u"events"_s, u"--limit"_s, u"1"_s, u"--json"_s}));
    QCOMPARE(JsonParser::parse(r.out.toUtf8())->items().size(), size_t(1));
}

void TestCli::eventsFilters()
{
    addEvents();
    Run r = run(withDir({u"events"_s, u"--category"_s, u"sale"_s, u"--json"_s}));
    QCOMPARE(r.exitCode, 0);
    Result<JsonValue> json = JsonParser::parse(r.out.toUtf8());
    QCOMPARE(json->items().size(), size_t(2));
    for (const JsonValue &e : json->items())
        QCOMPARE(e.find(u"category")->toString(), u"sale"_s);

    r = run(withDir({u"events"_s, u"--status"_s, u"failed"_s, u"--json"_s}));
    json = JsonParser::parse(r.out.toUtf8());
    QCOMPARE(json->items().size(), size_t(1));
    QCOMPARE(json->items().at(0).find(u"category")->toString(), u"bug"_s);

    r = run(withDir({u"events"_s, u"--category"_s, u"bug"_s, u"--status"_s, u"delivered"_s}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"No events match.\n"_s);

    r = run(withDir({u"events"_s, u"--category"_s, u"Not Valid"_s}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"lowercase"_s));
}

void TestCli::dataDirFromEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINGPANDA_DATA_DIR"_s, m_dataDir);
    QCOMPARE(run({u"category"_s, u"add"_s, u"from-env"_s}, {}, env).exitCode, 0);
    QVERIFY(QFileInfo::exists(m_dataDir + u"/pingpanda.sqlite"_s));
    QVERIFY(run(withDir({u"category"_s, u"list"_s})).out.contains(u"from-env"_s));

    // --data-dir wins over the environment.
    const QString other = m_tmp->filePath(u"other"_s);
    const Run r = run({u"--data-dir"_s, other, u"category"_s, u"list"_s}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(u"from-env"_s));
}

void TestCli::defaultDataDirFollowsXdg()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PINGPANDA_DATA_DIR"_s);
    env.insert(u"HOME"_s, m_tmp->path());
    env.insert(u"XDG_DATA_HOME"_s, m_tmp->filePath(u"xdg-data"_s));
    QCOMPARE(run({u"category"_s, u"add"_s, u"sale"_s}, {}, env).exitCode, 0);
    QVERIFY(QFileInfo::exists(m_tmp->filePath(u"xdg-data/pingpanda/pingpanda.sqlite"_s)));
}

void TestCli::twoDataDirsShareNothing()
{
    const QString a = m_tmp->filePath(u"a"_s);
    const QString b = m_tmp->filePath(u"b"_s);
    QCOMPARE(run({u"--data-dir"_s, a, u"category"_s, u"add"_s, u"only-in-a"_s}).exitCode, 0);
    QCOMPARE(
        run({u"--data-dir"_s, a, u"config"_s, u"set"_s, u"server.port"_s, u"9999"_s}).exitCode, 0);
    const QString keyA = run({u"--data-dir"_s, a, u"api-key"_s}).out;
    const QString keyB = run({u"--data-dir"_s, b, u"api-key"_s}).out;
    QVERIFY(keyA != keyB);
    QVERIFY(!run({u"--data-dir"_s, b, u"category"_s, u"list"_s}).out.contains(u"only-in-a"_s));
    QCOMPARE(run({u"--data-dir"_s, b, u"config"_s, u"get"_s, u"server.port"_s}).out, u"7788\n"_s);
    QCOMPARE(QDir(b).entryList(QDir::Files), QStringList {u"pingpanda.sqlite"_s});
}

void TestCli::foreignDatabaseIsRefused()
{
    QVERIFY(QDir().mkpath(m_dataDir));
    const QByteArray notes = "not a database, my notes\n";
    {
        QFile f(m_dataDir + u"/pingpanda.sqlite"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(notes.repeated(100));
    }
    const Run r = run(withDir({u"category"_s, u"list"_s}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not a PingPanda database"_s) && r.err.contains(u"--data-dir"_s),
        qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    QFile f(m_dataDir + u"/pingpanda.sqlite"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), notes.repeated(100));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

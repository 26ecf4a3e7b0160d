// Benchmark of the Events API and delivery, against real processes: `pingpanda --headless` on a
// fresh profile, two bare servers as yardsticks (bare_server: one storing nothing, one that
// answers only after an fdatasync, the durable floor), wrk as the load generator (pinned to its
// own core, the servers to the other), and the fake Discord (a real HTTP server in this process)
// enforcing Discord's limits. Prints one line per figure:
//   ROW|figure|measured|target|ok
// for tests/bench/run.sh to put in its table, with details on stderr. Asserts no timing itself.
//
// usage: bench_api PINGPANDA BARE_SERVER WRK_SCRIPT [SECONDS]
//   SECONDS          of wrk per server in each throughput round (default 3)
//   BENCH_ROUNDS=N   throughput rounds (default 7)
//   BENCH_CONNECTIONS=16,256   the connection counts of the throughput part (default both)

#include "apitesthelpers.h"
#include "benchrows.h"
#include "config/profile.h"
#include "config/settings.h"
#include "fakediscord.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr const char *ServerCpu = "0";
constexpr const char *LoadCpu = "1";

void note(const QString &text)
{
    std::fprintf(stderr, "bench_api: %s\n", qPrintable(text));
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return RawClient::waitFor(condition, timeoutMs);
}

// CPU time a process has used so far, user and system, all its threads (/proc/PID/stat), or one
// thread of it (/proc/PID/task/TID/stat).
double cpuSeconds(qint64 pid, qint64 tid = 0)
{
    QFile stat(
        tid == 0 ? u"/proc/%1/stat"_s.arg(pid) : u"/proc/%1/task/%2/stat"_s.arg(pid).arg(tid));
    if (!stat.open(QIODevice::ReadOnly))
        qFatal("bench_api: cannot read %s", qPrintable(stat.fileName()));
    const QByteArray line = stat.readAll();
    // The name, in parentheses, may hold spaces; the state (field 3) follows it, and utime and
    // stime are fields 14 and 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        qFatal("bench_api: cannot parse %s", qPrintable(stat.fileName()));
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// A `pingpanda --headless` process on a profile of its own, sending to the fake Discord as the
// bot (token from the environment variable, as on a server).
class PingPandaProcess
{
public:
    PingPandaProcess(const QString &binary, FakeDiscord &discord)
    {
        auto db = std::move(Database::open(m_dir.path())).value();
        Category sale;
        sale.name = u"sale"_s;
        sale.emoji = u"💰"_s;
        bool ok = CategoryStore(*db).add(sale).ok();
        Settings settings(*db);
        ok = ok && settings.set(Settings::Key::DiscordUserId, discord.userId).ok();
        ok = ok && settings.set(Settings::Key::RateLimitPerMinute, u"0"_s).ok();
        Result<QString> key = Profile(*db).apiKey();
        if (!ok || !key)
            qFatal("bench_api: cannot set up a profile");
        apiKey = key.value();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PINGPANDA_DISCORD_TOKEN"_s, discord.botToken);
        env.insert(u"PINGPANDA_DISCORD_API_BASE"_s, discord.apiBase().toString());
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(u"taskset"_s,
            {u"-c"_s, QString::fromLatin1(ServerCpu), binary, u"--headless"_s, u"--port"_s, u"0"_s,
                u"--data-dir"_s, m_dir.path()});
        const QRegularExpression ready(u"^PingPanda listening on http://127\\.0\\.0\\.1:(\\d+)"_s,
            QRegularExpression::MultilineOption);
        if (!waitFor(
                [&] {
                    m_out += m_process.readAllStandardOutput();
                    const auto m = ready.match(QString::fromUtf8(m_out));
                    if (m.hasMatch())
                        port = quint16(m.captured(1).toUInt());
                    return port != 0 || m_process.state() == QProcess::NotRunning;
                },
                10000)
            || port == 0) {
            qFatal("bench_api: pingpanda did not start: %s",
                m_process.readAllStandardError().constData());
        }
    }

    ~PingPandaProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(port).arg(path);
    }

    // kill -9: what is on disk now is what a crash would leave.
    void crash()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    qint64 processId() const { return m_process.processId(); }

    qint64 storedEvents() const
    {
        auto db = std::move(Database::open(m_dir.path())).value();
        return EventStore(*db).count({}).value();
    }

    qint64 deliveredEvents() const
    {
        auto db = std::move(Database::open(m_dir.path())).value();
        EventQuery delivered;
        delivered.status = DeliveryStatus::Delivered;
        return EventStore(*db).count(delivered).value();
    }

    QString apiKey;
    quint16 port = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_out;
};

struct WrkResult
{
    qint64 ok = 0;
    qint64 other = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 errors = 0;
    // User + system time the server process used during the run.
    double serverCpuSeconds = 0;
    double perSecond() const { return seconds > 0 ? ok / seconds : 0; }
    double cpuUsPerRequest() const { return ok > 0 ? serverCpuSeconds * 1e6 / ok : 0; }
};

// wrk against the server at `url`, whose process is `serverPid` (for the CPU time it spends).
WrkResult runWrk(const QString &script, const QString &url, const QString &apiKey, int connections,
    int seconds, qint64 serverPid)
{
    const double cpuBefore = cpuSeconds(serverPid);
    QProcess wrk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PINGPANDA_API_KEY"_s, apiKey);
    wrk.setProcessEnvironment(env);
    wrk.start(u"taskset"_s,
        {u"-c"_s, QString::fromLatin1(LoadCpu), u"wrk"_s, u"-t1"_s, u"-c%1"_s.arg(connections),
            u"-d%1s"_s.arg(seconds), u"--timeout"_s, u"10s"_s, u"-s"_s, script, url});
    // The fake Discord lives in this process: keep its event loop turning while wrk runs.
    waitFor([&] { return wrk.state() == QProcess::NotRunning; }, (seconds + 30) * 1000);
    const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
    const QRegularExpression line(u"WRK ok=(\\d+) other=(\\d+) seconds=([\\d.]+) p50_us=(\\d+) "
                                  "p99_us=(\\d+) max_us=(\\d+) errors=(\\d+)"_s);
    const auto m = line.match(out);
    if (!m.hasMatch())
        qFatal(
            "bench_api: wrk said: %s %s", qPrintable(out), wrk.readAllStandardError().constData());
    WrkResult r;
    r.ok = m.captured(1).toLongLong();
    r.other = m.captured(2).toLongLong();
    r.seconds = m.captured(3).toDouble();
    r.p50Ms = m.captured(4).toDouble() / 1000;
    r.p99Ms = m.captured(5).toDouble() / 1000;
    r.errors = m.captured(7).toLongLong();
    r.serverCpuSeconds = cpuSeconds(serverPid) - cpuBefore;
    return r;
}

QByteArray postRequest(const QString &apiKey, const QByteArray &body)
{
    return "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Authorization: Bearer "
        + apiKey.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(std::ceil(p * values.size())) - 1);
    return values.at(std::max<qsizetype>(0, i));
}

// wrk against bare_server, started with `arguments` after its port, on the servers' CPU.
WrkResult runBare(const QString &bare, const QStringList &arguments, const QString &script,
    int connections, int seconds)
{
    QProcess bareServer;
    bareServer.start(u"taskset"_s,
        QStringList {u"-c"_s, QString::fromLatin1(ServerCpu), bare, u"0"_s} + arguments);
    quint16 barePort = 0;
    waitFor(
        [&] {
            const QByteArray out = bareServer.readAllStandardOutput();
            if (out.startsWith("listening on "))
                barePort = quint16(out.mid(13).trimmed().toUInt());
            return barePort != 0 || bareServer.state() == QProcess::NotRunning;
        },
        5000);
    if (barePort == 0)
        qFatal("bench_api: bare_server did not start");
    const WrkResult result = runWrk(script, u"http://127.0.0.1:%1/api/v1/events"_s.arg(barePort),
        QString(), connections, seconds, bareServer.processId());
    bareServer.kill();
    bareServer.waitForFinished();
    return result;
}

// One round of the throughput figure: the three servers, one after another.
struct Round
{
    WrkResult bare;
    WrkResult floor;
    WrkResult pingpanda;
};

// What `of` gives for each round.
QList<double> across(const QList<Round> &rounds, const std::function<double(const Round &)> &of)
{
    QList<double> values;
    for (const Round &r : rounds)
        values << of(r);
    return values;
}

// "0.27 (0.25-0.29)": the median and the range.
QString medianAndRange(const QList<double> &values, int decimals)
{
    return u"%1 (%2-%3)"_s.arg(percentile(values, 0.5), 0, 'f', decimals)
        .arg(percentile(values, 0), 0, 'f', decimals)
        .arg(percentile(values, 1), 0, 'f', decimals);
}

double ratio(const WrkResult &a, const WrkResult &b)
{
    return b.perSecond() > 0 ? a.perSecond() / b.perSecond() : 0;
}

// The machine's speed drifts by half within a minute (the bare server alone: 20,000 to 44,000/s
// from one run to the next), so each ratio comes from runs side by side: rounds of bare server,
// durable floor and PingPanda, one after another, and the table shows the median round. The
// disk drifts too, and only PingPanda and the floor wait for it: about one round in five reads
// a quarter lower than the rest, so the median needs several rounds to stand for the machine.
// One PingPanda process serves every round and is killed with -9 after the last.
void throughput(const QString &binary, const QString &bare, const QString &script, int perRun,
    int rounds, const QList<int> &connectionCounts)
{
    FakeDiscord discord; // Discord's real limits: deliveries trickle out beside the load
    discord.start();
    for (const int connections : connectionCounts) {
        PingPandaProcess pingpanda(binary, discord);
        QList<Round> done;
        for (int round = 1; round <= rounds; ++round) {
            Round r;
            r.bare = runBare(bare, {}, script, connections, perRun);
            // The durable floor: what answering only after an fdatasync costs by itself here.
            QTemporaryDir logDir;
            r.floor = runBare(
                bare, {u"--durable"_s, logDir.filePath(u"log"_s)}, script, connections, perRun);
            // It keeps the rule it stands for: every 200 it gave is a line in its file.
            QFile log(logDir.filePath(u"log"_s));
            const qint64 logged = log.open(QIODevice::ReadOnly) ? log.readAll().count('\n') : 0;
            if (logged < r.floor.ok) {
                qFatal("bench_api: the durable floor answered %lld 200s but wrote %lld events",
                    static_cast<long long>(r.floor.ok), static_cast<long long>(logged));
            }
            r.pingpanda = runWrk(script, pingpanda.url(u"/api/v1/events"_s), pingpanda.apiKey,
                connections, perRun, pingpanda.processId());
            note(u"%1 connections, round %2 of %3 (%4 s each): bare %5/s (p99 %6 ms), durable "
                 "floor %7/s (p99 %8 ms), pingpanda %9/s (p50 %10 ms, p99 %11 ms), %12 answered "
                 "200, %13 other, %14 socket errors; the floor's %15 200s all in its file"_s
                     .arg(connections)
                     .arg(round)
                     .arg(rounds)
                     .arg(perRun)
                     .arg(r.bare.perSecond(), 0, 'f', 0)
                     .arg(r.bare.p99Ms, 0, 'f', 2)
                     .arg(r.floor.perSecond(), 0, 'f', 0)
                     .arg(r.floor.p99Ms, 0, 'f', 2)
                     .arg(r.pingpanda.perSecond(), 0, 'f', 0)
                     .arg(r.pingpanda.p50Ms, 0, 'f', 2)
                     .arg(r.pingpanda.p99Ms, 0, 'f', 2)
                     .arg(r.pingpanda.ok)
                     .arg(r.pingpanda.other)
                     .arg(r.pingpanda.errors)
                     .arg(r.floor.ok));
            done << r;
        }
        pingpanda.crash();
        const qint64 stored = pingpanda.storedEvents();
        qint64 answered = 0, other = 0;
        for (const Round &r : std::as_const(done)) {
            answered += r.pingpanda.ok;
            other += r.pingpanda.other;
        }
        note(u"%1 connections: %2 answered 200 over %3 rounds, %4 on disk after kill -9"_s
                 .arg(connections)
                 .arg(answered)
                 .arg(rounds)
                 .arg(stored));

        const QList<double> overBare
            = across(done, [](const Round &r) { return ratio(r.pingpanda, r.bare); });
        const QList<double> rates
            = across(done, [](const Round &r) { return r.pingpanda.perSecond(); });
        const QList<double> bareRates
            = across(done, [](const Round &r) { return r.bare.perSecond(); });
        row(u"API throughput, %1 connections"_s.arg(connections),
            u"%1/s = %2 x bare (%3/s); medians of %4 rounds"_s
                .arg(percentile(rates, 0.5), 0, 'f', 0)
                .arg(medianAndRange(overBare, 2))
                .arg(percentile(bareRates, 0.5), 0, 'f', 0)
                .arg(rounds),
            u">= 0.30 x bare"_s, percentile(overBare, 0.5) >= 0.30);
        info(u"  durable floor, %1 connections"_s.arg(connections),
            u"%1 x bare; pingpanda %2 x floor"_s.arg(
                medianAndRange(
                    across(done, [](const Round &r) { return ratio(r.floor, r.bare); }), 2),
                medianAndRange(
                    across(done, [](const Round &r) { return ratio(r.pingpanda, r.floor); }), 2)),
            u"(yardstick)"_s);
        // Where the time goes: the servers share one core, so what a request costs there bounds
        // the rate as much as the disk does.
        const auto cpu = [&done](const std::function<double(const Round &)> &of) {
            return QString::number(percentile(across(done, of), 0.5), 'f', 0);
        };
        info(u"  server CPU a request, %1 connections"_s.arg(connections),
            u"bare %1 us, floor %2 us, pingpanda %3 us (user + system, medians)"_s.arg(
                cpu([](const Round &r) { return r.bare.cpuUsPerRequest(); }),
                cpu([](const Round &r) { return r.floor.cpuUsPerRequest(); }),
                cpu([](const Round &r) { return r.pingpanda.cpuUsPerRequest(); })),
            u"(yardstick)"_s);
        row(u"every 200 on disk after kill -9, %1 conns"_s.arg(connections),
            u"%1 of %2"_s.arg(std::min(stored, answered)).arg(answered), u"all"_s,
            stored >= answered && other == 0);
        if (connections == 16) {
            const QList<double> p99s
                = across(done, [](const Round &r) { return r.pingpanda.p99Ms; });
            row(u"API latency p99, 16 connections"_s,
                u"%1 ms, median of %2 rounds"_s.arg(medianAndRange(p99s, 2)).arg(rounds),
                u"<= 5 ms"_s, percentile(p99s, 0.5) <= 5.0);
        }
    }
}

void postToDiscord(const QString &binary)
{
    FakeDiscord discord;
    discord.start();
    PingPandaProcess pingpanda(binary, discord);
    RawClient client(pingpanda.port);
    constexpr int Samples = 25;
    QList<double> latencies;
    for (int i = 0; i <= Samples; ++i) {
        const qsizetype before = discord.messages.size();
        const QByteArray body
            = R"({"category":"sale","description":"New sale completed!","fields":{"amount":49.99,"n":)"
            + QByteArray::number(i) + "}}";
        const qint64 sentNs = discord.clockNs();
        client.send(postRequest(pingpanda.apiKey, body));
        if (!waitFor([&] { return discord.messages.size() > before; }, 10000))
            qFatal("bench_api: event %d never reached the fake Discord", i);
        if (i > 0) // the first opens the DM channel
            latencies << (discord.messages.last().atNs - sentNs) / 1e6;
        // Spaced so that Discord's 5 messages per 5 s never make an event wait: an empty queue.
        waitFor([] { return false; }, 1100);
    }
    const double p50 = percentile(latencies, 0.5);
    note(u"POST -> Discord over %1 events: p50 %2 ms, p90 %3 ms, max %4 ms"_s.arg(Samples)
             .arg(p50, 0, 'f', 2)
             .arg(percentile(latencies, 0.9), 0, 'f', 2)
             .arg(percentile(latencies, 1.0), 0, 'f', 2));
    row(u"POST -> Discord p50 (queue empty)"_s, u"%1 ms"_s.arg(p50, 0, 'f', 2), u"<= 5 ms"_s,
        p50 <= 5.0);
}

void burstDrain(const QString &binary)
{
    constexpr int Events = 1000;
    constexpr int Connections = 50;
    FakeDiscord discord;
    discord.channelLimit = 5;
    discord.channelWindowMs = 5000;
    discord.globalLimitPerSecond = 50;
    discord.start();
    PingPandaProcess pingpanda(binary, discord);

    // All at once: 50 connections, 20 pipelined requests each, written in one go.
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int c = 0; c < Connections; ++c)
        clients.push_back(std::make_unique<RawClient>(pingpanda.port));
    const qint64 startNs = discord.clockNs();
    for (int c = 0; c < Connections; ++c) {
        QByteArray requests;
        for (int i = 0; i < Events / Connections; ++i) {
            const int n = c * (Events / Connections) + i;
            requests += postRequest(pingpanda.apiKey,
                R"({"category":"sale","description":"burst","fields":{"n":)" + QByteArray::number(n)
                    + "}}");
        }
        clients[c]->send(requests);
    }
    qint64 accepted = 0;
    waitFor(
        [&] {
            accepted = 0;
            for (const auto &client : clients)
                accepted += client->received().count("HTTP/1.1 200 ");
            return accepted == Events;
        },
        60000);
    const double acceptedMs = (discord.clockNs() - startNs) / 1e6;

    const auto embedsReceived = [&discord] {
        qint64 n = 0;
        for (const FakeDiscord::Message &m : std::as_const(discord.messages))
            n += m.embeds.items().size();
        return n;
    };
    waitFor([&] { return embedsReceived() >= accepted; }, 30 * 60 * 1000);
    const double seconds = (discord.messages.last().atNs - startNs) / 1e9;
    // Each event's number, once: nothing lost, nothing sent twice.
    QSet<QString> seen;
    qint64 duplicates = 0;
    for (const FakeDiscord::Message &m : std::as_const(discord.messages)) {
        for (const JsonValue &embed : m.embeds.items()) {
            const QString n = QString::fromUtf8(embed.toJson());
            duplicates += seen.contains(n) ? 1 : 0;
            seen.insert(n);
        }
    }
    waitFor([&] { return pingpanda.deliveredEvents() == Events; }, 10000);
    const qint64 delivered = pingpanda.deliveredEvents();
    const int messages = int(std::ceil(Events / 10.0));
    // The first five messages go at once; every further five wait for the next 5 s window.
    const double floor = std::ceil(messages / 5.0 - 1) * 5.0;
    note(u"burst: %1 events accepted in %2 ms; %3 messages, %4 embeds (%5 distinct), %6 x 429; "
         "all delivered after %7 s (floor %8 s)"_s.arg(accepted)
             .arg(acceptedMs, 0, 'f', 0)
             .arg(discord.messages.size())
             .arg(embedsReceived())
             .arg(seen.size())
             .arg(discord.rateLimited)
             .arg(seconds, 0, 'f', 1)
             .arg(floor, 0, 'f', 0));
    row(u"burst of 1,000: delivered, once each"_s,
        u"%1 of %2, %3 duplicates"_s.arg(seen.size()).arg(Events).arg(duplicates), u"all, none"_s,
        seen.size() == Events && duplicates == 0 && delivered == Events);
    row(u"burst of 1,000: 429 answers"_s, QString::number(discord.rateLimited), u"<= 1"_s,
        discord.rateLimited <= 1);
    row(u"burst of 1,000: drain time"_s,
        u"%1 s = %2 x floor (%3 s)"_s.arg(seconds, 0, 'f', 1)
            .arg(seconds / floor, 0, 'f', 3)
            .arg(floor, 0, 'f', 0),
        u"<= 1.05 x floor"_s, seconds <= 1.05 * floor);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_api PINGPANDA BARE_SERVER WRK_SCRIPT [SECONDS]\n");
        return 2;
    }
    const QString binary = QString::fromLocal8Bit(argv[1]);
    const QString bare = QString::fromLocal8Bit(argv[2]);
    const QString script = QString::fromLocal8Bit(argv[3]);
    const int seconds = argc > 4 ? std::max(1, QByteArray(argv[4]).toInt()) : 3;
    const int rounds = qEnvironmentVariableIsSet("BENCH_ROUNDS")
        ? std::max(1, qEnvironmentVariableIntValue("BENCH_ROUNDS"))
        : 7;
    const QStringList parts = qEnvironmentVariable("BENCH_PARTS", u"throughput,latency,burst"_s)
                                  .split(u',', Qt::SkipEmptyParts);

    QList<int> connectionCounts;
    for (const QString &count :
        qEnvironmentVariable("BENCH_CONNECTIONS", u"16,256"_s).split(u',', Qt::SkipEmptyParts)) {
        if (count.toInt() < 1)
            qFatal("bench_api: BENCH_CONNECTIONS holds %s, not a number of connections",
                qPrintable(count));
        connectionCounts.append(count.toInt());
    }

    if (parts.contains(u"throughput"_s))
        throughput(binary, bare, script, seconds, rounds, connectionCounts);
    if (parts.contains(u"latency"_s))
        postToDiscord(binary);
    if (parts.contains(u"burst"_s))
        burstDrain(binary);
    return 0;
}

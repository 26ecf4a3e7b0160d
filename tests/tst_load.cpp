// Load on the real binary: 1,000 concurrent keep-alive connections carrying a steady stream of
// events for a minute. Throughout, a health check on a fresh connection answers within 100 ms;
// the server's memory stops growing once warm; every acknowledged event is stored; and when the
// clients leave, the server's open files are back where they started (no descriptor leak).
// CTest runs it alone (RUN_SERIAL): its timings are the point.

#include "apitesthelpers.h"
#include "config/settings.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testprofile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Connections = 1000;
constexpr int DurationMs = 60000;
constexpr int PerConnectionIntervalMs = 5000; // 1,000 connections: 200 events a second

int openFiles(qint64 pid)
{
    return int(QDir(u"/proc/%1/fd"_s.arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files | QDir::Dirs)
                   .size());
}

qint64 rssKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// One keep-alive client connection: sends an event, waits for the answer, waits, sends again.
struct Client
{
    QTcpSocket socket;
    QByteArray received;
    qint64 nextSendMs = 0;
    bool waiting = false;
};

} // namespace

class TestLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thousandConnectionsForAMinute();
};

void TestLoad::initTestCase()
{
    // This process holds the thousand client ends.
    rlimit limit {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limit), 0);
    QVERIFY2(limit.rlim_cur >= rlim_t(Connections + 200), "the open-file limit is too low");
}

void TestLoad::thousandConnectionsForAMinute()
{
    TestProfile profile;
    QVERIFY(profile.ok());
    profile.discord().channelLimit = 1000000;
    profile.discord().globalLimitPerSecond = 1000000;
    {
        auto db = Database::open(profile.path());
        QVERIFY(Settings(*db.value()).set(Settings::Key::RateLimitPerMinute, u"0"_s).ok());
    }
    QProcess server;
    server.start(QStringLiteral(PINGPANDA_BINARY),
        {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, profile.path()});
    const auto stop = qScopeGuard([&] {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished(5000);
        }
    });
    QVERIFY(RawClient::waitFor([&] { return server.canReadLine(); }, 15000));
    const QUrl base(QString::fromUtf8(server.readLine()).trimmed().section(u' ', -1));
    const quint16 port = quint16(base.port());
    const qint64 pid = server.processId();
    const int filesAtStart = openFiles(pid);

    const QByteArray body = R"({"category":"sale","description":"load"})";
    const QByteArray request = "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Authorization: Bearer "
        + profile.apiKey() + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Client>> clients;
    int acknowledged = 0;
    int otherAnswers = 0;
    for (int i = 0; i < Connections; ++i) {
        auto client = std::make_unique<Client>();
        Client *c = client.get();
        c->nextSendMs = i * PerConnectionIntervalMs / Connections; // staggered
        connect(&c->socket, &QTcpSocket::readyRead, this, [&, c] {
            c->received += c->socket.readAll();
            const QList<HttpReply> replies = parseResponses(c->received);
            if (replies.isEmpty() || !replies.constLast().complete)
                return;
            for (const HttpReply &r : replies)
                (r.status == 200 ? acknowledged : otherAnswers)++;
            c->received.clear();
            c->waiting = false;
            c->nextSendMs = clock.elapsed() + PerConnectionIntervalMs;
        });
        c->socket.connectToHost(QHostAddress::LocalHost, port);
        clients.push_back(std::move(client));
    }
    QVERIFY(RawClient::waitFor(
        [&] {
            return std::all_of(clients.cbegin(), clients.cend(),
                [](const auto &c) { return c->socket.state() == QAbstractSocket::ConnectedState; });
        },
        20000));
    // The server took them all (it accepts as fast as its event loop turns).
    QVERIFY2(
        RawClient::waitFor([&] { return openFiles(pid) >= filesAtStart + Connections; }, 20000),
        qPrintable(
            u"the server has %1 files open, %2 at start; %3 clients connected"_s.arg(openFiles(pid))
                .arg(filesAtStart)
                .arg(std::count_if(clients.cbegin(), clients.cend(), [](const auto &c) {
                    return c->socket.state() == QAbstractSocket::ConnectedState;
                }))));

    // The stream, with a health check every half second and the server's memory every second.
    QNetworkAccessManager network;
    qint64 worstHealthMs = 0;
    int healthChecks = 0;
    QList<qint64> rss;
    qint64 nextHealth = 500;
    qint64 nextRss = 0;
    const qint64 start = clock.elapsed();
    while (clock.elapsed() - start < DurationMs) {
        const qint64 now = clock.elapsed() - start;
        for (auto &c : clients) {
            if (!c->waiting && now >= c->nextSendMs) {
                c->waiting = true;
                c->socket.write(request);
            }
        }
        if (now >= nextHealth) {
            QTcpSocket probe;
            QElapsedTimer t;
            t.start();
            probe.connectToHost(QHostAddress::LocalHost, port);
            QByteArray answer;
            if (probe.waitForConnected(1000)) {
                probe.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Connection: close\r\n\r\n");
                while (!answer.contains("\r\n\r\n") && probe.waitForReadyRead(1000))
                    answer += probe.readAll();
            }
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(100).constData());
            worstHealthMs = std::max(worstHealthMs, t.elapsed());
            ++healthChecks;
            nextHealth += 500;
        }
        if (now >= nextRss) {
            rss << rssKb(pid);
            nextRss += 1000;
        }
        QTest::qWait(2);
    }
    const bool settled = RawClient::waitFor(
        [&] {
            return std::none_of(
                clients.cbegin(), clients.cend(), [](const auto &c) { return c->waiting; });
        },
        20000);
    if (!settled) {
        int waiting = 0, closed = 0;
        QByteArray sample;
        for (const auto &c : clients) {
            if (!c->waiting)
                continue;
            ++waiting;
            closed += c->socket.state() != QAbstractSocket::ConnectedState;
            if (sample.isEmpty())
                sample = c->received.left(200);
        }
        QFAIL(qPrintable(u"%1 requests unanswered (%2 of their connections closed); "
                         "acknowledged %3, other %4; a partial answer: %5"_s.arg(waiting)
                             .arg(closed)
                             .arg(acknowledged)
                             .arg(otherAnswers)
                             .arg(QString::fromLatin1(sample))));
    }
    const int filesUnderLoad = openFiles(pid);
    clients.clear(); // the clients leave
    QVERIFY2(RawClient::waitFor([&] { return openFiles(pid) <= filesAtStart + 2; }, 10000),
        qPrintable(u"%1 files open at start, %2 after the clients left"_s.arg(filesAtStart)
                       .arg(openFiles(pid))));

    const qint64 warm = rss.at(10); // after ten seconds
    const qint64 last = rss.constLast();
    const qint64 peak = *std::max_element(rss.cbegin(), rss.cend());
    qInfo("%d events acknowledged (%d other answers) over %d connections in %d s; "
          "health: %d checks, worst %lld ms; server RSS %lld KB warm, %lld KB at the end, "
          "%lld KB peak; open files %d at start, %d under load",
        acknowledged, otherAnswers, Connections, DurationMs / 1000, healthChecks, worstHealthMs,
        warm, last, peak, filesAtStart, filesUnderLoad);
    QCOMPARE(otherAnswers, 0);
    QVERIFY(acknowledged >= Connections * (DurationMs / PerConnectionIntervalMs) * 9 / 10);
    QVERIFY2(worstHealthMs <= 100, qPrintable(u"health took %1 ms"_s.arg(worstHealthMs)));
    QVERIFY2(last <= warm + 16 * 1024, "the server's memory kept growing");

    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    auto db = Database::open(profile.path());
    QCOMPARE(EventStore(*db.value()).count({}).value(), qint64(acknowledged));
}

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"

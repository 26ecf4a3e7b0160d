// The throughput benchmark's yardsticks, bare servers that parse the posted JSON and answer the
// body PingPanda answers, checking nothing else:
//   bare_server PORT                  a QHttpServer route that stores nothing: what HTTP and JSON
//                                     alone cost
//   bare_server PORT --durable FILE   writes each body to FILE (written through beforehand, as
//                                     a reused log is) and answers only once an
//                                     fdatasync() covers it: the least a server can do that
//                                     answers 200 only for what is on disk (no database, no
//                                     index; one sync for a group, gathered by the rule
//                                     PingPanda's writer uses, on a thread of its own while the
//                                     next requests are read)
// PingPanda's figures are read as ratios to these, measured in the same run on the same machine.
// Prints "listening on PORT" when ready.

#include "domain/eventid.h"
#include "storage/eventwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <condition_variable>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

std::optional<QJsonObject> answerFor(const QHttpServerRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(u"category"_s).isString()) {
        return std::nullopt;
    }
    return QJsonObject {
        {u"message"_s, u"Event processed successfully"_s},
        {u"eventId"_s, EventId::generate(QDateTime::currentMSecsSinceEpoch())},
        {u"deliveryStatus"_s, u"PENDING"_s},
    };
}

// Group commit at its cheapest: bodies appended to one file, one fdatasync per group, the group
// answered after it. The main thread reads requests and hands each turn's over; the sync thread
// gathers them as PingPanda's writer gathers events: when fewer are waiting than the last group
// held, the others are most likely on their way (clients send again as soon as they are
// answered), so it waits for them up to EventWriter::CommitDelayUs before it syncs. Without that
// wait, 16 clients split into two groups that take turns, and each client waits two syncs.
// Answers are written straight to the socket (one write, no router), and only to sockets that
// are still open: a client may go away while its request waits for the disk.
class DurableServer : public QAbstractHttpServer
{
public:
    explicit DurableServer(int fd)
        : m_fd(fd)
        , m_thread([this] { run(); })
    { }

    ~DurableServer() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
        ::close(m_fd);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        if (request.method() != QHttpServerRequest::Method::Post
            || request.url().path() != u"/api/v1/events"_s) {
            return false;
        }
        std::optional<QJsonObject> answer = answerFor(request);
        if (!answer) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            return true;
        }
        const QByteArray body = QJsonDocument(*answer).toJson(QJsonDocument::Compact);
        m_turnBytes += request.body();
        m_turnBytes += '\n';
        m_turn.push_back({socket,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body});
        if (m_turn.size() == 1)
            QMetaObject::invokeMethod(this, &DurableServer::handOver, Qt::QueuedConnection);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }

private:
    struct Waiting
    {
        QPointer<QTcpSocket> socket; // dereferenced on the main thread only
        QByteArray answer;
    };

    // Main thread, once per turn of the event loop: passes the turn's requests to the sync thread.
    void handOver()
    {
        {
            std::lock_guard lock(m_mutex);
            m_bytes += m_turnBytes;
            m_waiting.insert(m_waiting.end(), std::make_move_iterator(m_turn.begin()),
                std::make_move_iterator(m_turn.end()));
        }
        m_turnBytes.clear();
        m_turn.clear();
        m_wake.notify_one();
    }

    // Main thread: answers a group the disk now holds.
    void synced(const std::vector<Waiting> &group)
    {
        for (const Waiting &waiting : group) {
            if (waiting.socket)
                waiting.socket->write(waiting.answer);
        }
    }

    void run()
    {
        using namespace std::chrono;
        off_t offset = 0;
        size_t lastGroup = 0;
        for (;;) {
            QByteArray bytes;
            std::vector<Waiting> group;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_waiting.empty(); });
                if (m_stop)
                    return;
                if (m_waiting.size() < lastGroup) {
                    m_wake.wait_for(lock, microseconds(EventWriter::CommitDelayUs),
                        [&] { return m_stop || m_waiting.size() >= lastGroup; });
                }
                bytes = std::move(m_bytes);
                m_bytes.clear();
                group = std::move(m_waiting);
                m_waiting.clear();
            }
            lastGroup = group.size();
            if (::pwrite(m_fd, bytes.constData(), size_t(bytes.size()), offset) != bytes.size()
                || ::fdatasync(m_fd) != 0) {
                std::perror("bare_server: writing the log");
                std::_Exit(1);
            }
            offset += bytes.size();
            QMetaObject::invokeMethod(
                this, [this, group = std::move(group)] { synced(group); }, Qt::QueuedConnection);
        }
    }

    const int m_fd;
    // Main thread only: this turn's requests.
    QByteArray m_turnBytes;
    std::vector<Waiting> m_turn;
    // Shared with the sync thread.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QByteArray m_bytes;
    std::vector<Waiting> m_waiting;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const quint16 port = args.size() > 1 ? quint16(args.at(1).toUShort()) : 0;
    const qsizetype durableAt = args.indexOf(u"--durable"_s);

    std::unique_ptr<QAbstractHttpServer> server;
    if (durableAt > 0 && durableAt + 1 < args.size()) {
        const int fd = ::open(QFile::encodeName(args.at(durableAt + 1)).constData(),
            O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0) {
            std::perror("bare_server: opening the log");
            return 1;
        }
        // Written through once before the first request, as SQLite reuses its write-ahead log:
        // a sync then only writes data, while one that grows the file also commits the file
        // system's journal (16 writers each syncing its own file here: 6,500 syncs a second
        // appending, 12,500 overwriting). 32 MiB holds more than a benchmark round sends; beyond it
        // the log simply grows.
        static const QByteArray zeros(1 << 20, '\0');
        for (int mib = 0; mib < 32; ++mib) {
            if (::pwrite(fd, zeros.constData(), size_t(zeros.size()), off_t(mib) << 20)
                != zeros.size()) {
                std::perror("bare_server: preparing the log");
                return 1;
            }
        }
        if (::fdatasync(fd) != 0) {
            std::perror("bare_server: preparing the log");
            return 1;
        }
        server = std::make_unique<DurableServer>(fd);
    } else {
        auto plain = std::make_unique<QHttpServer>();
        plain->route(u"/api/v1/events"_s, QHttpServerRequest::Method::Post,
            [](const QHttpServerRequest &request) {
                std::optional<QJsonObject> answer = answerFor(request);
                if (!answer)
                    return QHttpServerResponse(QHttpServerResponder::StatusCode::BadRequest);
                return QHttpServerResponse(*answer);
            });
        server = std::move(plain);
    }
    const quint16 bound = server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        std::fprintf(stderr, "bare_server: cannot listen on port %u\n", port);
        return 1;
    }
    std::printf("listening on %u\n", bound);
    std::fflush(stdout);
    return app.exec();
}

// Benchmark of the history at scale: a profile with 1,000,000 events spread over a year (five
// categories; delivered, failed and pending), opened in the real main window on the Events page,
// then filtered by category and by status. Each figure is the time until the table has painted
// its rows. Then the API's latency while the window keeps filtering and scrolling: a script
// posts events one after another to the same running instance. Last, history retention on the
// same profile: history.keep-days 180 deletes about half of it in the running instance while the
// script keeps posting; the file must shrink, pending events stay, and every count stay exact.
// Prints
// ROW|figure|measured|target|ok lines for tests/bench/run.sh.
//
// usage: bench_history [EVENTS]   (runs offscreen unless QT_QPA_PLATFORM says otherwise)

#include "benchrows.h"
#include "config/profile.h"
#include "config/settings.h"
#include "dashboard/dashboardpage.h"
#include "domain/eventid.h"
#include "eventsmodel.h"
#include "eventspage.h"
#include "fakediscord.h"
#include "mainwindow.h"
#include "runtime/instance.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "testprofile.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

const QStringList Categories {u"sale"_s, u"signup"_s, u"error"_s, u"deploy"_s, u"feedback"_s};

// Writes `count` events the way the API stores them, oldest first over the last 365 days.
bool fill(const QString &dataDir, int count)
{
    auto db = Database::open(dataDir);
    if (!db)
        return false;
    for (const QString &name : Categories) {
        Category c;
        c.name = name;
        if (!CategoryStore(*db.value()).add(c))
            return false;
    }
    QRandomGenerator random(8);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 365LL * 24 * 3600 * 1000;
    constexpr int Chunk = 50000;
    for (int start = 0; start < count; start += Chunk) {
        const Status s = db.value()->transaction([&]() -> Status {
            QSqlQuery q(db.value()->connection());
            q.prepare(
                u"INSERT INTO events (id, category, description, fields, created_at, "
                "status, attempts, delivered_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (int i = start; i < qMin(count, start + Chunk); ++i) {
                const qint64 at = now - span + span * i / count;
                const quint32 dice = random.bounded(1000);
                const QString status = dice < 10 ? u"PENDING"_s
                    : dice < 30                  ? u"FAILED"_s
                                                 : u"DELIVERED"_s;
                q.bindValue(0, EventId::generate(at));
                q.bindValue(1, Categories.at(int(random.bounded(Categories.size()))));
                q.bindValue(2,
                    i % 3 ? QVariant(u"Order #%1 paid"_s.arg(i))
                          : QVariant(QMetaType::fromType<QString>()));
                q.bindValue(3,
                    u"{\"amount\":%1,\"plan\":\"PRO\",\"email\":\"user%2@example.com\"}"_s
                        .arg(random.bounded(10000) / 100.0)
                        .arg(i));
                q.bindValue(4, at);
                q.bindValue(5, status);
                q.bindValue(6, status == u"PENDING"_s ? 0 : 1);
                q.bindValue(7,
                    status == u"DELIVERED"_s ? QVariant(at + 300)
                                             : QVariant(QMetaType::fromType<qlonglong>()));
                q.bindValue(8,
                    status == u"FAILED"_s ? QVariant(u"Discord refused the message"_s)
                                          : QVariant(QMetaType::fromType<QString>()));
                if (!q.exec())
                    return Error::storage(q.lastError().text());
            }
            return {};
        });
        if (!s)
            return false;
    }
    if (!recountEvents(*db.value()))
        return false;
    QSqlQuery(db.value()->connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

// Runs the event loop until nothing is pending, then paints: the time a person waits.
void settleAndPaint(QWidget *window)
{
    QApplication::processEvents();
    window->repaint();
    QApplication::processEvents();
}

double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return timer.nsecsElapsed() / 1e6;
}

// A script's loop: POST an event on one keep-alive connection, wait for the answer, again, until
// `stop`. Returns each answer's time in milliseconds (only 200s count).
std::vector<double> postUntil(quint16 port, const QByteArray &key, const std::atomic<bool> &stop)
{
    const QByteArray body = R"({"category":"sale","fields":{"amount":49.99},"description":"x"})";
    const QByteArray request = "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/json\r\nAuthorization: Bearer "
        + key + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    std::vector<double> latencies;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return latencies;
    QElapsedTimer timer;
    while (!stop) {
        timer.start();
        socket.write(request);
        QByteArray reply;
        qsizetype headerEnd = -1;
        qint64 length = -1;
        while (length < 0 || reply.size() < headerEnd + 4 + length) {
            if (!socket.waitForReadyRead(10000))
                return latencies;
            reply += socket.readAll();
            headerEnd = reply.indexOf("\r\n\r\n");
            const qsizetype at = reply.indexOf("Content-Length: ");
            if (headerEnd >= 0 && at >= 0)
                length = reply.mid(at + 16, reply.indexOf('\r', at) - at - 16).toLongLong();
        }
        if (reply.startsWith("HTTP/1.1 200"))
            latencies.push_back(timer.nsecsElapsed() / 1e6);
    }
    return latencies;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// history.keep-days 180 on a year of events, applied by the running instance while a script
// posts; rows for the time it takes, the API's p99 meanwhile, the file's size, and what it kept.
void pruneWhilePosting(Instance &instance, const QByteArray &key)
{
    Database &db = instance.database();
    const auto fileBytes = [&db] {
        scalar(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        return QFileInfo(db.filePath()).size();
    };
    const qint64 cutoff = QDateTime::currentDateTime().addDays(-180).toMSecsSinceEpoch();
    const QString old = u" FROM events WHERE created_at < %1"_s.arg(cutoff);
    const qint64 before = fileBytes();
    const qint64 oldPending = scalar(db, u"SELECT count(*)"_s + old + u" AND status = 'PENDING'"_s);
    const qint64 toGo = scalar(db, u"SELECT count(*)"_s + old + u" AND status <> 'PENDING'"_s);

    std::atomic<bool> stop {false};
    std::vector<double> latencies;
    std::thread script([&, port = instance.port()] { latencies = postUntil(port, key, stop); });
    (void)Settings(db).set(Settings::Key::HistoryKeepDays, u"180"_s);
    instance.profileEdited();
    QElapsedTimer timer;
    timer.start();
    instance.pruneHistory();
    while (scalar(db, u"SELECT count(*)"_s + old + u" AND status <> 'PENDING'"_s) > 0
        && timer.elapsed() < 600000)
        QThread::msleep(1000); // a count over the old events: not too often, it takes CPU too
    const double seconds = timer.elapsed() / 1000.0;
    stop = true;
    script.join();
    QThread::msleep(500); // the last step's pages given back
    const qint64 after = fileBytes();
    const qint64 pendingKept
        = scalar(db, u"SELECT count(*)"_s + old + u" AND status = 'PENDING'"_s);
    const bool countsExact = scalar(db,
                                 u"SELECT count(*) FROM (SELECT category, status, count(*) AS n "
                                 "FROM events GROUP BY category, status EXCEPT SELECT category, "
                                 "status, n FROM event_counts WHERE n > 0)"_s)
            == 0
        && scalar(db, u"SELECT sum(n) FROM event_counts"_s)
            == scalar(db, u"SELECT count(*) FROM events"_s);
    std::sort(latencies.begin(), latencies.end());
    const double p99
        = latencies.empty() ? -1.0 : latencies[size_t(0.99 * double(latencies.size() - 1))];
    std::fprintf(stderr,
        "bench_history: retention deleted %lld events in %.1f s; %zu events posted meanwhile, "
        "p99 %.2f ms; file %.0f -> %.0f MB; %lld of %lld old pending events kept; counts %s\n",
        static_cast<long long>(toGo), seconds, latencies.size(), p99, before / 1048576.0,
        after / 1048576.0, static_cast<long long>(pendingKept), static_cast<long long>(oldPending),
        countsExact ? "exact" : "WRONG");
    row(u"retention on 1,000,000 events: API p99 meanwhile"_s,
        u"%1 ms (%2 events posted while %3 were deleted in %4 s)"_s.arg(p99, 0, 'f', 2)
            .arg(latencies.size())
            .arg(toGo)
            .arg(seconds, 0, 'f', 1),
        u"<= 10 ms"_s, !latencies.empty() && p99 <= 10);
    row(u"retention on 1,000,000 events: file, kept, counts"_s,
        u"%1 -> %2 MB; %3 of %4 old pending kept; counts %5"_s.arg(before / 1048576.0, 0, 'f', 0)
            .arg(after / 1048576.0, 0, 'f', 0)
            .arg(pendingKept)
            .arg(oldPending)
            .arg(countsExact ? u"exact"_s : u"wrong"_s),
        u"shrinks; all kept; exact"_s,
        after < before * 3 / 4 && pendingKept == oldPending && countsExact);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;

    QTemporaryDir dir;
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(dir.path(), count)) {
        std::fprintf(stderr, "bench_history: could not write the events\n");
        return 1;
    }
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(dir.path()).entryInfoList(QDir::Files))
        bytes += file.size();
    std::fprintf(
        stderr, "bench_history: wrote %d events in %.1f s\n", count, fillTimer.elapsed() / 1000.0);

    Instance::Options options;
    options.dataDir = dir.path();
    options.port = 0;
    auto service = Instance::start(options);
    if (!service) {
        std::fprintf(stderr, "bench_history: %s\n", qPrintable(service.error().message));
        return 1;
    }

    std::unique_ptr<MainWindow> window;
    const double open = timed([&] {
        window = std::make_unique<MainWindow>(*service.value());
        window->resize(1100, 700);
        window->show();
        window->showPage(MainWindow::Page::Events);
        settleAndPaint(window.get());
    });
    EventsPage *events = window->eventsPage();
    const int shown = events->model()->rowCount();

    // Each filter from the unfiltered view, as a person would switch.
    QComboBox *category = events->categoryFilter();
    const double byCategory = timed([&] {
        category->setCurrentIndex(category->findData(u"deploy"_s));
        settleAndPaint(window.get());
    });
    const int categoryRows = events->model()->rowCount();
    category->setCurrentIndex(0);
    settleAndPaint(window.get());

    QComboBox *status = events->statusFilter();
    const double byStatus = timed([&] {
        status->setCurrentIndex(status->findData(int(DeliveryStatus::Failed)));
        settleAndPaint(window.get());
    });
    const int statusRows = events->model()->rowCount();
    status->setCurrentIndex(0);
    settleAndPaint(window.get());

    // Scrolling to the very end: the deepest page there is.
    const double deepest = timed([&] {
        events->view()->scrollToBottom();
        settleAndPaint(window.get());
    });

    const double dashboard = timed([&] {
        window->showPage(MainWindow::Page::Dashboard);
        settleAndPaint(window.get());
    });

    // The widest range: two months of quarter hours read, the month before included.
    QComboBox *range = window->dashboardPage()->rangeBox();
    const double dashboardMonth = timed([&] {
        range->setCurrentIndex(range->findData(int(DashboardFigures::Range::Month)));
        settleAndPaint(window.get());
    });
    range->setCurrentIndex(0);

    std::fprintf(stderr,
        "bench_history: %d rows listed, %d in one category, %d failed; deepest page %.1f ms, "
        "dashboard %.1f ms (last 30 days %.1f ms)\n",
        shown, categoryRows, statusRows, deepest, dashboard, dashboardMonth);

    // The API while the window works: a script posts events one after another while the window
    // filters, scrolls and shows the dashboard, over and over, for five seconds.
    FakeDiscord discord;
    discord.start();
    discord.channelLimit = 1000000;
    Settings settings(service.value()->database());
    (void)settings.set(Settings::Key::DiscordWebhookUrl, discord.webhookUrl().toString());
    (void)settings.set(Settings::Key::RateLimitPerMinute, u"0"_s);
    service.value()->profileEdited();
    const QByteArray key = Profile(service.value()->database()).apiKey().value().toLatin1();
    std::atomic<bool> stop {false};
    std::vector<double> latencies;
    std::thread script(
        [&, port = service.value()->port()] { latencies = postUntil(port, key, stop); });
    window->showPage(MainWindow::Page::Events);
    QElapsedTimer busy;
    busy.start();
    int cycles = 0;
    while (busy.elapsed() < 5000) {
        for (int i : {category->findData(u"deploy"_s), 0}) {
            category->setCurrentIndex(i);
            settleAndPaint(window.get());
        }
        for (int i : {status->findData(int(DeliveryStatus::Failed)), 0}) {
            status->setCurrentIndex(i);
            settleAndPaint(window.get());
        }
        events->view()->scrollToBottom();
        settleAndPaint(window.get());
        events->view()->scrollToTop();
        settleAndPaint(window.get());
        ++cycles;
    }
    stop = true;
    script.join();
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&latencies](double q) {
        return latencies.empty() ? -1.0 : latencies[size_t(q * double(latencies.size() - 1))];
    };
    std::fprintf(stderr,
        "bench_history: %zu events posted during %d filter-and-scroll cycles; p50 %.2f ms, p99 "
        "%.2f ms, max %.2f ms\n",
        latencies.size(), cycles, at(0.5), at(0.99), at(1.0));
    row(u"1,000,000 events: database size"_s,
        u"%1 MB (%2 bytes an event)"_s.arg(bytes / 1048576.0, 0, 'f', 0).arg(bytes / count),
        u"reported"_s, true);
    row(u"1,000,000 events: window opens on Events"_s, u"%1 ms"_s.arg(open, 0, 'f', 0),
        u"<= 300 ms"_s, open <= 300 && shown == count);
    row(u"1,000,000 events: category filter"_s, u"%1 ms"_s.arg(byCategory, 0, 'f', 0),
        u"<= 100 ms"_s, byCategory <= 100 && categoryRows > 0);
    row(u"1,000,000 events: status filter"_s, u"%1 ms"_s.arg(byStatus, 0, 'f', 0), u"<= 100 ms"_s,
        byStatus <= 100 && statusRows > 0);
    row(u"API p99 while the window filters and scrolls"_s,
        u"%1 ms (p50 %2 ms, %3 events in %4 cycles)"_s.arg(at(0.99), 0, 'f', 2)
            .arg(at(0.5), 0, 'f', 2)
            .arg(latencies.size())
            .arg(cycles),
        u"<= 10 ms"_s, !latencies.empty() && at(0.99) <= 10);
    pruneWhilePosting(*service.value(), key);
    info(u"1,000,000 events: scroll to the oldest"_s, u"%1 ms"_s.arg(deepest, 0, 'f', 0),
        u"(no target)"_s);
    info(u"1,000,000 events: dashboard opens"_s, u"%1 ms"_s.arg(dashboard, 0, 'f', 0),
        u"(no target)"_s);
    info(u"1,000,000 events: dashboard, last 30 days"_s, u"%1 ms"_s.arg(dashboardMonth, 0, 'f', 0),
        u"(no target)"_s);
    return 0;
}

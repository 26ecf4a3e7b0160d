// History retention (contract §6): history.keep-days and history.max-events delete the oldest
// events, never a pending one, keep the counts every view shows, give disk space back, and run
// in a running instance while the API keeps answering.

#include "apitesthelpers.h"
#include "config/settings.h"
#include "runtime/instance.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/retention.h"
#include "testprofile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keepDaysDeletesOldEventsButNeverPendingOnes();
    void maxEventsKeepsTheNewest();
    void countsStayExact();
    void deletedEventsGiveDiskSpaceBack();
    void anOlderDatabaseIsRewrittenOnceToGiveSpaceBack();
    void anIdempotencyKeyOfADeletedEventCreatesANewOne();
    void runningInstancePrunesWhileTheApiAnswers();
    void commandLinePrunesAndSaysHowMany();

private:
    // `count` events of `category` in `status`, `daysAgo` old, with fields of `fieldBytes`.
    void addEvents(int count, const QString &status, int daysAgo, int fieldBytes = 20,
        const QString &category = u"sale"_s);
    qint64 countWhere(const QString &condition);
    // event_counts against a count of the rows themselves.
    bool countsMatchTheRows();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Database> m_db;
    int m_added = 0;
};

void TestRetention::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_added = 0;
}

void TestRetention::cleanup()
{
    m_db.reset();
    m_profile.reset();
}

void TestRetention::addEvents(
    int count, const QString &status, int daysAgo, int fieldBytes, const QString &category)
{
    // Plain SQL, to set the time and the status of choice; counted after, as a store would.
    const qint64 at = QDateTime::currentDateTime().addDays(-daysAgo).toMSecsSinceEpoch();
    QVERIFY(m_db->connection().transaction());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"INSERT INTO events (id, category, description, fields, created_at, status) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s));
    const QString fields = u"{\"note\":\"%1\"}"_s.arg(QString(fieldBytes, u'x'));
    for (int i = 0; i < count; ++i) {
        q.addBindValue(u"ret%1"_s.arg(m_added++, 12, 10, QChar(u'0')));
        q.addBindValue(category);
        q.addBindValue(u"event %1"_s.arg(m_added));
        q.addBindValue(fields);
        q.addBindValue(at + i);
        q.addBindValue(status);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(m_db->connection().commit());
    QVERIFY(recountEvents(*m_db));
}

qint64 TestRetention::countWhere(const QString &condition)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT count(*) FROM events WHERE "_s + condition) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool TestRetention::countsMatchTheRows()
{
    QSqlQuery q(m_db->connection());
    return q.exec(u"SELECT count(*) FROM (SELECT category, status, count(*) AS n FROM events "
                  "GROUP BY category, status EXCEPT SELECT category, status, n FROM event_counts "
                  "WHERE n > 0)"_s)
        && q.next() && q.value(0).toInt() == 0
        && q.exec(u"SELECT coalesce(sum(n), 0) FROM event_counts"_s) && q.next()
        && q.value(0).toLongLong() == countWhere(u"1"_s);
}

void TestRetention::keepDaysDeletesOldEventsButNeverPendingOnes()
{
    addEvents(900, u"DELIVERED"_s, 40);
    addEvents(60, u"FAILED"_s, 35);
    addEvents(25, u"PENDING"_s, 50); // old, but still owed a delivery
    addEvents(300, u"DELIVERED"_s, 2);
    const Result<qint64> deleted = Retention(*m_db).run({30, 0}, QDateTime::currentDateTime());
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value(), 960);
    QCOMPARE(countWhere(u"status = 'PENDING'"_s), 25);
    QCOMPARE(countWhere(u"1"_s), 325);
    QVERIFY(countsMatchTheRows());
    // Kept already: nothing more to do.
    QCOMPARE(Retention(*m_db).run({30, 0}, QDateTime::currentDateTime()).value(), 0);
}

void TestRetention::maxEventsKeepsTheNewest()
{
    addEvents(10, u"PENDING"_s, 9);
    addEvents(400, u"DELIVERED"_s, 8);
    addEvents(100, u"DELIVERED"_s, 1);
    const Result<qint64> deleted = Retention(*m_db).run({0, 150}, QDateTime::currentDateTime());
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value(), 360);
    QCOMPARE(countWhere(u"1"_s), 150); // the oldest pending stay and count towards the limit
    QCOMPARE(countWhere(u"status = 'PENDING'"_s), 10);
    QCOMPARE(countWhere(u"created_at < "_s
                 + QString::number(QDateTime::currentDateTime().addDays(-5).toMSecsSinceEpoch())
                 + u" AND status = 'DELIVERED'"_s),
        40);
    QVERIFY(countsMatchTheRows());
}

void TestRetention::countsStayExact()
{
    for (const QString &category : {u"sale"_s, u"signup"_s, u"error"_s}) {
        addEvents(300, u"DELIVERED"_s, 20, 20, category);
        addEvents(30, u"FAILED"_s, 20, 20, category);
        addEvents(20, u"DELIVERED"_s, 0, 20, category);
    }
    QVERIFY(Retention(*m_db).run({10, 40}, QDateTime::currentDateTime()).ok());
    QCOMPARE(countWhere(u"1"_s), 40);
    QVERIFY(countsMatchTheRows());
    QCOMPARE(EventStore(*m_db).count({}).value(), 40);
    EventQuery failed;
    failed.status = DeliveryStatus::Failed;
    QCOMPARE(EventStore(*m_db).count(failed).value(), 0);
}

void TestRetention::deletedEventsGiveDiskSpaceBack()
{
    addEvents(20000, u"DELIVERED"_s, 100, 800);
    addEvents(100, u"DELIVERED"_s, 0, 800);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    q.finish(); // its row would keep a statement open on the connection retention writes on
    const qint64 before = QFile(m_db->filePath()).size();
    QVERIFY2(before > 15 * 1024 * 1024, qPrintable(QString::number(before)));
    const Result<qint64> deleted = Retention(*m_db).run({30, 0}, QDateTime::currentDateTime());
    QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().detail));
    QCOMPARE(deleted.value(), 20000);
    QVERIFY(q.exec(u"PRAGMA freelist_count"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // every freed page given back
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    q.finish();
    const qint64 after = QFile(m_db->filePath()).size();
    QVERIFY2(after < before / 10, qPrintable(u"%1 -> %2 bytes"_s.arg(before).arg(after)));
}

void TestRetention::anOlderDatabaseIsRewrittenOnceToGiveSpaceBack()
{
    // A profile written by release 0.1.0, before retention: no incremental vacuum yet.
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/fixtures/profile-0.1.0.sqlite"_s,
        dir.filePath(u"pingpanda.sqlite"_s)));
    QFile::setPermissions(
        dir.filePath(u"pingpanda.sqlite"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto old = Database::open(dir.path());
    QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
    const auto mode = [&old] {
        QSqlQuery q(old.value()->connection());
        return q.exec(u"PRAGMA auto_vacuum"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(mode(), 0);
    const qint64 events = EventStore(*old.value()).count({}).value();
    QVERIFY(old.value()->enableIncrementalVacuum().ok());
    QCOMPARE(mode(), 2);
    QCOMPARE(EventStore(*old.value()).count({}).value(), events); // nothing lost
    QVERIFY(old.value()->enableIncrementalVacuum().ok()); // once: the second time is nothing
    // A database this version creates has it from the start.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA auto_vacuum"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestRetention::anIdempotencyKeyOfADeletedEventCreatesANewOne()
{
    auto instance = m_profile->startInstance();
    QVERIFY(instance.ok());
    QNetworkAccessManager nam;
    const auto post = [&] {
        return httpRequest(nam, "POST", QUrl(instance.value()->url() + u"/api/v1/events"_s),
            R"({"category":"sale"})",
            {{"Authorization", "Bearer " + m_profile->apiKey()},
                {"Content-Type", "application/json"}, {"Idempotency-Key", "order-7"}});
    };
    const HttpReply first = post();
    QCOMPARE(first.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(countWhere(u"status = 'DELIVERED'"_s), 1, 10000);
    QVERIFY(Retention(*m_db).run({0, 1}, QDateTime::currentDateTime()).ok()); // keeps it
    addEvents(1, u"DELIVERED"_s, 0);
    QVERIFY(Retention(*m_db).run({0, 1}, QDateTime::currentDateTime()).ok()); // the first goes
    const HttpReply again = post();
    QCOMPARE(again.status, 200);
    QVERIFY(again.json().find(u"eventId")->toString() != first.json().find(u"eventId")->toString());
}

void TestRetention::runningInstancePrunesWhileTheApiAnswers()
{
    addEvents(3000, u"DELIVERED"_s, 60);
    auto instance = m_profile->startInstance();
    QVERIFY(instance.ok());
    QVERIFY(Settings(*m_db).set(Settings::Key::HistoryKeepDays, u"30"_s).ok());
    instance.value()->pruneHistory();
    // The API answers throughout: each event posted meanwhile is stored.
    QNetworkAccessManager nam;
    int posted = 0;
    QElapsedTimer timer;
    timer.start();
    while (countWhere(u"created_at < "_s
               + QString::number(QDateTime::currentDateTime().addDays(-30).toMSecsSinceEpoch()))
            > 0
        && timer.elapsed() < 20000) {
        const HttpReply r = httpRequest(nam, "POST",
            QUrl(instance.value()->url() + u"/api/v1/events"_s), R"({"category":"sale"})",
            {{"Authorization", "Bearer " + m_profile->apiKey()},
                {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
        ++posted;
    }
    QVERIFY(posted > 0);
    QTRY_VERIFY_WITH_TIMEOUT(countWhere(u"1"_s) == posted, 20000);
    QVERIFY(countsMatchTheRows());
}

void TestRetention::commandLinePrunesAndSaysHowMany()
{
    addEvents(120, u"DELIVERED"_s, 10);
    addEvents(5, u"DELIVERED"_s, 0);
    const auto prune = [this] {
        QProcess p;
        p.start(QStringLiteral(PINGPANDA_BINARY),
            {u"--data-dir"_s, m_profile->path(), u"events"_s, u"prune"_s});
        p.waitForFinished(30000);
        return std::pair {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
    };
    const auto [unset, unsetText] = prune();
    QCOMPARE(unset, 0);
    QVERIFY2(unsetText.contains(u"history.keep-days"_s), qPrintable(unsetText));
    QCOMPARE(countWhere(u"1"_s), 125);
    QVERIFY(Settings(*m_db).set(Settings::Key::HistoryKeepDays, u"7"_s).ok());
    const auto [code, text] = prune();
    QCOMPARE(code, 0);
    QVERIFY2(text.startsWith(u"Deleted 120 events; 5 kept"_s), qPrintable(text));
    QCOMPARE(countWhere(u"1"_s), 5);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"

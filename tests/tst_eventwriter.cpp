// The writer thread's group commit, and how a running instance tells its own writes from a
// change to the profile.

#include "categorystore.h"
#include "database.h"
#include "eventstore.h"
#include "eventwriter.h"
#include "liveprofile.h"
#include "profilenotifier.h"
#include "settings.h"
#include "threadstats.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestEventWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void concurrentEventsShareACommit();
    void aRefusedEventIsRefusedAlone();
    void aRepeatedKeyInOneBatchIsReplayed();
    void destructionWritesWhatIsQueued();
    void checkpointsRunBesideTheWriterAndTheLogIsReused();
    void liveProfileReloadsForProfileChangesOnly();
    void viewsAreToldOfEventsAFewTimesASecond();
    void aCoreIsKeptAwakeWhileClientsOverlap();
    void aLoneClientLeavesTheCoreToSleep();

private:
    NewEvent newEvent(const QString &category, const QString &description = {}) const;
    qint64 storedCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db; // the test's own connection, as the API thread has one
};

void TestEventWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::move(Database::open(m_dir->path())).value();
    Category sale;
    sale.name = u"sale"_s;
    QVERIFY(CategoryStore(*m_db).add(sale).ok());
}

void TestEventWriter::cleanup()
{
    // Each test's writer is gone by now; its CoreAwake thread ends a moment after the writer's
    // destructor returns. Waited for, so that the next test finds only its own.
    QTRY_COMPARE(threadIdByName(CoreAwake::ThreadName), -1);
    m_db.reset();
    m_dir.reset();
}

NewEvent TestEventWriter::newEvent(const QString &category, const QString &description) const
{
    NewEvent e;
    e.category = category;
    e.description = description;
    return e;
}

qint64 TestEventWriter::storedCount() const
{
    return EventStore(*m_db).count({}).value();
}

void TestEventWriter::concurrentEventsShareACommit()
{
    auto writer = std::move(EventWriter::start(m_dir->path())).value();
    constexpr int Events = 300;
    QList<std::optional<Result<StoredEvent>>> answers(Events);
    QSet<QThread *> answeredOn;
    for (int i = 0; i < Events; ++i) {
        writer->add(newEvent(u"sale"_s, QString::number(i)), [&, i](Result<StoredEvent> result) {
            answers[i] = std::move(result);
            answeredOn.insert(QThread::currentThread());
        });
    }
    QVERIFY(std::none_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a; }));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }),
        10000);

    QSet<QString> ids;
    for (int i = 0; i < Events; ++i) {
        if (!answers[i]->ok())
            QFAIL(qPrintable(answers[i]->error().message));
        QCOMPARE(answers[i]->value().event.description, QString::number(i));
        QVERIFY(!answers[i]->value().replayed);
        ids.insert(answers[i]->value().event.id);
    }
    QCOMPARE(ids.size(), Events);
    QCOMPARE(storedCount(), Events);
    // Answers come on the thread that added, never on the writer's.
    QCOMPARE(answeredOn, QSet<QThread *> {QThread::currentThread()});
    // Added faster than one commit takes, they share transactions: a handful, not 300.
    QCOMPARE(writer->committedEvents(), quint64(Events));
    QVERIFY2(writer->commits() <= 10, qPrintable(u"%1 commits"_s.arg(writer->commits())));
}

void TestEventWriter::aRefusedEventIsRefusedAlone()
{
    auto writer = std::move(EventWriter::start(m_dir->path())).value();
    QList<std::optional<Result<StoredEvent>>> answers(3);
    const QStringList categories {u"sale"_s, u"nope"_s, u"sale"_s};
    for (int i = 0; i < 3; ++i) {
        writer->add(newEvent(categories[i]),
            [&answers, i](Result<StoredEvent> result) { answers[i] = std::move(result); });
    }
    QTRY_VERIFY(answers[0] && answers[1] && answers[2]);
    QVERIFY(answers[0]->ok());
    QVERIFY(!answers[1]->ok());
    QCOMPARE(answers[1]->error().code, Error::Code::NotFound);
    QVERIFY(answers[2]->ok());
    QCOMPARE(storedCount(), 2);
}

void TestEventWriter::aRepeatedKeyInOneBatchIsReplayed()
{
    auto writer = std::move(EventWriter::start(m_dir->path())).value();
    QList<std::optional<Result<StoredEvent>>> answers(2);
    for (int i = 0; i < 2; ++i) {
        NewEvent e = newEvent(u"sale"_s);
        e.idempotencyKey = u"order-1"_s;
        e.requestHash = "same request";
        writer->add(
            e, [&answers, i](Result<StoredEvent> result) { answers[i] = std::move(result); });
    }
    QTRY_VERIFY(answers[0] && answers[1]);
    QVERIFY(answers[0]->ok() && answers[1]->ok());
    QVERIFY(!answers[0]->value().replayed);
    QVERIFY(answers[1]->value().replayed);
    QCOMPARE(answers[1]->value().event.id, answers[0]->value().event.id);
    QCOMPARE(storedCount(), 1);
}

void TestEventWriter::destructionWritesWhatIsQueued()
{
    int answered = 0;
    {
        auto writer = std::move(EventWriter::start(m_dir->path())).value();
        for (int i = 0; i < 50; ++i)
            writer->add(newEvent(u"sale"_s), [&answered](Result<StoredEvent>) { ++answered; });
    }
    // Written before the thread stopped; the answers had nobody left to go to.
    QCOMPARE(storedCount(), 50);
    QCOMPARE(answered, 0);
}

void TestEventWriter::checkpointsRunBesideTheWriterAndTheLogIsReused()
{
    auto writer = std::move(EventWriter::start(m_dir->path())).value();
    const QString log = m_dir->filePath(QString::fromLatin1(Database::FileName) + u"-wal"_s);
    // One event a commit, each answered before the next: the writer is idle in between, as a
    // desktop's writer nearly always is. Enough commits for several passes.
    const int perPass = EventWriter::CheckpointPages / EventWriter::logPagesFor(1);
    const int events = 4 * perPass;
    qint64 largestLog = 0;
    for (int i = 0; i < events; ++i) {
        bool answered = false;
        QEventLoop loop;
        writer->add(newEvent(u"sale"_s), [&](Result<StoredEvent> result) {
            QVERIFY(result.ok());
            answered = true;
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(answered);
        largestLog = std::max(largestLog, QFileInfo(log).size());
    }
    QCOMPARE(storedCount(), events);
    // The passes ran on the checkpointer's thread...
    QVERIFY2(writer->checkpoints() >= 3, qPrintable(u"%1 passes"_s.arg(writer->checkpoints())));
    // ...and the writer wrote the log from its start again after each: it never reached the
    // 1,000 pages at which SQLite checkpoints inside a commit (the 4 passes' commits hold more
    // than 1,600).
    QSqlQuery pageSize(m_db->connection());
    QVERIFY(pageSize.exec(u"PRAGMA page_size"_s) && pageSize.next());
    const qint64 frame = 24 + pageSize.value(0).toLongLong();
    QVERIFY2(largestLog < 1000 * frame,
        qPrintable(u"the log grew to %1 pages"_s.arg(largestLog / frame)));
}

void TestEventWriter::liveProfileReloadsForProfileChangesOnly()
{
    LiveProfile profile(*m_db);
    QVERIFY(profile.reload().ok()); // creates the API key: a profile change of its own
    QVERIFY(profile.reload().ok());
    const quint64 loads = profile.loadCount();
    auto other = std::move(Database::open(m_dir->path())).value(); // the writer, or the CLI
    // Changes apply to what begins more than CheckInterval after them.
    const auto later = [] { QTest::qSleep(int(LiveProfile::CheckIntervalNs / 1000000) + 1); };

    // Events written through another connection: nothing to reload.
    QVERIFY(EventStore(*other).add(u"sale"_s, {}, JsonValue::object()).ok());
    later();
    Result<bool> refreshed = profile.refreshIfChanged();
    QVERIFY(refreshed.ok());
    QVERIFY(!refreshed.value());
    QCOMPARE(profile.loadCount(), loads);

    // A category, then a setting: each reloads once, and is seen.
    Category signup;
    signup.name = u"signup"_s;
    QVERIFY(CategoryStore(*other).add(signup).ok());
    later();
    refreshed = profile.refreshIfChanged();
    QVERIFY(refreshed.ok() && refreshed.value());
    QCOMPARE(profile.loadCount(), loads + 1);
    QVERIFY(profile.category(u"signup"_s));

    QVERIFY(Settings(*other).set(Settings::Key::RateLimitPerMinute, u"7"_s).ok());
    later();
    refreshed = profile.refreshIfChanged();
    QVERIFY(refreshed.ok() && refreshed.value());
    QCOMPARE(profile.rateLimitPerMinute(), 7);

    later();
    refreshed = profile.refreshIfChanged();
    QVERIFY(refreshed.ok() && !refreshed.value());
    QCOMPARE(profile.loadCount(), loads + 2);
}

void TestEventWriter::viewsAreToldOfEventsAFewTimesASecond()
{
    ProfileNotifier notifier;
    QSignalSpy events(&notifier, &ProfileNotifier::eventsChanged);
    QSignalSpy profile(&notifier, &ProfileNotifier::profileChanged);
    // A steady stream for a second: an event every millisecond or so.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1000) {
        notifier.noteEventsChanged();
        QTest::qWait(1);
    }
    QTest::qWait(int(ProfileNotifier::MinIntervalMs) + 50);
    // At most one per MinIntervalMs (and the last one comes after the stream ends).
    QVERIFY2(events.size() >= 2 && events.size() <= 1000 / ProfileNotifier::MinIntervalMs + 2,
        qPrintable(QString::number(events.size())));
    // A profile change is not held back.
    notifier.noteEventsChanged();
    notifier.noteProfileChanged();
    QTRY_COMPARE_WITH_TIMEOUT(profile.size(), 1, 50);
}

// Adds `count` events at once and waits until every one is answered; false if one was not stored.
static bool storeTogether(EventWriter &writer, const NewEvent &event, int count)
{
    QEventLoop answered;
    int waiting = count;
    bool stored = true;
    for (int i = 0; i < count; ++i) {
        writer.add(event, [&](const Result<StoredEvent> &result) {
            stored = stored && result.ok();
            if (--waiting == 0)
                answered.quit();
        });
    }
    QTimer::singleShot(5000, &answered, &QEventLoop::quit);
    answered.exec();
    return stored && waiting == 0;
}

// The CoreAwake thread of the one writer running (-1 if none shows up; cleanup() saw the last
// test's end).
static qint64 awakeThread()
{
    qint64 tid = -1;
    const bool found = QTest::qWaitFor(
        [&] { return (tid = threadIdByName(CoreAwake::ThreadName)) != -1; }, 5000);
    return found ? tid : -1;
}

void TestEventWriter::aCoreIsKeptAwakeWhileClientsOverlap()
{
    auto writer = std::move(EventWriter::start(m_dir->path())).value();
    const qint64 tid = awakeThread();
    QVERIFY(tid != -1);
    const auto before = threadCpuTime(tid);
    QVERIFY(before >= 0ns);

    // Two clients, each sending again once answered: the thread spins while their events are
    // stored and a moment after they are answered, for as long as a core is free for it (it runs
    // only then), until it has spun for 20 ms in all.
    QElapsedTimer sending;
    sending.start();
    int sent = 0;
    while (threadCpuTime(tid) - before < 20ms && !sending.hasExpired(30000)) {
        QVERIFY(storeTogether(*writer, newEvent(u"sale"_s), 2));
        sent += 2;
    }
    QVERIFY2(threadCpuTime(tid) - before >= 20ms,
        qPrintable(u"%1 ns over %2 events"_s.arg((threadCpuTime(tid) - before).count()).arg(sent)));

    // Nothing stored: it sleeps.
    QThread::msleep(100);
    const auto idle = threadCpuTime(tid);
    QThread::msleep(300);
    QVERIFY2(threadCpuTime(tid) - idle < 1ms,
        qPrintable(QString::number((threadCpuTime(tid) - idle).count())));
}

void TestEventWriter::aLoneClientLeavesTheCoreToSleep()
{
    auto writer = std::move(EventWriter::start(m_dir->path())).value();
    const qint64 tid = awakeThread();
    QVERIFY(tid != -1);
    const auto before = threadCpuTime(tid);

    // A script sending one event after another: nothing overlaps, so no core is kept awake.
    for (int i = 0; i < 200; ++i)
        QVERIFY(storeTogether(*writer, newEvent(u"sale"_s), 1));
    QCOMPARE(writer->committedEvents(), quint64(200));
    QVERIFY2(threadCpuTime(tid) - before < 1ms,
        qPrintable(QString::number((threadCpuTime(tid) - before).count())));
}

QTEST_GUILESS_MAIN(TestEventWriter)
#include "tst_eventwriter.moc"

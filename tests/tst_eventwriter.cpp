// The writer thread's group commit, and how a running instance tells its own writes from a
// change to the profile.

#include "config/liveprofile.h"
#include "config/settings.h"
#include "runtime/profilenotifier.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/eventwriter.h"

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
    void theLogStaysBoundedUnderSteadyWrites();
    void liveProfileReloadsForProfileChangesOnly();
    void viewsAreToldOfEventsAFewTimesASecond();

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

void TestEventWriter::theLogStaysBoundedUnderSteadyWrites()
{
    // Over 3,000 pages of commits, twelve clients at a time: SQLite copies the write-ahead log
    // into the database as it goes, so the log is reused instead of growing with the history.
    auto writer = std::move(EventWriter::start(m_dir->path())).value();
    const QString log = m_dir->filePath(QString::fromLatin1(Database::FileName) + u"-wal"_s);
    qint64 largestLog = 0;
    for (int i = 0; i < 300; ++i) {
        QVERIFY(storeTogether(*writer, newEvent(u"sale"_s, QString(200, u'x')), 12));
        largestLog = std::max(largestLog, QFileInfo(log).size());
    }
    QCOMPARE(storedCount(), 3600);
    QSqlQuery pages(m_db->connection());
    QVERIFY(pages.exec(u"PRAGMA page_size"_s) && pages.next());
    const qint64 pageSize = pages.value(0).toLongLong();
    QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
    // SQLite checkpoints once the log passes 1,000 pages; a commit may carry it a little past.
    QVERIFY2(largestLog < 1100 * (pageSize + 24),
        qPrintable(u"the log grew to %1 pages, the database is %2"_s.arg(largestLog / pageSize)
                       .arg(pages.value(0).toLongLong())));
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

QTEST_GUILESS_MAIN(TestEventWriter)
#include "tst_eventwriter.moc"

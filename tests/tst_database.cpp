#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsFolderAndFileWithOwnerOnlyPermissions();
    void migratesAnEmptyFile();
    void reopenKeepsData();
    void upgradesAnOlderSchemaKeepingData();
    void upgradeFromVersion7KeepsCountsAndRules();
    void aProfileFromRelease010UpgradesWithNothingLost();
    void refusesNewerSchema();
    void refusesFileThatIsNotADatabase();
    void refusesAnotherProgramsDatabase();
    void refusesAFolderPathThatIsAFile();
    void rollsBackAFailedTransaction();
    void aDeferredTransactionAloneSkipsTheSync();
    void aTransactionWaitsForAnotherConnectionsLock();
    void twoConnectionsSeeEachOthersWrites();
    void anotherConnectionReadsEveryUnsyncedCommit();

private:
    static int mode(const QString &path);
    int userVersion(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TestDatabase::mode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

int TestDatabase::userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return version;
}

void TestDatabase::createsFolderAndFileWithOwnerOnlyPermissions()
{
    const QString dataDir = m_dir->filePath(u"nested/profile"_s);
    auto db = Database::open(dataDir);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));

    QVERIFY(QFileInfo(dataDir).isDir());
    QVERIFY(QFileInfo(dataDir + u"/pingpanda.sqlite"_s).isFile());
#ifdef Q_OS_UNIX
    QCOMPARE(mode(dataDir), 0700);
    QCOMPARE(mode(dataDir + u"/pingpanda.sqlite"_s), 0600);
    // The write-ahead log holds event data too, so it must be just as private.
    QCOMPARE(mode(dataDir + u"/pingpanda.sqlite-wal"_s), 0600);
    QCOMPARE(mode(dataDir + u"/pingpanda.sqlite-shm"_s), 0600);
#endif
}

void TestDatabase::migratesAnEmptyFile()
{
    const QString path = m_dir->filePath(u"pingpanda.sqlite"_s);
    {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QCOMPARE(tables,
        (QStringList {u"api_keys"_s, u"categories"_s, u"delivery_attempts"_s, u"event_counts"_s,
            u"events"_s, u"hooks"_s, u"idempotency_keys"_s, u"profile"_s, u"profile_revision"_s,
            u"settings"_s}));
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
    QCOMPARE(Database::schemaVersion(), Migrations::latestVersion());
}

void TestDatabase::reopenKeepsData()
{
    {
        auto db = Database::open(m_dir->path());
        QVERIFY(db.ok());
        Category c;
        c.name = u"sale"_s;
        c.emoji = u"💰"_s;
        QVERIFY(CategoryStore(*db.value()).add(c).ok());
    }
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    auto found = CategoryStore(*db.value()).find(u"sale"_s);
    QVERIFY(found.ok());
    QCOMPARE(found->emoji, u"💰"_s);
}

void TestDatabase::upgradesAnOlderSchemaKeepingData()
{
    // Write a version 1 file, as the first release did: its statements only, and a category.
    const QString path = m_dir->filePath(u"pingpanda.sqlite"_s);
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        for (const QString &statement : Migrations::all().first().statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(u"INSERT INTO categories (name, color, created_at, updated_at) "
                       "VALUES ('sale', 255, 0, 0)"_s));
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(userVersion(path), Migrations::latestVersion());
    QCOMPARE(CategoryStore(*db.value()).find(u"sale"_s)->color, 255u);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM idempotency_keys"_s));
    QVERIFY(q.exec(u"SELECT delivery_nonce FROM events"_s));
}

void TestDatabase::upgradeFromVersion7KeepsCountsAndRules()
{
    // A version 7 file with events counted by its insert trigger, then opened by this build
    // while the connection that wrote it is still open.
    const QString path = m_dir->filePath(u"pingpanda.sqlite"_s);
    QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v7"_s);
    const auto closeOld = qScopeGuard([&old] {
        old.close();
        old = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"v7"_s);
    });
    old.setDatabaseName(path);
    QVERIFY(old.open());
    {
        QSqlQuery q(old);
        for (const Migration &migration : Migrations::all()) {
            for (const QString &statement : migration.statements) {
                if (migration.version <= 7)
                    QVERIFY2(q.exec(statement), qPrintable(statement));
            }
        }
        QVERIFY(q.exec(u"INSERT INTO categories (name, color, created_at, updated_at) "
                       "VALUES ('sale', 255, 0, 0)"_s));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(q.exec(u"INSERT INTO events (id, category, created_at) VALUES ('c%1', 'sale', "
                           "%1)"_s.arg(i)));
        }
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
        QVERIFY(q.exec(u"PRAGMA user_version = 7"_s));
    }

    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    EventStore store(*db.value());
    QCOMPARE(store.count({}).value(), 3);
    // New events are counted once: migration 14 dropped the triggers, EventStore counts them.
    QVERIFY(store.add(u"sale"_s, QString(), JsonValue::object()).ok());
    QCOMPARE(store.count({}).value(), 4);
    // The rules on a status and on an attempt's outcome still hold, in their new form.
    QSqlQuery q(db.value()->connection());
    QVERIFY(!q.exec(u"UPDATE events SET status = 'LOST' WHERE id = 'c1'"_s));
    QVERIFY2(q.lastError().text().contains(u"CHECK constraint failed"_s),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"UPDATE events SET status = 'FAILED' WHERE id = 'c1'"_s));
    QVERIFY(!q.exec(u"INSERT INTO delivery_attempts (event_seq, at, outcome) VALUES (1, 0, "
                    "'MAYBE')"_s));
    QVERIFY(q.exec(u"INSERT INTO delivery_attempts (event_seq, at, outcome) VALUES (1, 0, "
                   "'REQUEUED')"_s));
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);

    // The connection that was open during the upgrade runs its statements with the new schema
    // too (the migration moved the schema cookie): the rule it reports is the new one.
    QSqlQuery before(old);
    QVERIFY(!before.exec(u"UPDATE events SET status = 'LOST' WHERE id = 'c2'"_s));
    QVERIFY2(before.lastError().text().contains(u"CHECK constraint failed"_s),
        qPrintable(before.lastError().text()));
    QVERIFY(before.exec(u"SELECT count(*) FROM events"_s) && before.next());
    QCOMPARE(before.value(0).toInt(), 4);
}

namespace {

// Every row of a table, in a stable order, as text: what an upgrade must keep.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QString &columns)
{
    QSqlQuery q(db);
    QStringList rows;
    if (!q.exec(u"SELECT %1 FROM %2 ORDER BY 1, 2, 3"_s.arg(columns, table)))
        return {u"unreadable: "_s + q.lastError().text()};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
        rows << values.join(u'|');
    }
    return rows;
}

const QList<QPair<QString, QString>> &keptTables()
{
    static const QList<QPair<QString, QString>> tables = {
        {u"categories"_s, u"name, emoji, color, created_at, updated_at"_s},
        {u"settings"_s, u"key, value, ''"_s},
        {u"profile"_s, u"key, value, ''"_s},
        {u"idempotency_keys"_s, u"key, hex(request_hash), event_id, created_at"_s},
        {u"events"_s,
            u"seq, id, category, description, fields, created_at, status, attempts, "
            "delivered_at, error, delivery_nonce"_s},
        {u"delivery_attempts"_s, u"event_seq, at, outcome, detail"_s},
    };
    return tables;
}

} // namespace

void TestDatabase::aProfileFromRelease010UpgradesWithNothingLost()
{
    // A profile written by release 0.1.0 (schema 8): three categories, the Discord settings, an
    // API key, seven events delivered, failed and pending, their delivery history and an
    // idempotency key. What it holds is read before the upgrade and compared after.
    const QString path = m_dir->filePath(u"pingpanda.sqlite"_s);
    QVERIFY(QFile::copy(QStringLiteral(PINGPANDA_FIXTURES_DIR "/profile-0.1.0.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(userVersion(path), 8);
    QHash<QString, QStringList> before;
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"release"_s);
        old.setDatabaseName(path);
        QVERIFY(old.open());
        for (const auto &[table, columns] : keptTables())
            before.insert(table, rowsOf(old, table, columns));
    }
    QSqlDatabase::removeDatabase(u"release"_s);
    QCOMPARE(before.value(u"categories"_s).size(), 3);
    QCOMPARE(before.value(u"events"_s).size(), 7);
    QVERIFY(before.value(u"delivery_attempts"_s).size() >= 6);

    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(userVersion(path), Migrations::latestVersion());
    const QSqlDatabase upgraded = db.value()->connection();
    for (const auto &[table, columns] : keptTables())
        QCOMPARE(rowsOf(upgraded, table, columns), before.value(table));

    // The schema is SQLite's own again: whole, its rules as written, the counts right.
    QSqlQuery q(upgraded);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'events'"_s) && q.next());
    QVERIFY2(q.value(0).toString().contains(
                 u"CHECK (status = 'PENDING' OR status = 'DELIVERED' OR status = 'FAILED'\n"
                 "                            OR status = 'MUTED')"_s),
        qPrintable(q.value(0).toString()));
    const auto counts
        = [&] { return rowsOf(upgraded, u"event_counts WHERE n > 0"_s, u"category, status, n"_s); };
    QCOMPARE(counts(),
        rowsOf(upgraded, u"events GROUP BY category, status"_s, u"category, status, count(*)"_s));

    // It goes on working: the key, the categories, a replayed idempotency key, new events
    // counted once, and an event's history going with it.
    EventStore store(*db.value());
    QCOMPARE(store.count({}).value(), 7);
    NewEvent repeat;
    repeat.category = u"sale"_s;
    repeat.idempotencyKey = u"order-1001"_s;
    QSqlQuery hash(upgraded);
    QVERIFY(hash.exec(u"SELECT request_hash, event_id FROM idempotency_keys"_s) && hash.next());
    repeat.requestHash = hash.value(0).toByteArray();
    Result<StoredEvent> replayed = store.add(repeat);
    QVERIFY(replayed.ok());
    // The key is older than the window by now only if the fixture is over a day old.
    if (replayed->replayed)
        QCOMPARE(replayed->event.id, hash.value(1).toString());
    QVERIFY(store.add(u"bug"_s, u"after the upgrade"_s, JsonValue::object()).ok());
    QCOMPARE(store.count({}).value(), replayed->replayed ? 8 : 9);
    QCOMPARE(counts(),
        rowsOf(upgraded, u"events GROUP BY category, status"_s, u"category, status, count(*)"_s));
    QVERIFY(q.exec(u"DELETE FROM events WHERE status = 'FAILED'"_s));
    QVERIFY(q.exec(u"SELECT count(*) FROM delivery_attempts WHERE event_seq NOT IN "
                   "(SELECT seq FROM events)"_s)
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::refusesNewerSchema()
{
    const QString path = m_dir->filePath(u"pingpanda.sqlite"_s);
    {
        auto db = Database::open(m_dir->path());
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)));
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    auto db = Database::open(m_dir->path());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Incompatible);
    QVERIFY2(db.error().message.contains(u"newer PingPanda"_s), qPrintable(db.error().message));
    // Refused, not touched: the version stays what the newer program wrote.
    QCOMPARE(userVersion(path), Migrations::latestVersion() + 1);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void TestDatabase::refusesFileThatIsNotADatabase()
{
    const QString path = m_dir->filePath(u"pingpanda.sqlite"_s);
    const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(200);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    auto db = Database::open(m_dir->path());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Incompatible);
    QVERIFY2(
        db.error().message.contains(u"not a PingPanda database"_s), qPrintable(db.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), text);
}

void TestDatabase::refusesAnotherProgramsDatabase()
{
    const QString path = m_dir->filePath(u"pingpanda.sqlite"_s);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"CREATE TABLE recipes (name TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO recipes VALUES ('bread')"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);

    auto db = Database::open(m_dir->path());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::Incompatible);
    QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(db.error().message));
    QCOMPARE(userVersion(path), 0);
}

void TestDatabase::refusesAFolderPathThatIsAFile()
{
    const QString path = m_dir->filePath(u"afile"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(u"not a folder"_s));
}

void TestDatabase::rollsBackAFailedTransaction()
{
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    Status s = db.value()->transaction([&]() -> Status {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(u"INSERT INTO settings (key, value) VALUES ('server.port', '9000')"_s))
            return Error::storage(u"insert failed"_s);
        return Error::invalidInput(u"changed my mind"_s);
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, u"changed my mind"_s);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM settings"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::aDeferredTransactionAloneSkipsTheSync()
{
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    // PRAGMA synchronous: 1 NORMAL (in WAL mode, COMMIT does not sync), 2 FULL.
    const auto synchronous
        = [&q] { return q.exec(u"PRAGMA synchronous"_s) && q.next() ? q.value(0).toInt() : -1; };
    QCOMPARE(synchronous(), 2);

    int inside = -1;
    const auto insert = [&](const QString &key) {
        return [&, key]() -> Status {
            inside = synchronous();
            if (!q.exec(u"INSERT INTO settings (key, value) VALUES ('%1', '1')"_s.arg(key)))
                return Error::storage(u"insert failed"_s);
            return {};
        };
    };
    QVERIFY(db.value()->transaction(insert(u"a"_s), Database::Flush::Deferred).ok());
    QCOMPARE(inside, 1);
    QCOMPARE(synchronous(), 2); // every other transaction is synced again
    QVERIFY(db.value()->transaction(insert(u"b"_s)).ok());
    QCOMPARE(inside, 2);

    // Also after a deferred transaction that rolled back.
    Status failed = db.value()->transaction(
        [&]() -> Status { return Error::invalidInput(u"no"_s); }, Database::Flush::Deferred);
    QVERIFY(!failed.ok());
    QCOMPARE(synchronous(), 2);

    // Committed all the same: another connection reads both.
    auto other = Database::open(m_dir->path());
    QVERIFY(other.ok());
    QSqlQuery count(other.value()->connection());
    QVERIFY(count.exec(u"SELECT count(*) FROM settings WHERE key IN ('a', 'b')"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

void TestDatabase::aTransactionWaitsForAnotherConnectionsLock()
{
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());

    // Another connection, on a thread of its own, holds the write lock for 300 ms.
    std::promise<void> locked;
    std::thread holder([&locked, path = db.value()->filePath()] {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            other.setDatabaseName(path);
            if (!other.open())
                qFatal("the other connection could not open the database");
            QSqlQuery lock(other);
            if (!lock.exec(u"BEGIN IMMEDIATE"_s))
                qFatal("the other connection could not take the lock");
            locked.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            lock.exec(u"COMMIT"_s);
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
    });
    locked.get_future().wait();
    QElapsedTimer waited;
    waited.start();
    const Status s = db.value()->transaction([&]() -> Status {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(u"INSERT INTO settings (key, value) VALUES ('a', '1')"_s))
            return Error::storage(q.lastError().text());
        return {};
    });
    holder.join();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QVERIFY2(waited.elapsed() >= 250, qPrintable(QString::number(waited.elapsed())));
}

void TestDatabase::twoConnectionsSeeEachOthersWrites()
{
    auto first = Database::open(m_dir->path());
    auto second = Database::open(m_dir->path());
    QVERIFY(first.ok() && second.ok());
    Category c;
    c.name = u"signup"_s;
    QVERIFY(CategoryStore(*first.value()).add(c).ok());
    QVERIFY(CategoryStore(*second.value()).find(u"signup"_s).ok());
}

void TestDatabase::anotherConnectionReadsEveryUnsyncedCommit()
{
    // A deferred transaction does not sync the log; another connection that reads at once
    // still finds each commit whole.
    auto writer = Database::open(m_dir->path());
    auto reader = Database::open(m_dir->path());
    QVERIFY(writer.ok() && reader.ok());
    QSqlQuery write(writer.value()->connection());
    QSqlQuery read(reader.value()->connection());
    for (int i = 0; i < 200; ++i) {
        const QString value = QString(500 + i * 7 % 3000, QChar(u'a' + i % 26));
        Status s = writer.value()->transaction(
            [&]() -> Status {
                write.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
                write.addBindValue(u"k%1"_s.arg(i % 10));
                write.addBindValue(value);
                return write.exec() ? Status() : Error::storage(write.lastError().text());
            },
            Database::Flush::Deferred);
        QVERIFY(s.ok());
        read.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
        read.addBindValue(u"k%1"_s.arg(i % 10));
        QVERIFY2(read.exec() && read.next(), qPrintable(read.lastError().text()));
        QCOMPARE(read.value(0).toString(), value);
        read.finish();
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

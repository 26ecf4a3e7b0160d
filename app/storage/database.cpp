#include "storage/database.h"

#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "pingpanda.database", QtInfoMsg)

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"pingpanda-%1"_s.arg(counter.fetch_add(1));
}

Status ensureFolder(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    if (info.isDir())
        return {};
    if (info.exists()) {
        return Error::storage(Database::tr(
            "%1 exists but is not a folder. Choose another data folder with --data-dir.")
                                  .arg(dataDir));
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)
        || !QDir().mkdir(
            info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return Error::storage(
            Database::tr("Could not create the data folder %1. Check that you may write there, or "
                         "choose another folder with --data-dir.")
                .arg(dataDir));
    }
    return {};
}

Status ensureFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return {};
    // Created empty with owner-only permissions before SQLite sees it; SQLite gives its -wal and
    // -shm files the same permissions as the database file.
    QFile file(path);
    if (!file.open(
            QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        return Error::storage(Database::tr("Could not create the database file %1: %2.")
                                  .arg(path, file.errorString()));
    }
    return {};
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{ }

Database::~Database()
{
    m_statements.clear(); // queries go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return Error::invalidInput(tr("No data folder was given."));
    if (Status s = ensureFolder(dataDir); !s)
        return s.error();
    const QString path = QDir(dataDir).absoluteFilePath(QString::fromLatin1(FileName));
    if (Status s = ensureFile(path); !s)
        return s.error();

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        if (!db.open()) {
            return Error::storage(
                tr("Could not open the database %1: %2.").arg(path, db.lastError().text()));
        }
    }
    if (Status s = database->configure(); !s)
        return s.error();
    if (Status s = database->migrate(); !s)
        return s.error();
    qCDebug(lcDatabase) << "opened" << path << "schema" << schemaVersion();
    return database;
}

Result<std::unique_ptr<Database>> Database::openOnThreadOf(QObject *context, const QString &dataDir)
{
    std::optional<Result<std::unique_ptr<Database>>> opened;
    QMetaObject::invokeMethod(
        context, [&] { opened = open(dataDir); }, Qt::BlockingQueuedConnection);
    return std::move(*opened);
}

Status Database::exec(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return {};
    qCWarning(lcDatabase) << "failed:" << what << query.lastError().text();
    return Error::storage(
        tr("%1 failed: %2.").arg(what, query.lastError().text()), query.lastError().text());
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        qCWarning(lcDatabase) << "failed to prepare" << sql << ":" << query.lastError().text();
        return Error::storage(
            tr("The database could not prepare a statement: %1.").arg(query.lastError().text()),
            query.lastError().text());
    }
    return query;
}

Result<QSqlQuery *> Database::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    Result<QSqlQuery> query = prepare(sql);
    if (!query)
        return query.error();
    auto kept = std::make_unique<QSqlQuery>(std::move(query).value());
    QSqlQuery *statement = kept.get();
    m_statements.emplace(sql, std::move(kept));
    return statement;
}

Result<bool> Database::readFirstRow(const QString &sql, const QVariantList &values,
    const QString &what, const std::function<void(const QSqlQuery &row)> &read)
{
    Result<QSqlQuery *> q = cached(sql);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (Status s = exec(query, what); !s)
        return s.error();
    const bool found = query.next();
    if (found && read)
        read(query);
    query.finish();
    return found;
}

Status Database::beginImmediate()
{
    // IMMEDIATE: the write lock is taken (or waited for, QSQLITE_BUSY_TIMEOUT) here, not at the
    // first write, where a busy answer could not be waited out without rolling back.
    Result<QSqlQuery *> begin = cached(u"BEGIN IMMEDIATE"_s);
    if (!begin)
        return begin.error();
    if (!begin.value()->exec()) {
        return Error::storage(tr("The database is busy or cannot be written: %1.")
                                  .arg(begin.value()->lastError().text()),
            begin.value()->lastError().text());
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &fn, Flush flush)
{
    if (flush == Flush::Synced)
        return commitOrRollBack(fn);
    if (Status s = setSynchronous(false); !s)
        return s;
    Status result = commitOrRollBack(fn);
    // Every other transaction of this connection is synced again, or none may be trusted.
    if (Status s = setSynchronous(true); !s)
        return s;
    return result;
}

Status Database::setSynchronous(bool full)
{
    return configureWith(full ? u"PRAGMA synchronous = FULL"_s : u"PRAGMA synchronous = NORMAL"_s);
}

Status Database::configureWith(const QString &pragma)
{
    // Kept prepared, and finished once run (readFirstRow), as these run around transactions.
    if (Result<bool> done = readFirstRow(pragma, {}, tr("Configuring the database")); !done)
        return done.error();
    return {};
}

Status Database::commitOrRollBack(const std::function<Status()> &fn)
{
    if (Status s = beginImmediate(); !s)
        return s;
    Status result = fn();
    if (result) {
        Result<QSqlQuery *> commit = cached(u"COMMIT"_s);
        if (commit && commit.value()->exec())
            return {};
        const QString cause = commit ? commit.value()->lastError().text() : commit.error().detail;
        result
            = Error::storage(tr("The database could not save the change: %1.").arg(cause), cause);
    }
    Result<QSqlQuery *> rollback = cached(u"ROLLBACK"_s);
    if (!rollback || !rollback.value()->exec())
        qCWarning(lcDatabase) << "rollback failed";
    return result;
}

Status Database::configure()
{
    QSqlQuery q(connection());
    // A new database gives pages freed by history retention back to the file system a few at a
    // time. This applies only before the first table and before the switch to write-ahead
    // logging, so only to an empty file (an existing database, which this must not write to
    // before it is known to be ours, is converted by enableIncrementalVacuum()).
    const bool fresh = QFileInfo(m_filePath).size() == 0;
    // The first statement that reads the file: a file that is not SQLite fails here.
    if ((fresh && !q.exec(u"PRAGMA auto_vacuum = INCREMENTAL"_s))
        || !q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next()) {
        return Error::incompatible(tr(
            "%1 is not a PingPanda database (%2). Move it away or choose another data folder with "
            "--data-dir; PingPanda will not overwrite it.")
                                       .arg(m_filePath, q.lastError().text()));
    }
    if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return Error::storage(tr("The database %1 could not switch to write-ahead logging (%2).")
                                  .arg(m_filePath, q.value(0).toString()));
    }
    // FULL: a commit is on disk when it returns, so an acknowledged event survives a crash.
    // temp_store MEMORY: statement journals and the rows a RETURNING clause gathers (what a
    // change moved or deleted, for EventCounts) stay in memory instead of a temporary file each.
    for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s,
             u"PRAGMA temp_store = MEMORY"_s}) {
        if (!q.exec(pragma)) {
            return Error::storage(
                tr("The database could not be configured: %1.").arg(q.lastError().text()));
        }
    }
    return {};
}

Status Database::enableIncrementalVacuum()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA auto_vacuum"_s) || !q.next())
        return Error::storage(
            tr("Could not read the database's vacuum mode: %1.").arg(q.lastError().text()));
    constexpr int Incremental = 2;
    if (q.value(0).toInt() == Incremental)
        return {};
    // A database made before retention existed: the mode changes only by rewriting the file,
    // once (seconds for a million events).
    qCInfo(lcDatabase) << "rewriting" << m_filePath << "so that deleted events give space back";
    if (!q.exec(u"PRAGMA auto_vacuum = INCREMENTAL"_s) || !q.exec(u"VACUUM"_s)) {
        return Error::storage(
            tr("Could not rewrite the database to give space back: %1.").arg(q.lastError().text()));
    }
    return {};
}

Status Database::migrate()
{
    return transaction([this]() -> Status {
        QSqlQuery q(connection());
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return Error::storage(
                tr("Could not read the database version: %1.").arg(q.lastError().text()));
        const int current = q.value(0).toInt();
        if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
            return Error::storage(
                tr("Could not read the database header: %1.").arg(q.lastError().text()));
        const int applicationId = q.value(0).toInt();
        if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next())
            return Error::storage(
                tr("Could not read the database schema: %1.").arg(q.lastError().text()));
        const bool empty = q.value(0).toInt() == 0;

        if (applicationId != ApplicationId && !(applicationId == 0 && empty)) {
            return Error::incompatible(
                tr("%1 belongs to another program, not PingPanda. Move it away or choose another "
                   "data folder with --data-dir; PingPanda will not change it.")
                    .arg(m_filePath));
        }
        const int latest = Migrations::latestVersion();
        if (current > latest) {
            return Error::incompatible(
                tr("%1 was written by a newer PingPanda (database version %2; this one knows up to "
                   "%3). Update PingPanda, or choose another data folder with --data-dir.")
                    .arg(m_filePath)
                    .arg(current)
                    .arg(latest));
        }
        for (const Migration &migration : Migrations::all()) {
            if (migration.version <= current)
                continue;
            for (const QString &statement : migration.statements) {
                if (!q.exec(statement)) {
                    return Error::storage(tr("Could not upgrade the database to version %1: %2.")
                                              .arg(migration.version)
                                              .arg(q.lastError().text()));
                }
            }
            qCInfo(lcDatabase) << "migrated" << m_filePath << "to version" << migration.version;
        }
        // PRAGMAs take no bound values; both numbers are ours, not input.
        if (!q.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId))
            || !q.exec(u"PRAGMA user_version = %1"_s.arg(latest))) {
            return Error::storage(
                tr("Could not record the database version: %1.").arg(q.lastError().text()));
        }
        return {};
    });
}

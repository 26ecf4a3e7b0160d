#pragma once

// Subsystem storage (app/storage/): the profile's SQLite database through Qt SQL. Opening it
// (permissions, WAL, numbered migrations), the stores that read and write categories and events
// (the events table is also the delivery outbox; EventCounts keeps its totals), the writer
// thread that commits the API's events in groups, and the history's export. Uses domain/ and
// json/ only.

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlQuery;

// One open profile database: <data-dir>/pingpanda.sqlite, migrated to the current schema.
// A Database owns one uniquely named Qt SQL connection; SQLite connections belong to the thread
// that made them, so a thread that needs the database opens its own Database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    static constexpr const char *FileName = "pingpanda.sqlite";
    // Written into the SQLite header (PRAGMA application_id) so that a file is recognisably ours.
    static constexpr int ApplicationId = 0x50506e64; // "PPnd"
    // How long a write waits for another connection's lock before it fails.
    static constexpr int BusyTimeoutMs = 5000;

    ~Database();

    // Creates the folder (0700) and the file (0600) when missing, then migrates. Refuses a file
    // that is not a SQLite database, a SQLite database of another program, and one whose schema
    // a newer PingPanda wrote.
    static Result<std::unique_ptr<Database>> open(const QString &dataDir);
    // open(), run on the thread `context` lives in, waiting for it there: a connection belongs to
    // the thread that opened it, and only that thread may use it (and destroy it).
    static Result<std::unique_ptr<Database>> openOnThreadOf(
        QObject *context, const QString &dataDir);

    // The schema version this build creates and understands.
    static int schemaVersion();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString filePath() const { return m_filePath; }

    // Runs an already prepared or bound query; on failure, a Storage error naming what failed.
    static Status exec(QSqlQuery &query, const QString &what);
    // Prepares a statement on this connection.
    Result<QSqlQuery> prepare(const QString &sql) const;
    // A statement prepared once and kept for the connection's life, for paths that run it per
    // request. Bind with bindValue(position, value) before each exec(), and finish() it once read,
    // so that an open SELECT holds no lock between uses.
    Result<QSqlQuery *> cached(const QString &sql);
    // Runs the kept statement `sql` (cached()) with `values` bound in order and hands its first
    // row, if any, to `read`; true when there was one. The statement is finish()ed after, so
    // that it holds no read lock between uses.
    Result<bool> readFirstRow(const QString &sql, const QVariantList &values, const QString &what,
        const std::function<void(const QSqlQuery &row)> &read = {});

    // When a committed transaction is on disk.
    enum class Flush {
        // When COMMIT returns: a sync to disk covers it (synchronous=FULL), a power cut keeps it.
        Synced,
        // With the next synced commit of any connection (they share the log). COMMIT returns
        // once the change is in the log, in the operating system's hands: it outlives the app
        // crashing or being killed, but a power cut before that sync may take it back (the
        // database stays consistent). For records that only a crash of the app may not lose.
        Deferred,
    };
    // Makes deleted rows give their pages back to the file system (history retention): already
    // so for a database this version created; an older one is rewritten once (VACUUM), which
    // takes the database for as long as that lasts.
    Status enableIncrementalVacuum();

    // BEGIN IMMEDIATE ... COMMIT around fn; rolls back when fn returns an error.
    Status transaction(const std::function<Status()> &fn, Flush flush = Flush::Synced);

private:
    Database(QString connectionName, QString filePath);
    Status beginImmediate();
    Status commitOrRollBack(const std::function<Status()> &fn);
    Status setSynchronous(bool full);
    // Runs a PRAGMA that sets something.
    Status configureWith(const QString &pragma);
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_filePath;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

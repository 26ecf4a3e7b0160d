#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// History retention (history.keep-days, history.max-events): deletes the oldest events, never a
// pending one, in small transactions so that the API's writes wait at most one of them, and
// gives the freed pages back to the file system a few at a time (incremental vacuum). The counts
// the views show (event_counts) follow through their triggers; an event's delivery attempts go
// with it.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    struct Rule
    {
        int keepDays = 0; // 0: no age limit
        qint64 maxEvents = 0; // 0: no count limit
        bool any() const { return keepDays > 0 || maxEvents > 0; }
    };
    // Events deleted in one transaction. An event the API stores meanwhile waits for at most one
    // step, so a step stays short: a couple of milliseconds.
    static constexpr int StepEvents = 100;
    // Pages given back after each step (4 KiB each), a little more than a step frees.
    static constexpr int StepPages = 128;

    explicit Retention(Database &database)
        : m_db(database)
    { }

    // One step: at most `limit` events deleted, then some free pages given back. How many events
    // went; 0 when the history already keeps the rule.
    Result<int> step(const Rule &rule, const QDateTime &now, int limit = StepEvents);
    // Steps until the rule is kept, then gives every free page back; how many events went.
    Result<qint64> run(const Rule &rule, const QDateTime &now);

    // How much the history holds: events, and the database's size on disk in bytes.
    struct Size
    {
        qint64 events = 0;
        qint64 bytes = 0;
    };
    Result<Size> size() const;

private:
    Result<int> deleteOldest(qint64 before, int limit);
    // Inside a transaction: up to `pages` free pages (0: all) back to the file system.
    Status givePagesBack(int pages);

    Database &m_db;
};

#include "storage/migrations.h"

using namespace Qt::StringLiterals;

namespace {

// Triggers that count every insert, update and delete on these tables in profile_revision.
QStringList revisionTriggers(const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        for (const QString &operation : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            statements << u"CREATE TRIGGER %1_%2_revision AFTER %3 ON %1 BEGIN UPDATE "
                          "profile_revision SET revision = revision + 1; END"_s.arg(
                              table, operation.toLower(), operation);
        }
    }
    return statements;
}

// Triggers that kept event_counts (how many events each category has in each status) until
// migration 14.
QStringList eventCountTriggers()
{
    return {
        uR"(CREATE TRIGGER events_insert_count AFTER INSERT ON events BEGIN
            INSERT INTO event_counts (category, status, n) VALUES (NEW.category, NEW.status, 1)
                ON CONFLICT (category, status) DO UPDATE SET n = n + 1;
            END)"_s,
        uR"(CREATE TRIGGER events_delete_count AFTER DELETE ON events BEGIN
            UPDATE event_counts SET n = n - 1
                WHERE category = OLD.category AND status = OLD.status;
            END)"_s,
        uR"(CREATE TRIGGER events_update_count AFTER UPDATE OF category, status ON events
            WHEN OLD.category IS NOT NEW.category OR OLD.status IS NOT NEW.status BEGIN
            UPDATE event_counts SET n = n - 1
                WHERE category = OLD.category AND status = OLD.status;
            INSERT INTO event_counts (category, status, n) VALUES (NEW.category, NEW.status, 1)
                ON CONFLICT (category, status) DO UPDATE SET n = n + 1;
            END)"_s,
    };
}

} // namespace

namespace Migrations {

const QList<Migration> &all()
{
    static const QList<Migration> migrations = {
        {1,
            {
                uR"(CREATE TABLE categories (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 50),
                    emoji TEXT,
                    color INTEGER NOT NULL CHECK (color BETWEEN 0 AND 16777215),
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
                // Events keep the category's name, not a reference to its row: removing a category
                // must not take its history with it.
                uR"(CREATE TABLE events (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    category TEXT NOT NULL,
                    description TEXT,
                    fields TEXT NOT NULL DEFAULT '{}',
                    created_at INTEGER NOT NULL,
                    status TEXT NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
                    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    delivered_at INTEGER,
                    error TEXT))"_s,
                u"CREATE INDEX events_by_time ON events (created_at)"_s,
                u"CREATE INDEX events_by_category ON events (category, created_at)"_s,
                u"CREATE INDEX events_by_status ON events (status, created_at)"_s,
                u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
                u"CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
            }},
        {2,
            {
                // Idempotency-Key values accepted in the last 24 hours, with a hash of the request
                // they came with, so that a retry answers the first event again.
                uR"(CREATE TABLE idempotency_keys (
                    key TEXT PRIMARY KEY,
                    request_hash BLOB NOT NULL,
                    event_id TEXT NOT NULL,
                    created_at INTEGER NOT NULL) WITHOUT ROWID)"_s,
                u"CREATE INDEX idempotency_keys_by_time ON idempotency_keys (created_at)"_s,
            }},
        {3,
            {
                // The nonce of the Discord message an event is being sent in. Set before the
                // request, so that after a crash the same events go again under the same nonce
                // and Discord (enforce_nonce) posts them once.
                u"ALTER TABLE events ADD COLUMN delivery_nonce TEXT"_s,
            }},
        {4,
            {
                // Each delivery outcome of each event, for the history in the details pane: when,
                // what happened (sent, will try again, given up, put back by the user) and why.
                uR"(CREATE TABLE delivery_attempts (
                    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
                    at INTEGER NOT NULL,
                    outcome TEXT NOT NULL
                        CHECK (outcome IN ('DELIVERED', 'RETRYING', 'FAILED', 'REQUEUED')),
                    detail TEXT))"_s,
                u"CREATE INDEX delivery_attempts_by_event ON delivery_attempts (event_seq, at)"_s,
            }},
        // 5: a counter that every change to categories, settings or the profile moves, so a running
        // instance can tell "the profile changed" from "events were written" (its own writer
        // thread commits on another connection, which moves PRAGMA data_version all the time).
        {5,
            QStringList {
                u"CREATE TABLE profile_revision (revision INTEGER NOT NULL)"_s,
                u"INSERT INTO profile_revision (revision) VALUES (0)"_s,
            } + revisionTriggers({u"categories"_s, u"settings"_s, u"profile"_s})},
        // 6: the delivery queue finds the events promised to a message by its nonce; without an
        // index that scanned every pending event, which under a backlog of 500,000 took 150 ms
        // per look. Partial: only pending events with a nonce, at most a message's worth.
        {6,
            {
                u"CREATE INDEX events_pending_by_nonce ON events (delivery_nonce, created_at) "
                "WHERE status = 'PENDING' AND delivery_nonce IS NOT NULL"_s,
            }},
        // 7: how many events each category has in each status, kept by triggers, so that the
        // totals every view shows (all events, a category, a status) are a look-up instead of a
        // count of up to a million rows (25 ms each, several per refresh).
        {7,
            QStringList {
                uR"(CREATE TABLE event_counts (
                    category TEXT NOT NULL,
                    status TEXT NOT NULL,
                    n INTEGER NOT NULL,
                    PRIMARY KEY (category, status)) WITHOUT ROWID)"_s,
                u"INSERT INTO event_counts (category, status, n) "
                "SELECT category, status, count(*) FROM events GROUP BY category, status"_s,
            } + eventCountTriggers()},
        // 8: two costs found on the insert path (undone by 9, which rebuilds both tables).
        // - The insert trigger goes: a trigger runs a sub-program and makes every insert keep a
        //   statement journal. EventStore::add, the only place events are created, counts a
        //   batch's new events itself, one statement per category; updates and deletes, which
        //   happen in several places, stay counted by their triggers.
        // - CHECK (x IN ('A', 'B', 'C')): SQLite evaluates an IN list of three or more values by
        //   building a temporary index, at every insert and update. The same rule written with
        //   ORs compiles to comparisons. SQLite cannot ALTER a CHECK; its documented way to
        //   change one that every stored row still meets is to edit the schema text in place
        //   (https://www.sqlite.org/lang_altertable.html#otheralter): writable_schema RESET
        //   reloads this connection's schema, and the DROP TRIGGER moves the schema cookie so
        //   that other connections reload theirs.
        {8,
            {
                u"DROP TRIGGER events_insert_count"_s,
                u"PRAGMA writable_schema = ON"_s,
                u"UPDATE sqlite_schema SET sql = replace(sql, "
                "'status IN (''PENDING'', ''DELIVERED'', ''FAILED'')', "
                "'status = ''PENDING'' OR status = ''DELIVERED'' OR status = ''FAILED''') "
                "WHERE type = 'table' AND name = 'events'"_s,
                u"UPDATE sqlite_schema SET sql = replace(sql, "
                "'outcome IN (''DELIVERED'', ''RETRYING'', ''FAILED'', ''REQUEUED'')', "
                "'outcome = ''DELIVERED'' OR outcome = ''RETRYING'' OR outcome = ''FAILED'' "
                "OR outcome = ''REQUEUED''') "
                "WHERE type = 'table' AND name = 'delivery_attempts'"_s,
                u"PRAGMA writable_schema = RESET"_s,
            }},
        // 9: the schema back to one SQLite keeps. Migration 8 had edited the two tables' CHECKs in
        // sqlite_schema and moved the counting of new events into C++; here both tables are
        // rebuilt the way SQLite documents for a changed constraint (create, copy, drop, rename),
        // and event_counts is kept by triggers alone, for inserts, updates and deletes. The
        // CHECKs compare with OR: SQLite evaluates an IN list by building a temporary index for
        // every row written. Each
        // attempt's table refers to the new events table before either old one goes: with foreign
        // keys on, dropping the old events table deletes its rows, and that delete would cascade
        // into whatever still referred to it. The renames carry that reference over.
        {9,
            QStringList {
                uR"(CREATE TABLE events_new (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    category TEXT NOT NULL,
                    description TEXT,
                    fields TEXT NOT NULL DEFAULT '{}',
                    created_at INTEGER NOT NULL,
                    status TEXT NOT NULL DEFAULT 'PENDING'
                        CHECK (status = 'PENDING' OR status = 'DELIVERED' OR status = 'FAILED'),
                    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    delivered_at INTEGER,
                    error TEXT,
                    delivery_nonce TEXT))"_s,
                u"INSERT INTO events_new SELECT seq, id, category, description, fields, "
                "created_at, status, attempts, delivered_at, error, delivery_nonce "
                "FROM events"_s,
                uR"(CREATE TABLE delivery_attempts_new (
                    event_seq INTEGER NOT NULL REFERENCES events_new (seq) ON DELETE CASCADE,
                    at INTEGER NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome = 'DELIVERED' OR outcome = 'RETRYING'
                        OR outcome = 'FAILED' OR outcome = 'REQUEUED'),
                    detail TEXT))"_s,
                u"INSERT INTO delivery_attempts_new SELECT event_seq, at, outcome, detail "
                "FROM delivery_attempts ORDER BY rowid"_s,
                u"DROP TABLE delivery_attempts"_s,
                u"DROP TABLE events"_s,
                u"ALTER TABLE events_new RENAME TO events"_s,
                u"ALTER TABLE delivery_attempts_new RENAME TO delivery_attempts"_s,
                u"CREATE INDEX events_by_time ON events (created_at)"_s,
                u"CREATE INDEX events_by_category ON events (category, created_at)"_s,
                u"CREATE INDEX events_by_status ON events (status, created_at)"_s,
                u"CREATE INDEX events_pending_by_nonce ON events (delivery_nonce, created_at) "
                "WHERE status = 'PENDING' AND delivery_nonce IS NOT NULL"_s,
                u"CREATE INDEX delivery_attempts_by_event ON delivery_attempts (event_seq, at)"_s,
                u"DELETE FROM event_counts"_s,
                u"INSERT INTO event_counts (category, status, n) "
                "SELECT category, status, count(*) FROM events GROUP BY category, status"_s,
            } + eventCountTriggers()},
        // 10: the fields the dashboard adds up for a category, as a JSON array of names; NULL
        // leaves it to the dashboard's rule (numbers that are not identifiers or codes).
        {10,
            {
                u"ALTER TABLE categories ADD COLUMN total_fields TEXT"_s,
            }},
        // 11: keys made for tools, by name; only each key's SHA-256 is kept. `categories` is a
        // JSON array of the categories the key may send, NULL for all. A new, changed or
        // revoked key moves the profile revision, so a running server applies it to the next
        // request; last_used_at (written at most once a minute per key) does not.
        {11,
            {
                uR"(CREATE TABLE api_keys (
                    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 50),
                    key_hash BLOB NOT NULL UNIQUE,
                    categories TEXT,
                    created_at INTEGER NOT NULL,
                    last_used_at INTEGER))"_s,
                u"CREATE TRIGGER api_keys_insert_revision AFTER INSERT ON api_keys BEGIN "
                "UPDATE profile_revision SET revision = revision + 1; END"_s,
                u"CREATE TRIGGER api_keys_update_revision AFTER UPDATE OF name, key_hash, "
                "categories ON api_keys BEGIN UPDATE profile_revision SET revision = revision "
                "+ 1; END"_s,
                u"CREATE TRIGGER api_keys_delete_revision AFTER DELETE ON api_keys BEGIN "
                "UPDATE profile_revision SET revision = revision + 1; END"_s,
            }},
        // 12: hooks, which take other programs' webhooks: the category their events get, the
        // preset that reads the payload, the hash of their key, and the last payload received
        // with what it became (for the person setting up the sender). As with API keys, only a
        // change to what the server applies moves the profile revision.
        {12,
            {
                uR"(CREATE TABLE hooks (
                    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 50),
                    category TEXT NOT NULL,
                    preset TEXT NOT NULL CHECK (preset = 'generic' OR preset = 'github'
                        OR preset = 'grafana' OR preset = 'uptime-kuma'),
                    key_hash BLOB NOT NULL UNIQUE,
                    created_at INTEGER NOT NULL,
                    last_received_at INTEGER,
                    last_payload BLOB,
                    last_outcome TEXT))"_s,
                u"CREATE TRIGGER hooks_insert_revision AFTER INSERT ON hooks BEGIN "
                "UPDATE profile_revision SET revision = revision + 1; END"_s,
                u"CREATE TRIGGER hooks_update_revision AFTER UPDATE OF name, category, preset, "
                "key_hash ON hooks BEGIN UPDATE profile_revision SET revision = revision + 1; "
                "END"_s,
                u"CREATE TRIGGER hooks_delete_revision AFTER DELETE ON hooks BEGIN "
                "UPDATE profile_revision SET revision = revision + 1; END"_s,
            }},
        // 13: noise control. Categories get their rules (urgent, muted, a webhook of their
        // own). Events get the status MUTED, `held` (stored while sends were held: it goes out in
        // the digest when the hold ends) and `broken_destination` (it failed because its
        // destination broke: a fingerprint of that destination, so that it goes out once when the
        // destination changes, also across a restart). The CHECK on status changes, so events is
        // rebuilt as migration 9 did, attempts' table first (the counts stay: DROP TABLE fires
        // no trigger).
        {13,
            QStringList {
                u"ALTER TABLE categories ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE categories ADD COLUMN muted INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE categories ADD COLUMN webhook_url TEXT"_s,
                uR"(CREATE TABLE events_new (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    category TEXT NOT NULL,
                    description TEXT,
                    fields TEXT NOT NULL DEFAULT '{}',
                    created_at INTEGER NOT NULL,
                    status TEXT NOT NULL DEFAULT 'PENDING'
                        CHECK (status = 'PENDING' OR status = 'DELIVERED' OR status = 'FAILED'
                            OR status = 'MUTED'),
                    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    delivered_at INTEGER,
                    error TEXT,
                    delivery_nonce TEXT,
                    held INTEGER NOT NULL DEFAULT 0,
                    broken_destination TEXT))"_s,
                u"INSERT INTO events_new (seq, id, category, description, fields, created_at, "
                "status, attempts, delivered_at, error, delivery_nonce) SELECT seq, id, category, "
                "description, fields, created_at, status, attempts, delivered_at, error, "
                "delivery_nonce FROM events"_s,
                uR"(CREATE TABLE delivery_attempts_new (
                    event_seq INTEGER NOT NULL REFERENCES events_new (seq) ON DELETE CASCADE,
                    at INTEGER NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome = 'DELIVERED' OR outcome = 'RETRYING'
                        OR outcome = 'FAILED' OR outcome = 'REQUEUED'),
                    detail TEXT))"_s,
                u"INSERT INTO delivery_attempts_new SELECT event_seq, at, outcome, detail "
                "FROM delivery_attempts ORDER BY rowid"_s,
                u"DROP TABLE delivery_attempts"_s,
                u"DROP TABLE events"_s,
                u"ALTER TABLE events_new RENAME TO events"_s,
                u"ALTER TABLE delivery_attempts_new RENAME TO delivery_attempts"_s,
                u"CREATE INDEX events_by_time ON events (created_at)"_s,
                u"CREATE INDEX events_by_category ON events (category, created_at)"_s,
                u"CREATE INDEX events_by_status ON events (status, created_at)"_s,
                u"CREATE INDEX events_pending_by_nonce ON events (delivery_nonce, created_at) "
                "WHERE status = 'PENDING' AND delivery_nonce IS NOT NULL"_s,
                u"CREATE INDEX delivery_attempts_by_event ON delivery_attempts (event_seq, at)"_s,
                // The delivery queue looks for held events before every message; partial, so
                // that it is empty (and the look costs nothing) whenever nothing is held.
                u"CREATE INDEX events_held ON events (category, created_at) "
                "WHERE status = 'PENDING' AND held = 1"_s,
            } + eventCountTriggers()},
        // 14: event_counts is kept by EventCounts, in the transaction of every statement that
        // adds, moves or deletes events, no longer by triggers: the insert trigger made each new
        // event a statement with a sub-program and a statement journal of its own. Recounted
        // here, so that a file whatever wrote it starts exact.
        {14,
            {
                u"DROP TRIGGER IF EXISTS events_insert_count"_s,
                u"DROP TRIGGER IF EXISTS events_update_count"_s,
                u"DROP TRIGGER IF EXISTS events_delete_count"_s,
                u"DELETE FROM event_counts"_s,
                u"INSERT INTO event_counts (category, status, n) "
                "SELECT category, status, count(*) FROM events GROUP BY category, status"_s,
            }},
    };
    return migrations;
}

int latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace Migrations

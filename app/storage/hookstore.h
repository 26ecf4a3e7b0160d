#pragma once

#include "domain/error.h"
#include "hooks/hook.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Hooks in the profile database. A new hook's key is shown once, by whoever asked for it; only
// its hash is stored.
class HookStore
{
    Q_DECLARE_TR_FUNCTIONS(HookStore)

public:
    explicit HookStore(Database &database)
        : m_db(database)
    { }

    // Makes a hook whose events go to `category` (which must exist); returns its key.
    Result<QString> add(const QString &name, const QString &category, HookPreset preset);
    // Every hook by name; without the last payloads unless asked (a server needs none).
    Result<QList<Hook>> list(bool withLastPayload = true) const;
    Status remove(const QString &name);
    // Gives the hook a new key, returned once; the old one stops working.
    Result<QString> replaceKey(const QString &name);
    // What the hook last received and what it became: the event's description, or the answer
    // that refused it.
    Status noteReceived(const QString &name, const QByteArray &payload, const QString &outcome,
        const QDateTime &at);

private:
    Database &m_db;
};

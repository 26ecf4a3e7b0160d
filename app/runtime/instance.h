#pragma once

// Subsystem runtime (app/runtime/, library pingpanda_runtime): a running profile. Instance opens
// the database, starts the Events API server (httpserver/) and the delivery queue, reads the
// token, and notices what other processes change; ProfileNotifier tells the views. What
// `pingpanda --headless` runs, and what the desktop app (ui/) talks to.

#include "domain/error.h"
#include "serverlimits.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class ApiThread;
class Database;
class Deliveries;
class LiveProfile;
class ProfileNotifier;
class QFileSystemWatcher;
class QTimer;
class SecretStore;

// The running instance of one profile: the Events API on a thread of its own (ApiThread), and on
// the thread that starts it the profile's database, the delivery queue with its token and the
// views' notifier, wired together. What `pingpanda --headless` runs, and what the desktop app
// runs beside its windows.
//
// Changes other processes make to the profile (the CLI) are noticed through a file watcher on
// the database, not a polling timer: settings and categories reload, a new token is read from the
// keychain, retried events are sent.
class Instance
{
    Q_DECLARE_TR_FUNCTIONS(Instance)
    Q_DISABLE_COPY_MOVE(Instance)

public:
    struct Options
    {
        QString dataDir;
        int port = -1; // -1: the server.port setting; 0: any free port
        QString bind; // empty: the server.bind setting
        ServerLimits limits;
    };

    static Result<std::unique_ptr<Instance>> start(const Options &options);
    ~Instance();

    // Where the Events API answers: http://ADDR:PORT.
    QString url() const;
    quint16 port() const;
    // The API's open connections (any thread).
    int connectionCount() const;
    // The profile's folder, as given to start().
    QString dataDir() const { return m_dataDir; }
    // The delivery queues (the profile's destination and each category webhook) and the hold.
    Deliveries &delivery() { return *m_delivery; }
    // This thread's view of the profile; the API reads its own (ApiThread).
    LiveProfile &profile() { return *m_profile; }
    // This thread's connection to the profile database.
    Database &database() { return *m_db; }
    // Signals the views of this instance listen to.
    ProfileNotifier &notifier() { return *m_notifier; }
    // The GUI changed the profile through this instance's own connection: reload it now, not at
    // the next look, and tell the views.
    void profileEdited();
    // Applies history retention now, in the background (the writer deletes in small steps).
    void pruneHistory();
    // The bot token in the keychain was changed from this process: read it again.
    void tokenEdited();
    // The keychain entry of this profile.
    SecretStore &secrets() { return *m_secrets; }
    // What the person starting it should know (where the token comes from, what is not set up).
    QStringList notices() const { return m_notices; }

private:
    Instance();
    void readToken(bool atStart);
    // Only direct messages use the bot token. Until a user ID is set the keychain stays closed:
    // opening it can ask the person to unlock it, for nothing, and loads its libraries into a
    // process that has no use for them. The environment variable costs nothing to read.
    bool tokenWanted() const;
    // Reads the token if it became wanted (a user ID was just set), else applies the profile.
    void applyProfileChange();
    // At start: what is missing before events can go anywhere, said once.
    void noteMissingDestination();
    void onDatabaseChanged();
    void updateDestination();

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LiveProfile> m_profile;
    std::unique_ptr<ApiThread> m_api;
    std::unique_ptr<ProfileNotifier> m_notifier;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Deliveries> m_delivery;
    std::unique_ptr<QFileSystemWatcher> m_watcher;
    std::unique_ptr<QTimer> m_debounce;
    QString m_token;
    QString m_tokenGeneration;
    bool m_tokenRead = false;
    QString m_tokenProblem; // why no token could be read, when one was wanted
    quint64 m_appliedProfileLoad = 0;
    QStringList m_notices;
};

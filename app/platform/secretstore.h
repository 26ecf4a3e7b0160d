#pragma once

// Subsystem platform (app/platform/): what differs between operating systems or reaches outside
// the profile: the keychain (QtKeychain), start at login, one instance per data folder, stop
// signals, and the user's language. Uses domain/ only; nothing here knows about events.

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

// Where the Discord bot token lives: the OS keychain (Secret Service, Keychain, Credential
// Manager through QtKeychain), under the service "PingPanda" and a key made from the profile id,
// so that two data folders never share a token. Never a plain-text fallback: without a keychain
// the state says so, and on a bare server the environment variable PINGPANDA_DISCORD_TOKEN
// supplies the token instead.
//
// QtKeychain's jobs are asynchronous and need an event loop; each call here reports once through
// its callback, in the caller's thread.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr const char *ServiceName = "PingPanda";
    static constexpr const char *EnvironmentVariable = "PINGPANDA_DISCORD_TOKEN";

    enum class State {
        Stored, // in the keychain
        FromEnvironment, // PINGPANDA_DISCORD_TOKEN is set and wins
        NotSet, // the keychain works and holds no token for this profile
        NoBackend, // no keychain can be reached (no Secret Service, no session bus)
        Failed, // the keychain refused (locked, access denied, ...)
    };
    Q_ENUM(State)

    struct Reading
    {
        State state = State::NotSet;
        QString token; // empty unless Stored or FromEnvironment
        QString message; // for the user: what the state means and what to do
    };
    struct Outcome
    {
        bool ok = false;
        State state = State::Stored;
        QString message;
    };

    explicit SecretStore(const QString &profileId, QObject *parent = nullptr);

    // Asynchronous: `done` runs when the keychain answers, unless `context` (default: this
    // store) is gone by then. A keychain request outlives whoever asked: the job belongs to
    // itself until the keychain has answered, as the libsecret backend calls back into it.
    void readToken(std::function<void(const Reading &)> done, const QObject *context = nullptr);
    void writeToken(const QString &token, std::function<void(const Outcome &)> done,
        const QObject *context = nullptr);
    void clearToken(std::function<void(const Outcome &)> done, const QObject *context = nullptr);

    // The synchronous forms, for the command line: they run a local event loop.
    Reading readTokenNow();
    Outcome writeTokenNow(const QString &token);
    Outcome clearTokenNow();

    QString key() const { return m_key; }

    // A bot token has three dot-separated base64url parts; this catches a pasted user ID or
    // a half-copied token before it is stored.
    static bool looksLikeBotToken(const QString &token);

private:
    QString m_key;
};

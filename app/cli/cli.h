#pragma once

// Subsystem cli (app/cli/): the `pingpanda` command line, one more client of the core beside the
// GUI. It parses the arguments and runs one command on storage/, config/, discord/ and
// platform/; serving is handed to the runtime (main.cpp connects the two).

#include "config/settings.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class Database;
class QDateTime;
class JsonValue;
class QCommandLineParser;

// The `pingpanda` command line (the contract's section 4): parses the arguments, runs one
// command against the profile's core objects, and reports on the streams it is given.
// Exit codes: 0 success, 1 failure with a one-line reason on stderr, 2 usage error.
//
// cli.cpp parses and dispatches (the command table, help, serving); the commands live by area in
// profilecommands.cpp (api-key, category, config), noisecommands.cpp (category rules, snooze),
// keycommands.cpp (keys for tools), hookcommands.cpp (hooks), eventcommands.cpp (events, send,
// retry, prune), runcommand.cpp (run) and discordcommands.cpp (token, check).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
    Q_DISABLE_COPY_MOVE(Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    struct ServeOptions
    {
        QString dataDir;
        bool headless = false;
        int port = -1; // -1: from settings; 0: any free port
        QString bind; // empty: from settings
    };
    // Starts the long-running app (tray GUI or headless server) and returns its exit code.
    using ServeHandler = std::function<int(const ServeOptions &)>;

    Cli(QTextStream &out, QTextStream &err, QTextStream &in);
    ~Cli();

    void setServeHandler(ServeHandler handler) { m_serve = std::move(handler); }

    // arguments as QCoreApplication::arguments() gives them (program name first).
    int run(const QStringList &arguments);

    // --data-dir, else $PINGPANDA_DATA_DIR, else the platform's application data folder.
    static QString resolveDataDir(const QString &option);

private:
    struct Command;
    static const QList<Command> &commands();

    int usageError(const QString &message);
    int failure(const QString &message);
    void printHelp(const Command *command);
    bool openDatabase();
    // Prints rows as left-aligned columns, two spaces apart.
    void printTable(const QList<QStringList> &rows);
    // Keeps what the CLI prints on one line, as the contract promises for errors.
    static QString oneLine(QString text);
    // A time in a table: local, to the minute.
    static QString shownTime(const QDateTime &at);

    // profilecommands.cpp
    int apiKey();
    int categoryAdd();
    int categoryList();
    int categoryRemove();
    // The KEY argument of a config command; null (after saying why) when there is no such key.
    const Settings::Spec *settingArgument();
    int configGet();
    int configSet();
    int configUnset();
    int configList();
    // noisecommands.cpp
    int categorySet();
    int snooze();
    // runcommand.cpp
    int runCommand();
    // hookcommands.cpp
    int hookAdd();
    int hookList();
    int hookRemove();
    // keycommands.cpp
    int apiKeyAdd();
    int apiKeyList();
    int apiKeyRevoke();
    // eventcommands.cpp
    int events();
    int send();
    // Where the profile's server answers: the running one's address, else the configured one.
    Result<QString> serverUrl();
    // Posts an event through the running instance; its id, or why it could not.
    Result<QString> postEvent(const JsonValue &body);
    int eventsRetry();
    int eventsPrune();
    // discordcommands.cpp
    bool announceTokenChange();
    int tokenSet();
    int tokenClear();
    int check();

    int serve();

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    ServeHandler m_serve;
    std::unique_ptr<QCommandLineParser> m_parser;
    QStringList m_args; // positional arguments after the command words
    QString m_dataDir;
    std::unique_ptr<Database> m_db;
};

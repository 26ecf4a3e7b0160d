#pragma once

#include "domain/error.h"
#include "serverlimits.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

struct Event;

// The Events API on a thread of its own: its database connection, live profile, event writer,
// controllers and QHttpServer live and run there. The window's work on the main thread (a filter
// or a scroll over a million events, a dialog) then never holds up an answer, and the API never
// holds up the window. What the two share goes through the database (the API's live profile
// sees the window's changes at its next request) or through the calls below.
class ApiThread : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiThread)

public:
    struct Options
    {
        QString dataDir;
        QHostAddress address;
        quint16 port = 0; // 0: any free port
        ServerLimits limits;
        // Called on the thread that started it with the new events once they are on disk and
        // answered: those of one turn of the API thread together.
        std::function<void(const QList<Event> &)> onStored;
    };

    // Opens the profile's database on a new thread and listens, so that a port in use is known
    // at once (the error names it and says what to do); answers once serve() is called.
    static Result<std::unique_ptr<ApiThread>> start(const Options &options);
    // Starts answering; call setTokenAvailable() first, the answers depend on it.
    void serve();
    // Stops serving (answers still waiting for the disk are dropped), then the thread.
    ~ApiThread() override;

    // http://ADDR:PORT, with IPv6 addresses in brackets.
    QString url() const { return m_url; }
    quint16 port() const { return m_port; }
    int connectionCount() const;
    // Tells the API whether a bot token is there (it answers 403 without a destination); in
    // effect for every request that arrives after this returns.
    void setTokenAvailable(bool available);
    // Applies history retention now (the settings as saved), in the background.
    void pruneHistory();

private:
    class Server;

    ApiThread();

    QThread m_thread;
    std::unique_ptr<Server> m_server; // lives on m_thread
    QString m_url;
    quint16 m_port = 0;
};

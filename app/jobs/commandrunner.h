#pragma once

// Subsystem jobs (app/jobs/): `pingpanda run`, which runs a command as if it ran alone and then
// reports how it ended. CommandRunner starts it with the terminal or the redirections it was
// given and passes its output through while keeping the tail (OutputTail); JobReport turns the
// outcome into the event. Uses json/ only; posting the event is the CLI's.

#include "jobs/jobreport.h"
#include "jobs/outputtail.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

class QSocketNotifier;

// Runs one command to its end. Standard input is the command's own; standard output and error
// reach the same places they would without `run` and are read on the way for the tail. Where one
// of them is a terminal, the command writes to a pseudo-terminal instead of a pipe (Unix), so
// it still sees a terminal: colours, progress bars and line buffering stay as they are.
//
// SIGINT, SIGTERM and SIGHUP do not end `run`: they go to the command (unless the terminal
// already sent them to it, as Ctrl-C does to the whole foreground group) and the outcome notes
// them.
class CommandRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    explicit CommandRunner(QStringList command, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Runs the command and waits for it in an event loop of its own. When it cannot start,
    // exitStatus is 127 and startError says why.
    JobOutcome run();
    QString startError() const { return m_startError; }

private:
    void relay(QProcess::ProcessChannel channel);
    void relayTerminal();
    void write(int fd, QByteArrayView bytes);
    void onSignal();
    void setUpTerminal();
    void setUpSignals();
    void restoreSignals();

    QStringList m_command;
    QProcess m_process;
    OutputTail m_tail;
    QElapsedTimer m_elapsed;
    QString m_startError;
    int m_interruptSignal = 0;
    int m_terminal = -1; // the pseudo-terminal's controlling side, when there is one
    int m_terminalPeer = -1; // its command side, closed once the command has it
    bool m_stdoutIsTerminal = false;
    bool m_stderrIsTerminal = false;
    bool m_stdoutClosed = false;
    QSocketNotifier *m_terminalNotifier = nullptr;
    QSocketNotifier *m_signalNotifier = nullptr;
};

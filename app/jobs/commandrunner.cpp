#include "jobs/commandrunner.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Characters of output the event keeps (contract §5).
constexpr qsizetype OutputChars = 1000;

#ifdef Q_OS_UNIX
// A signal handler may only write: each signal becomes two bytes on this pipe (its number, and
// whether a process sent it rather than the terminal), read in the event loop.
int g_signalPipe[2] = {-1, -1};
const int InterruptSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[4];

extern "C" void noteRunSignal(int number, siginfo_t *info, void *)
{
    // The terminal's Ctrl-C reaches the whole foreground group, the command included, and comes
    // from the kernel; kill(2) from another process has si_code <= 0 (SI_USER, SI_QUEUE, ...).
    const char bytes[2] = {char(number), char(info && info->si_code <= 0 ? 1 : 0)};
    const int saved = errno;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], bytes, 2);
    errno = saved;
}

bool setCloseOnExec(int fd)
{
    return ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}
#endif

} // namespace

CommandRunner::CommandRunner(QStringList command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
{
    m_process.setInputChannelMode(QProcess::ForwardedInputChannel);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
        [this] { relay(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
        [this] { relay(QProcess::StandardError); });
}

CommandRunner::~CommandRunner()
{
    restoreSignals();
#ifdef Q_OS_UNIX
    for (int fd : {m_terminal, m_terminalPeer}) {
        if (fd >= 0)
            ::close(fd);
    }
#endif
}

JobOutcome CommandRunner::run()
{
    JobOutcome outcome;
    outcome.command = m_command;
    outcome.host = QHostInfo::localHostName();
    setUpTerminal();
    setUpSignals();

    QEventLoop loop;
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::errorOccurred, &loop, [this, &loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            // Qt names the call that failed ("execvp: No such file or directory"); the reason
            // is what a person needs.
            QString reason = m_process.errorString();
            reason.remove(QRegularExpression(u"^exec[a-z]*: "_s));
            m_startError = tr("Cannot run %1: %2").arg(m_command.first(), reason);
            loop.quit();
        }
    });
    m_elapsed.start();
    m_process.start(m_command.first(), m_command.mid(1));
#ifdef Q_OS_UNIX
    if (m_terminalPeer >= 0) {
        ::close(m_terminalPeer); // the command has its own copy now
        m_terminalPeer = -1;
    }
#endif
    if (m_startError.isEmpty())
        loop.exec();
    outcome.elapsedMs = m_elapsed.elapsed();
    relayTerminal(); // what the command wrote just before it ended
    restoreSignals();

    if (!m_startError.isEmpty()) {
        outcome.exitStatus = 127;
        m_tail.append(m_startError.toUtf8());
    } else if (m_process.exitStatus() == QProcess::CrashExit) {
        outcome.exitStatus = 128 + m_process.exitCode(); // the signal that ended it
    } else {
        outcome.exitStatus = m_process.exitCode();
    }
    outcome.interruptSignal = m_interruptSignal;
    outcome.output = m_tail.text(OutputChars);
    return outcome;
}

void CommandRunner::relay(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    const QByteArray bytes = m_process.readAll();
    m_tail.append(bytes);
    if (channel == QProcess::StandardOutput && m_stdoutClosed)
        return;
    write(channel == QProcess::StandardOutput ? 1 : 2, bytes);
}

void CommandRunner::relayTerminal()
{
#ifdef Q_OS_UNIX
    if (m_terminal < 0)
        return;
    char buffer[16 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_terminal, buffer, sizeof buffer);
        if (n > 0) {
            const QByteArrayView bytes(buffer, n);
            m_tail.append(bytes);
            write(m_stdoutIsTerminal ? 1 : 2, bytes);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // EAGAIN: all there is for now. EIO or 0: every writer has closed its side.
        if (n == 0 || errno != EAGAIN) {
            if (m_terminalNotifier)
                m_terminalNotifier->setEnabled(false);
        }
        return;
    }
#endif
}

void CommandRunner::write(int fd, QByteArrayView bytes)
{
    FILE *stream = fd == 1 ? stdout : stderr;
    if (bytes.isEmpty())
        return;
    if (std::fwrite(bytes.data(), 1, size_t(bytes.size()), stream) != size_t(bytes.size())
        || std::fflush(stream) != 0) {
        if (fd == 1 && errno == EPIPE && !m_stdoutClosed) {
            // Whoever read our output stopped (`run ... | head`): the command finds its output
            // closed, as it would have without `run` in between.
            m_stdoutClosed = true;
            m_process.closeReadChannel(QProcess::StandardOutput);
        }
        std::clearerr(stream);
    }
}

void CommandRunner::setUpTerminal()
{
#ifdef Q_OS_UNIX
    m_stdoutIsTerminal = ::isatty(1) == 1;
    m_stderrIsTerminal = ::isatty(2) == 1;
    if (!m_stdoutIsTerminal && !m_stderrIsTerminal)
        return;
    const int terminal = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (terminal < 0 || ::grantpt(terminal) != 0 || ::unlockpt(terminal) != 0) {
        if (terminal >= 0)
            ::close(terminal);
        return; // no pseudo-terminal to be had: pipes, then
    }
    const char *peerName = ::ptsname(terminal);
    const int peer = peerName ? ::open(peerName, O_RDWR | O_NOCTTY) : -1;
    if (peer < 0 || !setCloseOnExec(terminal) || !setCloseOnExec(peer)) {
        ::close(terminal);
        if (peer >= 0)
            ::close(peer);
        return;
    }
    // Raw on the command's side: its bytes arrive unchanged, and our own terminal adds what it
    // adds to any program's output (a carriage return before each newline).
    termios mode {};
    if (::tcgetattr(peer, &mode) == 0) {
        ::cfmakeraw(&mode);
        ::tcsetattr(peer, TCSANOW, &mode);
    }
    winsize size {};
    if (::ioctl(m_stdoutIsTerminal ? 1 : 2, TIOCGWINSZ, &size) == 0)
        ::ioctl(terminal, TIOCSWINSZ, &size);
    ::fcntl(terminal, F_SETFL, ::fcntl(terminal, F_GETFL) | O_NONBLOCK);
    m_terminal = terminal;
    m_terminalPeer = peer;
    m_terminalNotifier = new QSocketNotifier(terminal, QSocketNotifier::Read, this);
    connect(m_terminalNotifier, &QSocketNotifier::activated, this, &CommandRunner::relayTerminal);

    const bool out = m_stdoutIsTerminal;
    const bool err = m_stderrIsTerminal;
    m_process.setChildProcessModifier([peer, out, err] {
        // In the child, between fork and exec: only async-signal-safe calls.
        if (out)
            ::dup2(peer, 1);
        if (err)
            ::dup2(peer, 2);
        ::signal(SIGPIPE, SIG_DFL); // `run` ignores it; the command must not inherit that
    });
#endif
}

void CommandRunner::setUpSignals()
{
#ifdef Q_OS_UNIX
    if (::pipe(g_signalPipe) != 0)
        return;
    for (int fd : g_signalPipe) {
        setCloseOnExec(fd);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &CommandRunner::onSignal);

    struct sigaction action = {};
    action.sa_sigaction = noteRunSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    for (int i = 0; i < 3; ++i)
        ::sigaction(InterruptSignals[i], &action, &g_previous[i]);
    ::sigaction(SIGWINCH, &action, &g_previous[3]);
    if (!m_process.childProcessModifier())
        m_process.setChildProcessModifier([] { ::signal(SIGPIPE, SIG_DFL); });
    ::signal(SIGPIPE, SIG_IGN); // a closed output is an error to handle, not the end of `run`
#endif
}

void CommandRunner::restoreSignals()
{
#ifdef Q_OS_UNIX
    if (!m_signalNotifier)
        return;
    for (int i = 0; i < 3; ++i)
        ::sigaction(InterruptSignals[i], &g_previous[i], nullptr);
    ::sigaction(SIGWINCH, &g_previous[3], nullptr);
    delete m_signalNotifier;
    m_signalNotifier = nullptr;
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
#endif
}

void CommandRunner::onSignal()
{
#ifdef Q_OS_UNIX
    char bytes[2];
    while (::read(g_signalPipe[0], bytes, 2) == 2) {
        const int number = bytes[0];
        if (number == SIGWINCH) {
            winsize size {};
            if (m_terminal >= 0 && ::ioctl(m_stdoutIsTerminal ? 1 : 2, TIOCGWINSZ, &size) == 0)
                ::ioctl(m_terminal, TIOCSWINSZ, &size);
            continue;
        }
        m_interruptSignal = number;
        const bool sentByProcess = bytes[1] != 0;
        if (sentByProcess && m_process.state() != QProcess::NotRunning)
            ::kill(pid_t(m_process.processId()), number);
    }
#endif
}

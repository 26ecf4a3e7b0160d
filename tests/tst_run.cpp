// `pingpanda run` (contract §5) as a user runs it: the real executable around real commands,
// posting through a running instance to the fake Discord.

#include "fakediscord.h"
#include "jobs/outputtail.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testprofile.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void failedCommandReturnsItsStatusAndIsDelivered();
    void succeededCommandReportsItsOutput();
    void onlyFailuresSkipsSuccess();
    void signalEndingTheCommandIs128PlusN();
    void commandThatCannotStartIs127();
#ifdef Q_OS_UNIX // signals and pseudo-terminals: what these three test exists on Unix only
    void sigtermToRunGoesToTheCommand();
    void sigintToRunGoesToTheCommand();
    void interactiveProgramSeesATerminal();
#endif
    void noRunningInstanceStillRunsTheCommand();
    void longOutputPassesThroughWithFlatMemory();
    void tailShowsWhatATerminalShows();

private:
    QStringList runArgs(const QStringList &command, const QStringList &options = {}) const;
    Run run(const QStringList &command, const QStringList &options = {});
    // Runs `run -- command` with its output into a file; the peak of its resident memory in kB
    // (Linux), or -1 when it failed.
    qint64 runAndMeasurePeak(const QStringList &command, const QString &outFile);
    // The events stored, newest first.
    QList<Event> events();
    // A field's value as stored (text for strings, the number for numbers).
    static QString field(const Event &event, QStringView name);
    static QStringList fieldNames(const Event &event);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
    std::unique_ptr<Database> m_db;
};

void TestRun::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    auto instance = m_profile->startInstance();
    QVERIFY(instance.ok());
    m_instance = std::move(instance).value();
    auto db = Database::open(m_profile->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestRun::cleanup()
{
    m_instance.reset();
    m_db.reset();
    m_profile.reset();
}

QStringList TestRun::runArgs(const QStringList &command, const QStringList &options) const
{
    return QStringList {u"--data-dir"_s, m_profile->path(), u"run"_s} + options
        + QStringList {u"--"_s} + command;
}

Run TestRun::run(const QStringList &command, const QStringList &options)
{
    QProcess p;
    p.start(QStringLiteral(PINGPANDA_BINARY), runArgs(command, options));
    p.closeWriteChannel();
    // The instance answers on its own thread; waiting here holds nothing up.
    if (!p.waitForFinished(30000))
        qFatal("pingpanda run did not finish");
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QList<Event> TestRun::events()
{
    return EventStore(*m_db).list({}).value();
}

QString TestRun::field(const Event &event, QStringView name)
{
    const JsonValue *value = event.fields.find(name);
    if (!value)
        return {};
    return value->isString() ? value->toString() : QString::number(value->toDouble());
}

QStringList TestRun::fieldNames(const Event &event)
{
    QStringList names;
    for (const auto &member : event.fields.members())
        names << member.first;
    return names;
}

void TestRun::failedCommandReturnsItsStatusAndIsDelivered()
{
    const Run r = run({u"false"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString());
    const QList<Event> stored = events();
    QCOMPARE(stored.size(), 1);
    const Event &e = stored.first();
    QCOMPARE(e.category, u"job"_s);
    QCOMPARE(e.description, u"false failed (exit 1)"_s);
    QCOMPARE(field(e, u"command"), u"false"_s);
    QCOMPARE(field(e, u"exit"), u"1"_s);
    QVERIFY(e.fields.find(u"exit")->isNumber());
    // The default category was made the first time it was needed.
    const Result<Category> job = CategoryStore(*m_db).find(u"job"_s);
    QVERIFY(job.ok());
    QCOMPARE(job->emoji, u"⏱️"_s);

    // And it reached Discord carrying exit 1.
    QTRY_COMPARE_WITH_TIMEOUT(m_profile->discord().channelMessages().size(), 1, 10000);
    const QByteArray embed = m_profile->discord().channelMessages().first().embeds.toJson();
    QVERIFY2(embed.contains(R"("name":"exit","value":"1")"), embed.constData());
    QVERIFY2(embed.contains("false failed (exit 1)"), embed.constData());
}

void TestRun::succeededCommandReportsItsOutput()
{
    const Run r = run({u"sh"_s, u"-c"_s, u"echo building; echo warning: old >&2; echo done"_s},
        {u"--category"_s, u"sale"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "building\ndone\n"_ba); // passed through untouched
    QCOMPARE(r.err, u"warning: old\n"_s);
    const Event e = events().value(0);
    QCOMPARE(e.category, u"sale"_s);
    QCOMPARE(e.description, u"sh -c 'echo building; echo warning: old >&2; echo done' succeeded"_s);
    QCOMPARE(fieldNames(e),
        (QStringList {
            u"command"_s, u"exit"_s, u"duration"_s, u"seconds"_s, u"host"_s, u"output"_s}));
    QCOMPARE(field(e, u"exit"), u"0"_s);
    QVERIFY2(field(e, u"duration").endsWith(u's'), qPrintable(field(e, u"duration")));
    QVERIFY(e.fields.find(u"seconds")->isNumber());
    QVERIFY(!field(e, u"host").isEmpty());
    // Both streams are in the output; which pipe was read first is up to the system.
    const QStringList lines = field(e, u"output").split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.indexOf(u"building"_s) < lines.indexOf(u"done"_s));
    QVERIFY(lines.contains(u"warning: old"_s));
}

void TestRun::onlyFailuresSkipsSuccess()
{
    QCOMPARE(run({u"true"_s}, {u"--only-failures"_s}).exitCode, 0);
    QCOMPARE(events().size(), 0);
    QCOMPARE(run({u"sh"_s, u"-c"_s, u"exit 5"_s}, {u"--only-failures"_s}).exitCode, 5);
    QCOMPARE(events().size(), 1);
    QCOMPARE(events().first().description, u"sh -c 'exit 5' failed (exit 5)"_s);
}

void TestRun::signalEndingTheCommandIs128PlusN()
{
    const Run r = run({u"sh"_s, u"-c"_s, u"kill -TERM $$"_s});
    QCOMPARE(r.exitCode, 143);
    QCOMPARE(field(events().value(0), u"exit"), u"143"_s);
    QCOMPARE(events().value(0).description, u"sh -c 'kill -TERM $$' failed (exit 143)"_s);
}

void TestRun::commandThatCannotStartIs127()
{
    const Run r = run({u"no-such-program-here"_s, u"--flag"_s});
    QCOMPARE(r.exitCode, 127);
    QVERIFY2(r.err.contains(u"Cannot run no-such-program-here"_s), qPrintable(r.err));
    const Event e = events().value(0);
    QCOMPARE(e.description, u"no-such-program-here --flag failed (exit 127)"_s);
    QVERIFY(field(e, u"output").contains(u"Cannot run"_s));
}

#ifdef Q_OS_UNIX
void TestRun::sigtermToRunGoesToTheCommand()
{
    // The command says when it is ready, and what it got.
    QProcess p;
    p.start(QStringLiteral(PINGPANDA_BINARY),
        runArgs({u"sh"_s, u"-c"_s,
            u"trap 'echo got TERM; exit 7' TERM; echo ready; while :; do sleep 0.05; done"_s}));
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("ready"), 10000);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // `run` itself was not killed
    QCOMPARE(p.exitCode(), 7);
    out += p.readAllStandardOutput();
    QVERIFY(out.contains("got TERM"));
    const Event e = events().value(0);
    QVERIFY2(e.description.endsWith(u"failed (exit 7), interrupted by SIGTERM"_s),
        qPrintable(e.description));
    QVERIFY(field(e, u"output").endsWith(u"got TERM"_s));
}
#endif

#ifdef Q_OS_UNIX
void TestRun::sigintToRunGoesToTheCommand()
{
    QProcess p;
    p.start(QStringLiteral(PINGPANDA_BINARY),
        runArgs({u"sh"_s, u"-c"_s, u"echo ready; exec sleep 30"_s}));
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("ready"), 10000);
    QTest::qWait(100); // sleep has replaced the shell by now
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 130); // sleep ended by SIGINT: 128 + 2
    QVERIFY2(events().value(0).description.endsWith(u"(exit 130), interrupted by SIGINT"_s),
        qPrintable(events().value(0).description));
}
#endif

void TestRun::noRunningInstanceStillRunsTheCommand()
{
    m_instance.reset();
    const Run r = run({u"sh"_s, u"-c"_s, u"echo still ran; exit 4"_s});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, "still ran\n"_ba);
    QCOMPARE(r.err.count(u'\n'), 1); // one line
    QVERIFY2(r.err.contains(u"The event was not sent"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Start it with 'pingpanda'"_s), qPrintable(r.err));
    QCOMPARE(events().size(), 0);
}

qint64 TestRun::runAndMeasurePeak(const QStringList &command, const QString &outFile)
{
    QProcess p;
    // Under AddressSanitizer, freed memory waits in a quarantine of up to 256 MB before it is
    // reused: a measure of the sanitizer, not of `run`. Kept small here (ignored elsewhere).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ASAN_OPTIONS"_s,
        env.value(u"ASAN_OPTIONS"_s)
            + u":quarantine_size_mb=8:thread_local_quarantine_size_kb=64"_s);
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(outFile);
    p.start(QStringLiteral(PINGPANDA_BINARY), runArgs(command));
    if (!p.waitForStarted())
        return -1;
    qint64 peakKb = 0;
#ifdef Q_OS_LINUX
    const QString status = u"/proc/%1/status"_s.arg(p.processId());
    while (!p.waitForFinished(20)) {
        QFile file(status);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKb = qMax(peakKb, line.mid(6).trimmed().split(' ').first().toLongLong());
        }
    }
#endif
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(60000))
        return -1;
    return p.exitCode() == 0 ? peakKb : -1;
}

void TestRun::longOutputPassesThroughWithFlatMemory()
{
    // 195 MB through `run` into a file: every byte arrives, and run's memory stays where it is
    // for a command that prints one line.
    QTemporaryDir dir;
    const qint64 smallKb = runAndMeasurePeak(
        {u"sh"_s, u"-c"_s, u"echo one line; sleep 0.5"_s}, dir.filePath(u"small"_s));
    const QString outFile = dir.filePath(u"out"_s);
    const qint64 bigKb = runAndMeasurePeak(
        {u"sh"_s, u"-c"_s, u"yes 'line of output' | head -n 13000000; echo last line"_s}, outFile);
    QVERIFY(smallKb >= 0 && bigKb >= 0);
    QCOMPARE(QFileInfo(outFile).size(), 13000000 * 15 + 10);
#ifdef Q_OS_LINUX
    QVERIFY2(smallKb > 0 && bigKb - smallKb < 24 * 1024,
        qPrintable(u"one line: %1 kB, 195 MB: %2 kB"_s.arg(smallKb).arg(bigKb)));
#endif
    const QString output = field(events().value(0), u"output");
    QVERIFY(output.endsWith(u"line of output\nlast line"_s));
    QVERIFY(output.size() <= 1000 && output.size() > 950);
}

#ifdef Q_OS_UNIX
void TestRun::interactiveProgramSeesATerminal()
{
    // `run` inside a terminal (a pseudo-terminal this test holds), as a person would use it: the
    // command sees terminals on all three streams and reads what is typed.
    const int terminal = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(terminal >= 0 && ::grantpt(terminal) == 0 && ::unlockpt(terminal) == 0);
    const QByteArray peerName = ::ptsname(terminal);
    QProcess p;
    p.setStandardInputFile(QString::fromLocal8Bit(peerName));
    p.setStandardOutputFile(QString::fromLocal8Bit(peerName));
    p.setStandardErrorFile(QString::fromLocal8Bit(peerName));
    p.start(QStringLiteral(PINGPANDA_BINARY),
        runArgs({u"sh"_s, u"-c"_s,
            u"[ -t 0 ] && [ -t 1 ] && [ -t 2 ] && echo terminals; printf 'name? '; read name; "
            "echo \"hello $name\""_s}));
    QVERIFY(p.waitForStarted());
    QByteArray seen;
    const auto readUntil = [&](const QByteArray &text) {
        QElapsedTimer timer;
        timer.start();
        while (!seen.contains(text) && timer.elapsed() < 10000) {
            pollfd fd {terminal, POLLIN, 0};
            if (::poll(&fd, 1, 50) > 0) {
                char buffer[4096];
                const ssize_t n = ::read(terminal, buffer, sizeof buffer);
                if (n > 0)
                    seen.append(buffer, n);
            }
        }
        return seen.contains(text);
    };
    QVERIFY2(readUntil("name? "), seen.constData());
    QVERIFY2(seen.contains("terminals"), seen.constData());
    QCOMPARE(::write(terminal, "Ada\n", 4), 4);
    QVERIFY2(readUntil("hello Ada"), seen.constData());
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    ::close(terminal);
    const QString output = field(events().value(0), u"output");
    QVERIFY2(output.endsWith(u"hello Ada"_s), qPrintable(output));
}
#endif

void TestRun::tailShowsWhatATerminalShows()
{
    OutputTail tail;
    // Colours, a window title and a progress bar redrawn with carriage returns.
    tail.append("\x1b[1;32mok\x1b[0m compiled\r\n\x1b]0;title\x07");
    tail.append("progress 10%\rprogress 50%\rprogress 100%\n\n\n");
    QCOMPARE(tail.text(1000), u"ok compiled\nprogress 100%"_s);
    // Whole lines from the end, as many as fit.
    QCOMPARE(tail.text(15), u"progress 100%"_s);
    // A last line longer than the limit keeps its end.
    OutputTail wide;
    wide.append(QByteArray(QByteArray(5000, 'x') + "END\n"));
    QCOMPARE(wide.text(10), u"…xxxxxxEND"_s);
    // Memory stays bounded whatever goes through.
    OutputTail big;
    for (int i = 0; i < 10000; ++i)
        big.append(QByteArray(QByteArray(1500, 'y') + '\n'));
    QCOMPARE(big.totalBytes(), 10000 * 1501);
    QVERIFY(big.text(1000).startsWith(u"…"_s));
    // Nothing visible: no output at all.
    OutputTail blank;
    blank.append("\n\x1b[0m\n  \n");
    QCOMPARE(blank.text(1000), QString());
}

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"

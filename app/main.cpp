// The pingpanda executable: wires the libraries to the process. The command line lives in the
// core (cli/Cli); a running profile with its API server and delivery is a runtime/Instance; this
// file only connects them.
//
// Built twice on Linux. `pingpanda` has no widgets: the commands and --headless never map the
// GUI libraries (5.6 MB of a headless server's memory). Asked for the desktop app, it replaces
// itself (exec, same process and arguments) with `pingpanda-desktop`, built from this file with
// PINGPANDA_DESKTOP. Elsewhere `pingpanda` is built with PINGPANDA_DESKTOP and does both.

#include "cli/cli.h"
#include "platform/instanceguard.h"
#include "platform/signalwatcher.h"
#include "platform/translations.h"
#include "runtime/instance.h"

#include <QCoreApplication>

#ifdef PINGPANDA_DESKTOP
#include "desktopapp.h"

#include <QApplication>
#endif

#ifdef Q_OS_UNIX
#include <csignal>

#include <sys/resource.h>
#include <unistd.h>
#endif

#include <string>

namespace {

// A display was there, but the desktop executable was not.
bool desktopMissing = false;

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The server accepts up to 1,000 connections; desktops often start programs with a soft limit
// of 1,024 open files. Raise it towards the hard limit so that the cap, not the limit, decides.
void raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < 8192
        && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

// A file size limit (ulimit -f) or a full quota must make a write fail, which the database
// reports and the API answers with 503, not kill the process with SIGXFSZ.
void ignoreFileSizeSignal()
{
#ifdef Q_OS_UNIX
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

// The run form with a display and without --headless is the desktop app; everything else (the
// commands, --help, --headless) runs without loading a GUI platform. Decided before any Qt
// application object exists, from the raw arguments: options that take a value are skipped.
bool wantsDesktop(int argc, char *argv[])
{
    if (!hasDisplay())
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--help" || arg == "-h" || arg == "--version")
            return false;
        if (arg == "--port" || arg == "--bind" || arg == "--data-dir") {
            ++i;
            continue;
        }
        if (!arg.startsWith('-'))
            return false; // a command
    }
    return true;
}

#ifndef PINGPANDA_DESKTOP
// Replaces this process with pingpanda-desktop: next to this executable (the build tree), else
// in PINGPANDA_DESKTOP_RELATIVE from it (installed). Returns only when that is not possible.
void execDesktop(char *argv[])
{
#ifdef Q_OS_LINUX
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (n <= 0)
        return;
    self[n] = '\0';
    std::string dir(self);
    dir.erase(dir.rfind('/'));
    for (const std::string &candidate :
        {dir + "/pingpanda-desktop", dir + "/" PINGPANDA_DESKTOP_RELATIVE "/pingpanda-desktop"}) {
        if (::access(candidate.c_str(), X_OK) == 0)
            ::execv(candidate.c_str(), argv);
    }
#else
    Q_UNUSED(argv);
#endif
}
#endif

int serve(const Cli::ServeOptions &options, QTextStream &out, QTextStream &err)
{
    raiseOpenFileLimit();
    ignoreFileSizeSignal();
#ifdef PINGPANDA_DESKTOP
    const bool desktop
        = !options.headless && qobject_cast<QApplication *>(QCoreApplication::instance());
#else
    const bool desktop = false;
#endif
    if (!options.headless && !desktop && desktopMissing) {
        err << Cli::tr("The desktop part of PingPanda (pingpanda-desktop) is not installed, so "
                       "there is no window or tray icon; serving without them (as with "
                       "--headless). Install the full package for the desktop app.")
            << Qt::endl;
    } else if (!options.headless && !desktop) {
        err << Cli::tr("No display found, so there is no window or tray icon; serving without them "
                       "(as with --headless).")
            << Qt::endl;
    }

    InstanceGuard guard(options.dataDir);
    if (Status s = guard.acquire(); !s) {
        if (desktop && guard.ownerPid() > 0 && guard.askOwnerToShow()) {
            err << Cli::tr(
                "PingPanda is already running for this data folder; its window is shown.")
                << Qt::endl;
            return Cli::Success;
        }
        err << "pingpanda: " << s.error().message << Qt::endl;
        return Cli::Failure;
    }

    Instance::Options instanceOptions;
    instanceOptions.dataDir = options.dataDir;
    instanceOptions.port = options.port;
    instanceOptions.bind = options.bind;
    Result<std::unique_ptr<Instance>> instance = Instance::start(instanceOptions);
    if (!instance) {
        err << "pingpanda: " << instance.error().message << Qt::endl;
        return Cli::Failure;
    }

    for (const QString &notice : instance.value()->notices())
        err << notice << Qt::endl;

    SignalWatcher signalWatcher;
#ifdef PINGPANDA_DESKTOP
    std::unique_ptr<DesktopApp> gui;
    QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, QCoreApplication::instance(),
        [&gui] { gui ? gui->quit() : QCoreApplication::quit(); });
    if (desktop) {
        gui = std::make_unique<DesktopApp>(*instance.value());
        gui->start();
        QObject::connect(&guard, &InstanceGuard::showRequested, gui.get(), &DesktopApp::show);
    }
#else
    QObject::connect(&signalWatcher, &SignalWatcher::stopRequested, QCoreApplication::instance(),
        [] { QCoreApplication::quit(); });
#endif

    // Exactly this line, on stdout, once the API answers: scripts and tests wait for it.
    out << "PingPanda listening on " << instance.value()->url() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsDesktop(argc, argv)) {
#ifdef PINGPANDA_DESKTOP
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setQuitOnLastWindowClosed(false); // the tray decides when to quit
#else
        execDesktop(argv); // a server install may have no desktop part: then serve without it
        desktopMissing = true;
#endif
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pingpanda"));
    QCoreApplication::setOrganizationName(QString());

    Translations::install(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Cli cli(out, err, in);
    cli.setServeHandler([&](const Cli::ServeOptions &options) { return serve(options, out, err); });
    return cli.run(QCoreApplication::arguments());
}

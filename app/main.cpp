// The pingpanda executable: wires the libraries to the process. The command line lives in the
// core (Cli); serving lives in httpserver (ApiService); this file only connects them.

#include "apiservice.h"
#include "cli.h"
#include "signalwatcher.h"

#include <QCoreApplication>

namespace {

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int serve(const Cli::ServeOptions &options, QTextStream &out, QTextStream &err)
{
    if (!options.headless) {
        if (!hasDisplay()) {
            err << Cli::tr(
                "No display found, so there is no tray icon; serving without it (as with "
                "--headless).")
                << Qt::endl;
        } else {
            err << Cli::tr("The tray icon is not part of this version yet; serving without it (as "
                           "with --headless).")
                << Qt::endl;
        }
    }

    ApiService::Options serviceOptions;
    serviceOptions.dataDir = options.dataDir;
    serviceOptions.port = options.port;
    serviceOptions.bind = options.bind;
    Result<std::unique_ptr<ApiService>> service = ApiService::start(serviceOptions);
    if (!service) {
        err << "pingpanda: " << service.error().message << Qt::endl;
        return Cli::Failure;
    }

    for (const QString &notice : service.value()->notices())
        err << notice << Qt::endl;

    SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &SignalWatcher::stopRequested, qApp, [] { QCoreApplication::quit(); });

    // Exactly this line, on stdout, once the API answers: scripts and tests wait for it.
    out << "PingPanda listening on " << service.value()->url() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pingpanda"));
    QCoreApplication::setOrganizationName(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Cli cli(out, err, in);
    cli.setServeHandler([&](const Cli::ServeOptions &options) { return serve(options, out, err); });
    return cli.run(QCoreApplication::arguments());
}

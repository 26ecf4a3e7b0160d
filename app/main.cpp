// The pingpanda executable: wires the core library to the process. Everything it does lives in
// the libraries; this file only picks the application object and the streams.

#include "cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pingpanda"));
    QCoreApplication::setOrganizationName(QString());

    // A command's output is its answer; progress notes would only get in the way of scripts.
    // Warnings still show, and QT_LOGGING_RULES overrides this for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("pingpanda.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Cli cli(out, err, in);
    return cli.run(QCoreApplication::arguments());
}

#pragma once

#include "json/jsonvalue.h"

#include <QStringList>

// How a command ended, as `pingpanda run` saw it.
struct JobOutcome
{
    QStringList command; // program and arguments
    int exitStatus = 0; // as a shell reports it: the code, 128+N for signal N, 127 not started
    int interruptSignal = 0; // SIGINT, SIGTERM or SIGHUP sent to `run` while it waited; 0 none
    qint64 elapsedMs = 0;
    QString output; // the tail of the combined output
    QString host;
};

// The event `pingpanda run` posts (contract §5): the description and the fields in the
// contract's order. The words are the contract's, in English like the API's: scripts and
// Discord searches match on them whatever the desktop's language.
namespace JobReport {

// The command line as a person would type it: arguments quoted where a shell would need it.
QString commandLine(const QStringList &command);
// "45s", "3m 12s", "2h 5m 0s"; under ten seconds with a tenth ("2.4s").
QString duration(qint64 ms);
QString description(const JobOutcome &outcome);
// {"category", "description", "fields": {command, exit, duration, seconds, host, output}}
JsonValue eventBody(const QString &category, const JobOutcome &outcome);

} // namespace JobReport

#pragma once

#include "domain/error.h"
#include "storage/eventstore.h"

#include <QCoreApplication>

class QIODevice;

// Writes the events a query selects (all of them, not one page) as CSV or JSON, a page at a time
// so that a large history never sits in memory at once.
class EventExporter
{
    Q_DECLARE_TR_FUNCTIONS(EventExporter)

public:
    enum class Format { Csv, Json };

    // CSV (RFC 4180): id, time, category, description, fields (as JSON), status, attempts,
    // delivered at, error. JSON: an array of events as the API shows them.
    static Result<qint64> write(
        const EventStore &store, EventQuery query, Format format, QIODevice &out);
    static Format formatFor(const QString &fileName);
};

#pragma once

#include "domain/error.h"
#include "domain/event.h"

#include <QSqlQuery>
#include <QVariant>

class Database;

// How an event is read from a row of the events table, and the statements run on it: shared by
// EventStore (the table as the history) and Outbox (the same table as what is to be sent).
namespace EventRows {

QDateTime fromMsecs(const QVariant &msecsSinceEpoch);
// A row of "SELECT <the event columns> FROM events" (select()).
Event fromRow(const QSqlQuery &row);
// SQL NULL for a null string.
QVariant nullableText(const QString &text);
// Prepares `sql`, binds `values` in order and runs it; the statement, to read or count.
Result<QSqlQuery> run(
    Database &db, const QString &sql, const QVariantList &values, const QString &what);
// SELECT <the event columns> FROM events <sqlAfterFrom>, with `values` bound in order.
Result<QList<Event>> select(
    Database &db, const QString &sqlAfterFrom, const QVariantList &values, const QString &what);

} // namespace EventRows

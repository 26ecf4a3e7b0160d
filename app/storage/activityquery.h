#pragma once

#include "domain/error.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// How a category has been doing, for the dashboard.
struct CategoryActivity
{
    QString category;
    qint64 today = 0;
    qint64 week = 0;
    qint64 month = 0;
    QDateTime lastEvent; // invalid: none yet
    QList<QPair<QString, double>> sums; // numeric fields summed over the chosen range, by name
};

// The dashboard's figures, read from indexes and event_counts so that they stay quick at a
// million events: per category, its counts since three moments, its last event, and the sums of
// its numeric fields.
class ActivityQuery
{
    Q_DECLARE_TR_FUNCTIONS(ActivityQuery)

public:
    explicit ActivityQuery(Database &database)
        : m_db(database)
    { }

    // Counts since the start of today, the week and the month, the last event, and the sums of
    // numeric fields since `sumsFrom`, for every category that has events.
    Result<QList<CategoryActivity>> perCategory(const QDateTime &today, const QDateTime &week,
        const QDateTime &month, const QDateTime &sumsFrom) const;

private:
    Database &m_db;
};

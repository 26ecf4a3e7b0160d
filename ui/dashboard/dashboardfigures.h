#pragma once

#include "domain/category.h"
#include "domain/error.h"
#include "storage/activityquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

// What the dashboard shows, computed from ActivityQuery's raw figures: for the chosen range, each
// category's count and the count of the range before it, its last event, its events per local
// day over the last 30 days (per hour of today for "Today"), and the totals of the fields a person
// would add up. Plain values, so that the figures are tested without drawing anything.
struct DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    enum class Range { Today, Week, Month }; // today, the last 7 days, the last 30 days
    static constexpr int ChartDays = 30;

    struct PerCategory
    {
        Category category;
        qint64 count = 0; // in the range
        qint64 previous = 0; // in the range just before, up to the same time of day
        QDateTime lastEvent; // invalid: none yet
        QList<qint64> series; // one bar per bucket (see DashboardFigures::buckets)
        QList<QPair<QString, double>> totals; // over the range, by field name
    };

    Range range = Range::Today;
    QList<QDateTime> buckets; // the start of each bar: local hours of today, or local days
    QList<PerCategory> categories; // in the profile's order

    // The figures from what DashboardReader read.
    static DashboardFigures build(const QList<Category> &categories, Range range,
        const QDateTime &now, const QList<ActivitySlot> &quarterHours,
        const QList<QPair<QString, QDateTime>> &lastEvents, const QList<FieldTotal> &totals);

    // Where the range begins, and where the one before it begins.
    static QDateTime rangeStart(Range range, const QDateTime &now);
    static QDateTime previousStart(Range range, const QDateTime &now);
    // A field's total means something unless the field names an identifier or a code
    // ("id", "user_id", "orderId", "code", "zip_code", "exit", "pid"): numbers nobody adds up.
    static bool isIdentifier(const QString &field);
    // "+50% vs yesterday", "new", "same as the 7 days before": the change, in words.
    static QString changeText(Range range, qint64 count, qint64 previous);
    // "7,666.39": a field's total as people read it, in the locale's digits and grouping.
    static QString totalText(double total);
};

// Reads the dashboard's figures for a range as of a moment (local time decides days and hours).
// The totals of fields are the one figure that parses every event's fields, a third of a second
// for a month of a busy profile; a past day's totals do not change, so each is read once and
// kept, and a refresh reads today's again.
class DashboardReader
{
public:
    explicit DashboardReader(Database &db)
        : m_db(db)
    { }

    Result<DashboardFigures> read(
        const QList<Category> &categories, DashboardFigures::Range range, const QDateTime &now);
    // Forgets the past days' totals: categories were renamed, or events removed.
    void forget() { m_pastDays.clear(); }

private:
    Result<QList<FieldTotal>> totalsSince(const QDateTime &from, const QDateTime &now);

    Database &m_db;
    QHash<qint64, QList<FieldTotal>> m_pastDays; // by the day's local start, in ms
};

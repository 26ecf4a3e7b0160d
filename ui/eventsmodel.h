#pragma once

#include "domain/category.h"

#include "storage/eventstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

class Database;

// The event history as a table, newest first, for a view of any size: it counts the rows with one
// COUNT(*) and reads them a page at a time as the view asks for them, so a million stored events
// open as fast as ten. refresh() takes in what changed since (new events appear at the top,
// statuses update in place) without resetting the view.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsModel)

public:
    enum Column {
        TimeColumn,
        CategoryColumn,
        DescriptionColumn,
        FieldsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { EventIdRole = Qt::UserRole + 1, StatusRole };
    static constexpr int PageSize = 200;
    // Pages kept in memory; the least recently read goes first, so that scrolling through a
    // million rows holds at most this many pages.
    static constexpr int MaxCachedPages = 50;
    int cachedPageCount() const { return int(m_pages.size()); }

    explicit EventsModel(Database &database, QObject *parent = nullptr);

    // The filters: category, status, time range; limit and offset are the model's own.
    void setQuery(const EventQuery &query);
    const EventQuery &query() const { return m_query; }

    // Reads the count again and forgets cached pages.
    void refresh();

    Event eventAt(int row) const;
    // "Pending", "Delivered", "Failed", as the Status column says it.
    static QString statusText(DeliveryStatus status);
    // The colour a status is shown in, readable on `palette`'s base (light or dark).
    static QColor statusColor(DeliveryStatus status, const QPalette &palette);
    // The categories' emoji and colour, shown beside each event's category name.
    void setCategories(const QList<Category> &categories);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Event *cached(int row) const;
    qint64 countNow() const;
    // A small disc of a colour, for the category and status columns.
    QIcon dot(const QColor &color) const;

    EventStore m_store;
    EventQuery m_query;
    int m_rows = 0;
    struct Page
    {
        QList<Event> events;
        quint64 lastUsed = 0;
    };
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    QHash<QString, Category> m_categories;
    mutable QHash<QRgb, QIcon> m_dots; // a small disc per colour, made once
};

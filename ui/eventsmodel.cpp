#include "eventsmodel.h"

#include "appearance.h"

#include <QColor>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPainter>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEventsModel, "pingpanda.ui.events", QtInfoMsg)

EventsModel::EventsModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{
    m_rows = int(countNow());
}

qint64 EventsModel::countNow() const
{
    Result<qint64> count = m_store.count(m_query);
    if (!count) {
        qCWarning(lcEventsModel) << "cannot count events:" << count.error().message;
        return 0;
    }
    return count.value();
}

void EventsModel::setQuery(const EventQuery &query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_rows = int(countNow());
    endResetModel();
}

void EventsModel::refresh()
{
    const int rows = int(countNow());
    m_pages.clear();
    if (rows > m_rows) {
        // Newest first: what arrived goes on top, and the rows below keep their place.
        beginInsertRows({}, 0, rows - m_rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

const Event *EventsModel::cached(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        EventQuery q = m_query;
        q.limit = PageSize;
        q.offset = page * PageSize;
        Result<QList<Event>> events = m_store.list(q);
        if (!events) {
            qCWarning(lcEventsModel) << "cannot read events:" << events.error().message;
            return nullptr;
        }
        if (m_pages.size() >= MaxCachedPages) {
            const auto oldest = std::min_element(m_pages.cbegin(), m_pages.cend(),
                [](const Page &a, const Page &b) { return a.lastUsed < b.lastUsed; });
            m_pages.erase(oldest);
        }
        it = m_pages.insert(page, Page {std::move(events).value(), 0});
    }
    it->lastUsed = ++m_useClock;
    const int inPage = row % PageSize;
    return inPage < it->events.size() ? &it->events.at(inPage) : nullptr;
}

Event EventsModel::eventAt(int row) const
{
    const Event *e = cached(row);
    return e ? *e : Event();
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event *e = cached(index.row());
    if (!e)
        return {};
    switch (role) {
    case EventIdRole:
        return e->id;
    case StatusRole:
        return int(e->status);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !e->error.isEmpty())
            return e->error;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return statusColor(e->status, QGuiApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return dot(statusColor(e->status, QGuiApplication::palette()));
        if (index.column() == CategoryColumn) {
            const auto known = m_categories.constFind(e->category);
            return known == m_categories.cend() ? QVariant() : dot(QColor::fromRgb(known->color));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat);
    case CategoryColumn: {
        const auto known = m_categories.constFind(e->category);
        return known == m_categories.cend() ? e->category
                                            : known->shownEmoji() + u' ' + e->category;
    }
    case DescriptionColumn:
        return e->description;
    case FieldsColumn: {
        QStringList parts;
        for (const auto &[name, value] : e->fields.members())
            parts << name + u": "_s + value.toDisplayString();
        return parts.join(u", "_s);
    }
    case StatusColumn:
        return statusText(e->status);
    }
    return {};
}

QColor EventsModel::statusColor(DeliveryStatus status, const QPalette &palette)
{
    const bool dark = Appearance::isDark(palette);
    switch (status) {
    case DeliveryStatus::Pending:
        return dark ? QColor(0xf0, 0xb2, 0x32) : QColor(0x9a, 0x67, 0x00);
    case DeliveryStatus::Delivered:
        return dark ? QColor(0x57, 0xc2, 0x7a) : QColor(0x1e, 0x7e, 0x34);
    case DeliveryStatus::Failed:
        return dark ? QColor(0xf2, 0x78, 0x7b) : QColor(0xc0, 0x39, 0x2b);
    case DeliveryStatus::Muted:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

void EventsModel::setCategories(const QList<Category> &categories)
{
    m_categories.clear();
    for (const Category &c : categories)
        m_categories.insert(c.name, c);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, CategoryColumn), index(m_rows - 1, CategoryColumn));
}

QIcon EventsModel::dot(const QColor &color) const
{
    auto known = m_dots.constFind(color.rgb());
    if (known != m_dots.cend())
        return *known;
    QIcon icon;
    for (qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(10, 10) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, 8, 8));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return m_dots.insert(color.rgb(), icon).value();
}

QString EventsModel::statusText(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return tr("Pending");
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::Failed:
        return tr("Failed");
    case DeliveryStatus::Muted:
        return tr("Muted");
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CategoryColumn:
        return tr("Category");
    case DescriptionColumn:
        return tr("Description");
    case FieldsColumn:
        return tr("Fields");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

#include "categoriesmodel.h"

#include "storage/categorystore.h"

#include <QColor>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCategoriesModel, "pingpanda.ui.categories", QtInfoMsg)

CategoriesModel::CategoriesModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(database)
{
    refresh();
}

void CategoriesModel::refresh()
{
    CategoryStore store(m_db);
    Result<QList<Category>> categories = store.list();
    if (!categories) {
        qCWarning(lcCategoriesModel) << "cannot read categories:" << categories.error().message;
        return;
    }
    QList<qint64> counts;
    for (const Category &c : categories.value()) {
        Result<qint64> n = store.eventCount(c.name);
        counts << (n ? n.value() : 0);
    }
    beginResetModel();
    m_categories = std::move(categories).value();
    m_eventCounts = counts;
    endResetModel();
}

int CategoriesModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i].name == name)
            return i;
    }
    return -1;
}

int CategoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category &c = m_categories.at(index.row());
    if (role == NameRole)
        return c.name;
    if (role == Qt::DecorationRole && index.column() == ColorColumn)
        return QColor::fromRgb(c.color);
    if (role == Qt::AccessibleTextRole && index.column() == EmojiColumn)
        return c.emoji.isEmpty() ? tr("No emoji") : c.emoji;
    if (role == Qt::ToolTipRole && index.column() == SendingColumn)
        return sendingToolTip(c);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EmojiColumn:
        return c.shownEmoji();
    case NameColumn:
        return c.name;
    case ColorColumn:
        return c.colorName();
    case SendingColumn:
        return sendingText(c);
    case EventsColumn:
        return m_eventCounts.value(index.row());
    }
    return {};
}

QString CategoriesModel::sendingText(const Category &c)
{
    QStringList parts;
    if (c.muted)
        parts << tr("Muted");
    else if (c.urgent)
        parts << tr("Urgent");
    if (!c.webhookUrl.isEmpty())
        parts << tr("Own webhook");
    return parts.join(u" · "_s);
}

QString CategoriesModel::sendingToolTip(const Category &c)
{
    QStringList lines;
    if (c.muted)
        lines << tr("Muted: its events are stored and shown, never sent.");
    else if (c.urgent)
        lines << tr("Urgent: sent at once, even in quiet hours or a snooze.");
    else
        lines << tr("Held with the rest in quiet hours and snoozes.");
    if (!c.webhookUrl.isEmpty())
        lines << tr("Sent to its own webhook, not the profile's destination.");
    return lines.join(u'\n');
}

QVariant CategoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmojiColumn:
        return tr("Emoji");
    case NameColumn:
        return tr("Name");
    case ColorColumn:
        return tr("Colour");
    case SendingColumn:
        return tr("Sending");
    case EventsColumn:
        return tr("Events");
    }
    return {};
}

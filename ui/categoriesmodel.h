#pragma once

#include "domain/category.h"

#include <QAbstractTableModel>

class Database;

// The categories as a table (emoji, name, colour, events), sorted by name.
class CategoriesModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesModel)

public:
    enum Column { EmojiColumn, NameColumn, ColorColumn, SendingColumn, EventsColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit CategoriesModel(Database &database, QObject *parent = nullptr);

    void refresh();
    Category categoryAt(int row) const { return m_categories.value(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The Sending column: the rules that differ from the rest ("Urgent · Own webhook"), and
    // what they mean.
    static QString sendingText(const Category &c);
    static QString sendingToolTip(const Category &c);

    Database &m_db;
    QList<Category> m_categories;
    QList<qint64> m_eventCounts;
};

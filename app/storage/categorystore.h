#pragma once

#include "domain/category.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Categories in the profile database. Every write validates first and changes nothing on error.
class CategoryStore
{
    Q_DECLARE_TR_FUNCTIONS(CategoryStore)

public:
    explicit CategoryStore(Database &database)
        : m_db(database)
    { }

    Result<Category> add(const Category &category);
    // Replaces name, emoji and colour of the category called `name`. A rename carries the
    // category's event history along with it.
    Result<Category> update(const QString &name, const Category &changed);
    Status remove(const QString &name);

    Result<Category> find(const QString &name) const;
    Result<QList<Category>> list() const;
    Result<qint64> eventCount(const QString &name) const;

private:
    Status validate(const Category &category) const;

    Database &m_db;
};

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
    // Replaces everything about the category called `name` (name, look, rules). A rename carries
    // the category's event history along with it; muting it mutes what it still had to send.
    Result<Category> update(const QString &name, const Category &changed);
    Status remove(const QString &name);

    Result<Category> find(const QString &name) const;
    Result<QList<Category>> list() const;
    Result<qint64> eventCount(const QString &name) const;

private:
    // Checks a category and puts its webhook address in the form it is stored in.
    Status validate(Category &category) const;

    Database &m_db;
};

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The schema's history. Each migration moves the database from version - 1 to version; they run
// in order, all of them in one transaction, and PRAGMA user_version records where a file stands.
// Append new ones; never edit one that has shipped.
struct Migration
{
    int version;
    QStringList statements;
};

namespace Migrations {
const QList<Migration> &all();
int latestVersion();
} // namespace Migrations

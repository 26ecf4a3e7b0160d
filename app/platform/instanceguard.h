#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;

// One running instance per profile (data folder): a lock file in the folder, and a local socket
// through which a second launch asks the first to show its window instead of starting again.
class InstanceGuard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceGuard)

public:
    explicit InstanceGuard(const QString &dataDir, QObject *parent = nullptr);
    ~InstanceGuard() override;

    // True when this process now owns the profile. False when another instance does; then
    // ownerPid() tells which, and askOwnerToShow() reaches it.
    Status acquire();
    qint64 ownerPid() const { return m_ownerPid; }
    // Asks the running instance to bring its window up; true when it answered.
    bool askOwnerToShow();

Q_SIGNALS:
    // A second launch asked this instance to show itself.
    void showRequested();

private:
    QString socketName() const;

    QString m_dataDir;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    qint64 m_ownerPid = 0;
};

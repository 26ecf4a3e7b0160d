#include "platform/instanceguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "pingpanda.instance", QtInfoMsg)

InstanceGuard::InstanceGuard(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(QDir(dataDir).absolutePath())
    , m_lock(QDir(dataDir).absoluteFilePath(u"pingpanda.lock"_s))
{
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone
}

InstanceGuard::~InstanceGuard() = default;

QString InstanceGuard::socketName() const
{
    // Per profile, and short enough for a Unix socket path.
    const QByteArray hash
        = QCryptographicHash::hash(m_dataDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"pingpanda-"_s + QString::fromLatin1(hash);
}

Status InstanceGuard::acquire()
{
    if (!QDir().mkpath(m_dataDir))
        return Error::storage(tr("Could not create the data folder %1.").arg(m_dataDir));
    if (!m_lock.tryLock(0)) {
        QString host;
        QString app;
        m_lock.getLockInfo(&m_ownerPid, &host, &app);
        if (m_lock.error() == QLockFile::LockFailedError) {
            return Error::invalidState(tr(
                "PingPanda is already running for this data folder (process %1). Stop it first, or "
                "choose another folder with --data-dir.")
                                           .arg(m_ownerPid));
        }
        return Error::storage(tr("Could not lock the data folder %1.").arg(m_dataDir));
    }
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(socketName()); // left over by a process that crashed
    if (!m_server->listen(socketName())) {
        qCWarning(lcInstance) << "a second launch will not be able to raise this one:"
                              << m_server->errorString();
        return {};
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains("show")) {
                    qCInfo(lcInstance) << "another launch asked to show the window";
                    Q_EMIT showRequested();
                }
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return {};
}

bool InstanceGuard::askOwnerToShow()
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(2000))
        return false;
    socket.write("show\n");
    return socket.waitForBytesWritten(2000);
}

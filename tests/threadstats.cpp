#include "threadstats.h"

#include <QDir>
#include <QFile>

qint64 threadIdByName(const QByteArray &name, qint64 pid)
{
    qint64 found = -1;
    const QDir tasks(
        pid == 0 ? QStringLiteral("/proc/self/task") : QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        if (found != -1)
            return -1;
        found = tid.toLongLong();
    }
    return found;
}

std::chrono::nanoseconds threadCpuTime(qint64 tid)
{
    // schedstat: time on a processor (ns), time waiting for one (ns), time slices run.
    QFile schedstat(QStringLiteral("/proc/self/task/%1/schedstat").arg(tid));
    if (!schedstat.open(QIODevice::ReadOnly))
        return std::chrono::nanoseconds(-1);
    bool ok = false;
    const qint64 ns = schedstat.readAll().split(' ').value(0).toLongLong(&ok);
    return std::chrono::nanoseconds(ok ? ns : -1);
}

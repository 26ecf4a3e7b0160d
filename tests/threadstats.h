#pragma once

// A thread as the system accounts for it (Linux: /proc/PID/task).

#include <QByteArray>

#include <chrono>

// The system's id of the thread named `name` in process `pid` (0: this one), or -1 when there is
// none or several.
qint64 threadIdByName(const QByteArray &name, qint64 pid = 0);
// The time the thread `tid` of this process has run so far, to the nanosecond (-1 when unknown).
std::chrono::nanoseconds threadCpuTime(qint64 tid);

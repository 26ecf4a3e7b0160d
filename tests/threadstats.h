#pragma once

// A thread of this process as the system accounts for it (Linux: /proc/self/task).

#include <QByteArray>

#include <chrono>

// The system's id of this process's thread named `name`, or -1 when there is none or several.
qint64 threadIdByName(const QByteArray &name);
// The time the thread `tid` of this process has run so far, to the nanosecond (-1 when unknown).
std::chrono::nanoseconds threadCpuTime(qint64 tid);

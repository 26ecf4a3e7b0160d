#pragma once

// The lines the benchmark programs print for tests/bench/run.sh's table:
//   ROW|figure|measured|target|met
#include <QString>

#include <cstdio>

// A figure with a target: "met" says yes or NO.
inline void row(const QString &figure, const QString &measured, const QString &target, bool ok)
{
    std::printf("ROW|%s|%s|%s|%s\n", qPrintable(figure), qPrintable(measured), qPrintable(target),
        ok ? "yes" : "NO");
    std::fflush(stdout);
}

// A figure printed for context, with no target of its own: "met" stays empty.
inline void info(const QString &figure, const QString &measured, const QString &what)
{
    std::printf("ROW|%s|%s|%s|\n", qPrintable(figure), qPrintable(measured), qPrintable(what));
    std::fflush(stdout);
}

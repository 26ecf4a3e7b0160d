#pragma once

// Finds what a person would see as a broken layout: a widget given less room than it needs, one
// sticking out of its parent, two side by side overlapping, a label showing a stray "&". Shared
// by the layout test and the translations test (longer words, same rules).

#include <QString>
#include <QStringList>

class QWidget;

// Lets the layouts settle, then lists the problems under `root`, one line each.
QStringList layoutProblems(QWidget *root);

// With PINGPANDA_SCREENSHOTS=DIR, saves the widget there as a PNG named after the test row, to
// look at by eye (fonts and colours the checks cannot judge); `name` replaces the row's name.
void saveScreenshot(QWidget *root, const QString &name = {});

// "QPushButton \"Save\" 80x22": a widget as the problem lines name it.
QString describeWidget(const QWidget *w);

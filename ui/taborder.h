#pragma once

#include <QList>
#include <QWidget>

// Sets the Tab order of a page's controls to the order given (reading order), whatever order
// they were created in. (QWidget::setTabOrder for a list arrived after Qt 6.4.)
inline void chainTabOrder(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

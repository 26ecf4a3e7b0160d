#pragma once

#include <QLayout>
#include <QWidget>

// Qt gives a window the height its layout prefers, not the height its word-wrapped labels need
// at the width the window gets (height-for-width does not apply to top-level windows). A dialog
// whose wrapped text can change calls this when it is shown and after each change, so that no
// line is cut off.
inline void growToFitWrappedText(QWidget *window)
{
    if (!window->isVisible() || !window->layout())
        return;
    window->layout()->activate();
    const int needed = window->heightForWidth(window->width());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

#pragma once

#include "icons.h"

#include <QListWidget>

// The window's list of pages: an icon and a name each, the icons drawn in the palette's colours
// (light or dark, followed when it changes), and a count beside an entry that needs attention
// (the failed events beside Events).
class Sidebar : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void addPage(Icons::Name icon, const QString &name);
    // A red count at the end of the row; 0 hides it. `meaning` is what screen readers say.
    void setBadge(int row, int count, const QString &meaning);
    int badge(int row) const;

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retheme();
    QList<Icons::Name> m_icons;
};

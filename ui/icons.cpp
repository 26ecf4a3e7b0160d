#include "icons.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be called outside any namespace.
static void registerIcons()
{
    Q_INIT_RESOURCE(pingpanda);
}

namespace {

QString pathOf(Icons::Name name)
{
    switch (name) {
    case Icons::Name::App:
        return u":/icons/pingpanda.svg"_s;
    case Icons::Name::TrayOk:
        return u":/icons/tray-ok.svg"_s;
    case Icons::Name::TrayDelivering:
        return u":/icons/tray-delivering.svg"_s;
    case Icons::Name::TrayProblem:
        return u":/icons/tray-problem.svg"_s;
    case Icons::Name::TrayHeld:
        return u":/icons/tray-held.svg"_s;
    case Icons::Name::PageDashboard:
        return u":/icons/pages/dashboard.svg"_s;
    case Icons::Name::PageEvents:
        return u":/icons/pages/events.svg"_s;
    case Icons::Name::PageCategories:
        return u":/icons/pages/categories.svg"_s;
    case Icons::Name::PageSendTest:
        return u":/icons/pages/send.svg"_s;
    case Icons::Name::PageHooks:
        return u":/icons/pages/hooks.svg"_s;
    case Icons::Name::PageSettings:
        return u":/icons/pages/settings.svg"_s;
    }
    return {};
}

// The drawing's shape in `color`: what is drawn keeps its coverage, takes the colour.
QPixmap tinted(const QIcon &shape, int size, qreal ratio, const QColor &color)
{
    QPixmap pixmap = shape.pixmap(QSize(size, size), ratio);
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(QRect(QPoint(), pixmap.deviceIndependentSize().toSize()), color);
    return pixmap;
}

} // namespace

namespace Icons {

QIcon get(Name name)
{
    static const bool registered = (registerIcons(), true);
    Q_UNUSED(registered);
    return QIcon(pathOf(name));
}

QIcon themed(Name name, const QPalette &palette, int size)
{
    const QIcon shape = get(name);
    QIcon icon;
    for (qreal ratio : {1.0, 2.0, 3.0}) {
        icon.addPixmap(
            tinted(shape, size, ratio, palette.color(QPalette::WindowText)), QIcon::Normal);
        icon.addPixmap(
            tinted(shape, size, ratio, palette.color(QPalette::HighlightedText)), QIcon::Selected);
        icon.addPixmap(
            tinted(shape, size, ratio, palette.color(QPalette::Disabled, QPalette::WindowText)),
            QIcon::Disabled);
    }
    return icon;
}

} // namespace Icons

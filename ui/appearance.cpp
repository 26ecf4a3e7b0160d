#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Appearance {

namespace {

struct SystemLook
{
    QString style;
    QPalette palette;
};

// What the application looked like before the first change, to go back to "System".
const SystemLook &systemLook()
{
    static const SystemLook look {QApplication::style()->name(), QApplication::palette()};
    return look;
}

} // namespace

QPalette darkPalette()
{
    const QColor window(0x31, 0x33, 0x38);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdb, 0xde, 0xe1);
    const QColor muted(0x94, 0x9b, 0xa4);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x58, 0x65, 0xf2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0xa8, 0xfc));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x84, 0xec));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x4e, 0x50, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x49));
    p.setColor(QPalette::Mid, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6d, 0x6f, 0x78));
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

void apply(DesktopPreferences::Appearance appearance)
{
    const SystemLook &system = systemLook();
    switch (appearance) {
    case DesktopPreferences::Appearance::System:
        QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        break;
    case DesktopPreferences::Appearance::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case DesktopPreferences::Appearance::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace Appearance

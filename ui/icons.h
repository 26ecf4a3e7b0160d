#pragma once

#include <QIcon>

class QPalette;

// The app's icons (resources/pingpanda.qrc, compiled into this library).
namespace Icons {

enum class Name {
    App,
    TrayOk,
    TrayDelivering,
    TrayProblem,
    TrayHeld,
    // The sidebar's pages: one-colour line drawings, coloured by themed().
    PageDashboard,
    PageEvents,
    PageCategories,
    PageSendTest,
    PageHooks,
    PageSettings,
};

// Registers the icons on first use and returns the one asked for.
QIcon get(Name name);
// A one-colour icon drawn in the palette's text colour, and in its highlighted-text colour when
// selected, so that it reads on light and dark palettes alike. Sizes up to `size` pixels, for
// every device pixel ratio up to 3.
QIcon themed(Name name, const QPalette &palette, int size = 20);

} // namespace Icons

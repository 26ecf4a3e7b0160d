#pragma once

#include "desktoppreferences.h"

#include <QPalette>

// The window's colours: the system's, or always light or always dark. Qt 6.4 cannot tell
// whether the desktop is dark, so a person whose theme Qt does not follow picks it here. Light
// and dark use the Fusion style, the one style that draws every control from the palette.
namespace Appearance {

// Applies to the whole application; widgets follow through their palette-change events.
void apply(DesktopPreferences::Appearance appearance);
// The dark palette: Discord's own dark greys and blurple, so the window sits well beside it.
QPalette darkPalette();
// Whether a palette draws light text on a dark window.
bool isDark(const QPalette &palette);

} // namespace Appearance

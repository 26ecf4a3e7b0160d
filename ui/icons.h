#pragma once

#include <QIcon>

// The app's icons (resources/pingpanda.qrc, compiled into this library).
namespace Icons {

enum class Name { App, TrayOk, TrayDelivering, TrayProblem };

// Registers the icons on first use and returns the one asked for.
QIcon get(Name name);

} // namespace Icons

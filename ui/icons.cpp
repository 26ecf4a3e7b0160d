#include "icons.h"

// Q_INIT_RESOURCE must be called outside any namespace.
static void registerIcons()
{
    Q_INIT_RESOURCE(pingpanda);
}

namespace Icons {

QIcon get(Name name)
{
    static const bool registered = (registerIcons(), true);
    Q_UNUSED(registered);
    switch (name) {
    case Name::App:
        return QIcon(QStringLiteral(":/icons/pingpanda.svg"));
    case Name::TrayOk:
        return QIcon(QStringLiteral(":/icons/tray-ok.svg"));
    case Name::TrayDelivering:
        return QIcon(QStringLiteral(":/icons/tray-delivering.svg"));
    case Name::TrayProblem:
        return QIcon(QStringLiteral(":/icons/tray-problem.svg"));
    }
    return {};
}

} // namespace Icons

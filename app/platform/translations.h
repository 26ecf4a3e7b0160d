#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// The user's language: PingPanda's own translations (embedded under :/i18n) and Qt's
// (qtbase_*.qm, for the standard buttons and --help), picked from the system locale and
// $LANGUAGE, in the order the user prefers.
namespace Translations {

// The languages shipped, besides English.
QStringList shipped();

// Loads and installs the translators for `locale` into the application; the language loaded
// ("de"), or empty when the user reads English or a language PingPanda does not have.
QString install(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Translations

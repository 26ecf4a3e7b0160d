#include "platform/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "pingpanda.translations", QtInfoMsg)

namespace Translations {

QStringList shipped()
{
    QStringList languages;
    for (const QString &file : QDir(u":/i18n"_s).entryList({u"pingpanda_*.qm"_s})) {
        const QString language = file.mid(10).chopped(3);
        if (language != u"en"_s) // English holds only the plural forms
            languages << language;
    }
    return languages;
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    // English plural forms ("1 event", "2 events") for everyone: a translation loaded after it
    // takes precedence.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(u"pingpanda_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(plurals);

    auto *own = new QTranslator(&app);
    // Tries each of the user's languages in turn (LANGUAGE=de:fr, then the locale), with and
    // without the region.
    if (!own->load(locale, u"pingpanda"_s, u"_"_s, u":/i18n"_s)
        || own->language().startsWith(u"en"_s)) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    const QString language = own->language();

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else {
        qCInfo(lcTranslations) << "Qt's own translations for" << language
                               << "are not installed (package qt6-translations-l10n)";
        delete qt;
    }
    return language;
}

} // namespace Translations

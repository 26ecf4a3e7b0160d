// The app in another language: LANGUAGE=de picks German for PingPanda's words and Qt's own, on
// the real widgets, and the German pages still lay out without clipping (German words are
// long). The command line follows LANGUAGE too.

#include "apitesthelpers.h"
#include "assistant/setupassistant.h"
#include "categorydialog.h"
#include "integrations/apikeydialog.h"
#include "integrations/hookdialog.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "platform/translations.h"
#include "runtime/instance.h"
#include "settingspage.h"
#include "sidebar.h"
#include "testprofile.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString g_installed; // what Translations::install() picked at start
}

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void languageComesFromTheEnvironment();
    void windowSpeaksGerman();
    void qtsOwnWordsAreGermanToo();
    void pluralsFollowTheLanguage();
    void pagesFitWithoutClipping_data();
    void pagesFitWithoutClipping();
    void commandLineFollowsLanguage_data();
    void commandLineFollowsLanguage();
    void apiAnswersStayEnglish();

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
};

void TestTranslations::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    auto service = m_profile->startInstance();
    QVERIFY(service.ok());
    m_instance = std::move(service).value();
}

void TestTranslations::cleanup()
{
    m_instance.reset();
    m_profile.reset();
}

void TestTranslations::languageComesFromTheEnvironment()
{
    QCOMPARE(Translations::shipped(), (QStringList {u"de"_s, u"es"_s, u"fr"_s}));
    QCOMPARE(g_installed, u"de"_s);
}

void TestTranslations::windowSpeaksGerman()
{
    MainWindow window(*m_instance);
    QStringList pages;
    for (int row = 0; row < window.sidebar()->count(); ++row)
        pages << window.sidebar()->item(row)->text();
    QCOMPARE(pages,
        (QStringList {u"Übersicht"_s, u"Ereignisse"_s, u"Kategorien"_s, u"Testereignis senden"_s,
            u"Hooks"_s, u"Einstellungen"_s}));
    QCOMPARE(window.settingsPage()->startAtLoginBox()->text(),
        u"PingPanda bei der &Anmeldung starten"_s);
}

void TestTranslations::qtsOwnWordsAreGermanToo()
{
    // Qt's buttons come from qtbase_de.qm (package qt6-translations-l10n).
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
}

void TestTranslations::pluralsFollowTheLanguage()
{
    QCOMPARE(QCoreApplication::translate("TrayController", "%n more event(s)", nullptr, 1),
        u"1 weiteres Ereignis"_s);
    QCOMPARE(QCoreApplication::translate("TrayController", "%n more event(s)", nullptr, 3),
        u"3 weitere Ereignisse"_s);
}

void TestTranslations::pagesFitWithoutClipping_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("smallest");
    // The window's six pages and the setup assistant's six.
    for (int page = 0; page <= SetupAssistant::TestPage; ++page) {
        QTest::addRow("page %d, default size", page) << page << false;
        QTest::addRow("page %d, smallest", page) << page << true;
    }
}

void TestTranslations::pagesFitWithoutClipping()
{
    QFETCH(int, page);
    QFETCH(bool, smallest);
    if (page <= int(MainWindow::Page::Settings)) {
        MainWindow window(*m_instance);
        window.show();
        if (smallest)
            window.resize(window.minimumSizeHint());
        window.showPage(MainWindow::Page(page));
        const QStringList problems = layoutProblems(&window);
        saveScreenshot(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    CategoryDialog dialog(Category(), {});
    dialog.show();
    const QStringList dialogProblems = layoutProblems(&dialog);
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(u'\n')));
    HookDialog hookDialog({u"sale"_s}, {});
    hookDialog.show();
    const QStringList hookProblems = layoutProblems(&hookDialog);
    QVERIFY2(hookProblems.isEmpty(), qPrintable(hookProblems.join(u'\n')));
    ApiKeyDialog keyDialog({u"sale"_s, u"signup"_s}, {});
    keyDialog.show();
    const QStringList keyProblems = layoutProblems(&keyDialog);
    QVERIFY2(keyProblems.isEmpty(), qPrintable(keyProblems.join(u'\n')));

    SetupAssistant assistant(*m_instance);
    assistant.setStartId(page);
    assistant.show();
    if (smallest)
        assistant.resize(assistant.minimumSizeHint());
    const QStringList assistantProblems = layoutProblems(&assistant);
    saveScreenshot(&assistant);
    QVERIFY2(assistantProblems.isEmpty(), qPrintable(assistantProblems.join(u'\n')));
}

void TestTranslations::commandLineFollowsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << u"de"_s << u"Befehle:"_s;
    QTest::newRow("French") << u"fr"_s << u"Commandes :"_s;
    QTest::newRow("Spanish") << u"es"_s << u"Órdenes:"_s;
    QTest::newRow("region and fallback") << u"fr_CA:de"_s << u"Commandes :"_s;
    QTest::newRow("English") << u"en"_s << u"Commands:"_s;
    QTest::newRow("not shipped") << u"ja"_s << u"Commands:"_s;
}

void TestTranslations::commandLineFollowsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, language);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(PINGPANDA_BINARY), {u"--help"_s});
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 0);
    const QString help = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(help));
}

void TestTranslations::apiAnswersStayEnglish()
{
    // Scripts read the API's messages: in a German desktop they stay English, also when they
    // come from the core (here an Idempotency-Key reused for another request).
    QNetworkAccessManager nam;
    const QUrl url(m_instance->url() + u"/api/v1/events"_s);
    const QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"},
        {"Authorization", "Bearer " + m_profile->apiKey()}, {"Idempotency-Key", "order-7"}};
    QCOMPARE(httpRequest(nam, "POST", url, R"({"category":"sale"})", headers).status, 200);
    const HttpReply reused
        = httpRequest(nam, "POST", url, R"({"category":"sale","description":"other"})", headers);
    QCOMPARE(reused.status, 422);
    QVERIFY2(reused.message().contains(u"was already used for a different request"_s),
        qPrintable(reused.message()));
}

int main(int argc, char *argv[])
{
    // As a person whose desktop is in German would start it; CTest also runs the layout check
    // in the other shipped languages (PINGPANDA_TEST_LANGUAGE=fr, es).
    const QByteArray language = qEnvironmentVariableIsSet("PINGPANDA_TEST_LANGUAGE")
        ? qgetenv("PINGPANDA_TEST_LANGUAGE")
        : QByteArray("de");
    qputenv("LANGUAGE", language);
    QApplication app(argc, argv);
    g_installed = Translations::install(app);
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"

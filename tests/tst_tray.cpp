// The tray icon for real: CTest runs this under tests/with-tray.sh (Xvfb with trayer running),
// where the system tray exists and the icon gets a real place on screen.

#include "apitesthelpers.h"
#include "config/profile.h"
#include "config/settings.h"
#include "desktopapp.h"
#include "desktoppreferences.h"
#include "discord/deliveries.h"
#include "fakediscord.h"
#include "mainwindow.h"
#include "runtime/instance.h"
#include "sendtestpage.h"
#include "sidebar.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "testprofile.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void iconIsShownInTheTray();
    void menuActionsWork();
    void closingTheWindowKeepsTheAppInTheTray();
    void iconFollowsTheDeliveryState();
    void snoozeFromTheMenuHoldsSendsAndResumeSendsOneDigest();
    void untilTomorrowMorningMeansTheNextEightOClock();
    void sendTestEventOpensItsPage();
    void eachEventIsNotifiedWhenAskedAndBurstsAreSummedUp();
    void startsHiddenInTheTrayWhenAsked();
    void quitFromTheTrayEndsTheAppWithTheWindowOpen();

private:
    void startInstance(bool withDiscord);
    int post(const QByteArray &body);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
    QString m_key;
};

void TestTray::initTestCase()
{
    // trayer's window can exist a moment before it owns the tray selection.
    QVERIFY2(RawClient::waitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000),
        "run through tests/with-tray.sh: it needs a tray");
}

void TestTray::init()
{
    // The user ID is set per test: without it the tray shows a problem.
    m_profile = std::make_unique<TestProfile>(
        QList<TestProfile::Seed> {{u"sale"_s, QString(), Category::DefaultColor}},
        TestProfile::TokenInEnvironment);
    QVERIFY(m_profile->ok());
    m_key = QString::fromLatin1(m_profile->apiKey());
}

void TestTray::cleanup()
{
    m_instance.reset();
    m_profile.reset();
}

void TestTray::startInstance(bool withDiscord)
{
    if (withDiscord) {
        auto db = Database::open(m_profile->path());
        QVERIFY(Settings(*db.value())
                    .set(Settings::Key::DiscordUserId, m_profile->discord().userId)
                    .ok());
    }
    auto service = m_profile->startInstance();
    QVERIFY(service.ok());
    m_instance = std::move(service).value();
}

int TestTray::post(const QByteArray &body)
{
    QNetworkAccessManager network;
    return httpRequest(network, "POST", QUrl(m_instance->url() + u"/api/v1/events"_s), body,
        {{"Authorization", "Bearer " + m_key.toLatin1()}, {"Content-Type", "application/json"}})
        .status;
}

void TestTray::iconIsShownInTheTray()
{
    startInstance(true);
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    QVERIFY(tray.isAvailable());
    QVERIFY(RawClient::waitFor(
        [&] { return tray.icon()->isVisible() && tray.icon()->geometry().width() > 0; }, 5000));
    QVERIFY(!tray.icon()->icon().isNull());
    QVERIFY(tray.toolTip().contains(m_instance->url()));
    QCOMPARE(tray.icon()->toolTip(), tray.toolTip());
}

void TestTray::menuActionsWork()
{
    startInstance(true);
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    QStringList texts;
    for (QAction *a : tray.menu()->actions()) {
        if (!a->isSeparator())
            texts << a->text();
    }
    QCOMPARE(texts,
        (QStringList {u"&Open PingPanda"_s, u"&Send test event…"_s, u"Set &up PingPanda…"_s,
            u"&Copy API key"_s, u"S&nooze"_s, u"&Resume sends now"_s, u"&Quit"_s}));

    QVERIFY(!window.isVisible());
    tray.openAction()->trigger();
    QVERIFY(window.isVisible());

    QApplication::clipboard()->clear();
    tray.copyKeyAction()->trigger();
    QVERIFY(RawClient::waitFor([&] { return QApplication::clipboard()->text() == m_key; }, 2000));

    QSignalSpy setup(&tray, &TrayController::setupRequested);
    tray.setupAction()->trigger();
    QCOMPARE(setup.size(), 1);

    QSignalSpy quit(&tray, &TrayController::quitRequested);
    tray.quitAction()->trigger();
    QCOMPARE(quit.size(), 1);
}

void TestTray::closingTheWindowKeepsTheAppInTheTray()
{
    startInstance(true);
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    window.show();
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    QSignalSpy notified(&tray, &TrayController::notified);
    window.close();
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(quit.size(), 0);
    QVERIFY(!window.isVisible());
    QVERIFY(tray.icon()->isVisible());
    // The first time, a hint says the app keeps running.
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), u"PingPanda keeps running"_s);
    tray.openAction()->trigger();
    QVERIFY(window.isVisible());

    // Not again, not even in the next run.
    window.close();
    QCOMPARE(notified.size(), 1);
    MainWindow nextWindow(*m_instance);
    TrayController nextTray(*m_instance, nextWindow);
    QSignalSpy nextNotified(&nextTray, &TrayController::notified);
    nextWindow.show();
    nextWindow.close();
    QVERIFY(!nextWindow.isVisible());
    QCOMPARE(nextNotified.size(), 0);
}

void TestTray::iconFollowsTheDeliveryState()
{
    startInstance(false); // no destination yet
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    QCOMPARE(tray.look(), TrayController::Look::Problem);

    // Discord set up (as the CLI would): the icon turns to ok.
    {
        auto db = Database::open(m_profile->path());
        QVERIFY(Settings(*db.value())
                    .set(Settings::Key::DiscordUserId, m_profile->discord().userId)
                    .ok());
    }
    QVERIFY(RawClient::waitFor([&] { return tray.look() == TrayController::Look::Ok; }, 5000));

    // Discord unreachable with an event owed: delivering (waiting to try again).
    m_profile->discord().down = true;
    QCOMPARE(post(R"({"category":"sale"})"), 200);
    QVERIFY(
        RawClient::waitFor([&] { return tray.look() == TrayController::Look::Delivering; }, 5000));
    QVERIFY(RawClient::waitFor([&] { return tray.toolTip().contains(u"Pending: 1"_s); }, 5000));
    m_profile->discord().down = false;
    QVERIFY(RawClient::waitFor([&] { return tray.look() == TrayController::Look::Ok; }, 10000));
}

void TestTray::snoozeFromTheMenuHoldsSendsAndResumeSendsOneDigest()
{
    startInstance(true);
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    QVERIFY(!tray.resumeAction()->isVisible());

    tray.snoozeHourAction()->trigger();
    QCOMPARE(m_instance->delivery().holdReason(), Hold::Reason::Snooze);
    QCOMPARE(tray.look(), TrayController::Look::Held);
    QVERIFY(tray.toolTip().contains(u"Snoozed until"_s));
    QVERIFY(tray.resumeAction()->isVisible());
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(m_instance->delivery().holdEnds());
    QVERIFY2(ahead > 3590 && ahead <= 3600, qPrintable(QString::number(ahead)));

    QCOMPARE(post(R"({"category":"sale","description":"first"})"), 200); // the API takes events
    QCOMPARE(post(R"({"category":"sale","description":"second"})"), 200);
    QTest::qWait(300);
    QCOMPARE(m_profile->discord().messagePosts(), 0); // but nothing goes out
    QVERIFY(tray.toolTip().contains(u"Pending: 2"_s));

    tray.resumeAction()->trigger();
    QCOMPARE(m_instance->delivery().holdReason(), Hold::Reason::None);
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 1; }, 5000));
    const JsonValue embeds = m_profile->discord().messages.first().embeds;
    QCOMPARE(embeds.items().size(), 1); // one digest, one embed for the category
    QVERIFY(embeds.items().front().find(u"description")->toString().contains(u"second"_s));
    QVERIFY(RawClient::waitFor([&] { return tray.look() == TrayController::Look::Ok; }, 5000));
    QVERIFY(!tray.resumeAction()->isVisible());
}

void TestTray::untilTomorrowMorningMeansTheNextEightOClock()
{
    const QDate today = QDate::currentDate();
    const QDateTime evening(today, QTime(21, 30));
    QCOMPARE(
        TrayController::nextMorning(evening.toUTC()), QDateTime(today.addDays(1), QTime(8, 0)));
    const QDateTime beforeDawn(today, QTime(2, 15));
    QCOMPARE(TrayController::nextMorning(beforeDawn.toUTC()), QDateTime(today, QTime(8, 0)));
}

void TestTray::sendTestEventOpensItsPage()
{
    startInstance(true);
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    QVERIFY(!window.isVisible());
    tray.sendTestAction()->trigger();
    QVERIFY(window.isVisible());
    QCOMPARE(window.sidebar()->currentRow(), int(MainWindow::Page::SendTest));
    QVERIFY(window.sendTestPage()->isVisible());
}

void TestTray::eachEventIsNotifiedWhenAskedAndBurstsAreSummedUp()
{
    startInstance(true);
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    tray.setEventNotificationQuietMs(400);
    QSignalSpy notified(&tray, &TrayController::notified);

    // Off by default: an event says nothing.
    QCOMPARE(post(R"({"category":"sale","description":"first"})"), 200);
    QTest::qWait(100);
    QCOMPARE(notified.size(), 0);

    QVERIFY(DesktopPreferences(m_instance->database()).setNotifyEachEvent(true).ok());
    m_instance->profileEdited();
    QCOMPARE(post(R"({"category":"sale","description":"Someone bought PRO",)"
                  R"("fields":{"plan":"PRO","amount":49.99}})"),
        200);
    QVERIFY(RawClient::waitFor([&] { return notified.size() == 1; }, 2000));
    QCOMPARE(notified.at(0).at(0).toString(), u"🔔 Sale"_s);
    QCOMPARE(notified.at(0).at(1).toString(), u"Someone bought PRO\nplan: PRO · amount: 49.99"_s);

    // Three more at once: one summary after the quiet interval, not three notifications.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(post(R"({"category":"sale"})"), 200);
    QTest::qWait(100);
    QCOMPARE(notified.size(), 1);
    QVERIFY(RawClient::waitFor([&] { return notified.size() == 2; }, 3000));
    // (The plural's English form comes with the translations.)
    QVERIFY(notified.at(1).at(0).toString().startsWith(u"3 more event"_s));
    QCOMPARE(notified.at(1).at(1).toString(), u"3 × sale"_s);

    // Calm again: the next event has its own notification.
    QTest::qWait(600);
    QCOMPARE(post(R"({"category":"sale"})"), 200);
    QVERIFY(RawClient::waitFor([&] { return notified.size() == 3; }, 2000));
    QCOMPARE(notified.at(2).at(1).toString(), u"New sale event"_s);

    // Turned off again: silence.
    QVERIFY(DesktopPreferences(m_instance->database()).setNotifyEachEvent(false).ok());
    m_instance->profileEdited();
    QTest::qWait(600);
    QCOMPARE(post(R"({"category":"sale"})"), 200);
    QTest::qWait(300);
    QCOMPARE(notified.size(), 3);
}

void TestTray::startsHiddenInTheTrayWhenAsked()
{
    startInstance(true);
    {
        DesktopApp app(*m_instance);
        app.start();
        QVERIFY(app.window().isVisible());
    }
    QVERIFY(DesktopPreferences(m_instance->database()).setStartMinimised(true).ok());
    DesktopApp app(*m_instance);
    app.start();
    QVERIFY(!app.window().isVisible());
    QVERIFY(app.tray().icon()->isVisible());
    app.show(); // what a second launch or the tray's Open does
    QVERIFY(app.window().isVisible());
}

void TestTray::quitFromTheTrayEndsTheAppWithTheWindowOpen()
{
    // Qt asks the open windows to close before it quits; a window that hides itself in the
    // tray instead must not cancel a quit the person asked for.
    startInstance(true);
    DesktopApp app(*m_instance);
    app.start();
    QVERIFY(app.window().isVisible());
    QTimer::singleShot(100, &app, [&] { app.tray().quitAction()->trigger(); });
    QTimer::singleShot(5000, &app, [] { QCoreApplication::exit(1); }); // did not quit
    QCOMPARE(QCoreApplication::exec(), 0);
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"

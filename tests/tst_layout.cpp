// Every page of the window, laid out for real (under Xvfb, real fonts) at the size the
// window opens with and at the smallest size it allows: no widget gets less room than it needs,
// none sticks out of its parent, and no two side by side overlap.

#include "appearance.h"
#include "assistant/setupassistant.h"
#include "categorydialog.h"
#include "config/settings.h"
#include "config/snooze.h"
#include "embedpreview.h"
#include "eventspage.h"
#include "icons.h"
#include "integrations/apikeydialog.h"
#include "integrations/hookdialog.h"
#include "integrations/secretdialog.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "quiethourspanel.h"
#include "runtime/instance.h"
#include "sidebar.h"
#include "storage/apikeystore.h"
#include "storage/eventstore.h"
#include "storage/hookstore.h"
#include "testprofile.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyPageFits_data();
    void everyPageFits();
    void windowFitsASmallLaptopScreen();
    void integrationDialogsFit();
    void categoryDialogFits();
    void quietHoursPanelShowsTheNextDigest_data();
    void quietHoursPanelShowsTheNextDigest();
    void assistantPagesFit_data();
    void assistantPagesFit();
    void strayAmpersandIsFound();
    void everyControlHasAnAccessibleName();
    void tabReachesEveryControlInReadingOrder();
    void keyboardShortcutsReachPagesAndSearch();
    void iconsStayCrispOnHighDpiScreens();

private:
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
};

void TestLayout::init()
{
    m_profile = std::make_unique<TestProfile>();
    QVERIFY(m_profile->ok());
    auto service = m_profile->startInstance();
    QVERIFY(service.ok());
    m_instance = std::move(service).value();
}

void TestLayout::cleanup()
{
    Appearance::apply(DesktopPreferences::Appearance::System);
    m_instance.reset();
    m_profile.reset();
}

void TestLayout::everyPageFits_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("withEvents");
    QTest::addColumn<bool>("smallest");
    QTest::addColumn<bool>("dark");
    const char *names[]
        = {"dashboard", "events", "categories", "send test event", "hooks", "settings"};
    for (int page = 0; page <= int(MainWindow::Page::Settings); ++page) {
        for (bool events : {false, true}) {
            for (bool smallest : {false, true}) {
                for (bool dark : {false, true}) {
                    QTest::addRow("%s, %s, %s%s", names[page], events ? "events" : "empty",
                        smallest ? "smallest" : "default size", dark ? ", dark" : "")
                        << page << events << smallest << dark;
                }
            }
        }
    }
}

void TestLayout::everyPageFits()
{
    QFETCH(int, page);
    QFETCH(bool, withEvents);
    QFETCH(bool, smallest);
    QFETCH(bool, dark);
    Appearance::apply(
        dark ? DesktopPreferences::Appearance::Dark : DesktopPreferences::Appearance::System);
    if (withEvents) {
        EventStore store(m_instance->database());
        JsonValue fields = JsonValue::object();
        fields.insert(u"amount"_s, JsonValue::number(49.99));
        fields.insert(u"plan"_s, JsonValue::string(u"PRO"_s));
        for (const QString &c : {u"sale"_s, u"signup"_s, u"error"_s})
            QVERIFY(store.add(c, u"A rather long description of what happened"_s, fields).ok());
        // A hook that has received something, and a key for a tool.
        HookStore hooks(m_instance->database());
        QVERIFY(hooks.add(u"github-shop"_s, u"sale"_s, HookPreset::GitHub).ok());
        QVERIFY(
            hooks
                .noteReceived(u"github-shop"_s,
                    R"({"ref":"refs/heads/main","commits":[{"id":"6113728f","message":"Fix checkout"}]})",
                    u"Codertocat pushed 1 commit to main in shop/site"_s,
                    QDateTime::currentDateTimeUtc())
                .ok());
        QVERIFY(ApiKeyStore(m_instance->database()).add(u"backup-script"_s, {u"sale"_s}).ok());
    }
    MainWindow window(*m_instance);
    window.show();
    if (smallest)
        window.resize(window.minimumSizeHint());
    window.showPage(MainWindow::Page(page));
    if (page == int(MainWindow::Page::Events) && withEvents)
        window.eventsPage()->view()->selectRow(0);
    const QStringList problems = layoutProblems(&window);
    saveScreenshot(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLayout::integrationDialogsFit()
{
    HookDialog hook({u"sale"_s, u"deploy"_s}, {});
    hook.nameEdit()->setText(u"github-shop"_s);
    hook.show();
    QStringList problems = layoutProblems(&hook);
    saveScreenshot(&hook, u"hook-dialog"_s);
    ApiKeyDialog key({u"sale"_s, u"signup"_s, u"deploy"_s}, {});
    key.someChoice()->setChecked(true);
    key.show();
    problems += layoutProblems(&key);
    saveScreenshot(&key, u"api-key-dialog"_s);
    SecretDialog secret(u"Hook github-shop"_s,
        u"Paste these into GitHub; what it sends becomes an event of the category deploy."_s);
    secret.addNote(u"In the repository: Settings > Webhooks > Add webhook."_s);
    secret.addValue(u"Payload URL"_s, u"http://127.0.0.1:7788/api/v1/hooks/github-shop"_s);
    secret.addValue(u"Secret"_s, Hook::generateKey());
    secret.show();
    problems += layoutProblems(&secret);
    saveScreenshot(&secret, u"secret-dialog"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLayout::windowFitsASmallLaptopScreen()
{
    // 1366 x 768 less a panel and the title bar.
    MainWindow window(*m_instance);
    const QSize min = window.minimumSizeHint();
    QVERIFY2(min.width() <= 1280 && min.height() <= 680,
        qPrintable(u"%1 x %2"_s.arg(min.width()).arg(min.height())));
}

void TestLayout::categoryDialogFits()
{
    CategoryDialog dialog(Category(), {});
    dialog.show();
    QStringList problems = layoutProblems(&dialog);
    saveScreenshot(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    dialog.resize(dialog.minimumSizeHint());
    problems = layoutProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLayout::quietHoursPanelShowsTheNextDigest_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("quiet-hours-light") << false;
    QTest::newRow("quiet-hours-dark") << true;
}

void TestLayout::quietHoursPanelShowsTheNextDigest()
{
    QFETCH(bool, dark);
    Appearance::apply(
        dark ? DesktopPreferences::Appearance::Dark : DesktopPreferences::Appearance::System);
    // English plural forms, as the app loads them: this picture is the README's.
    QTranslator plurals;
    QVERIFY(plurals.load(u"pingpanda_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&plurals);
    const auto removePlurals
        = qScopeGuard([&plurals] { QCoreApplication::removeTranslator(&plurals); });
    Database &db = m_instance->database();
    QVERIFY(Settings(db).set(Settings::Key::QuietHours, u"22:00-07:30"_s).ok());
    QVERIFY(Snooze(db).until(QDateTime::currentDateTimeUtc().addSecs(3600)).ok());
    m_instance->profileEdited();
    const QList<std::pair<QString, QString>> night = {{u"sale"_s, u"Order #1041 paid: 49.99 EUR"_s},
        {u"signup"_s, u"grace@example.com signed up (FREE)"_s},
        {u"sale"_s, u"Order #1042 paid: 249.00 EUR"_s},
        {u"sale"_s, u"Order #1043 paid: 19.99 EUR"_s},
        {u"signup"_s, u"linus@example.com signed up (PRO)"_s},
        {u"sale"_s, u"Order #1044 paid: 99.00 EUR"_s}};
    for (const auto &[category, description] : night) {
        NewEvent event;
        event.category = category;
        event.description = description;
        event.duringHold = true;
        QVERIFY(EventStore(db).add(event).ok());
    }
    QuietHoursPanel panel(*m_instance);
    panel.resize(640, panel.sizeHint().height());
    panel.show();
    QVERIFY(panel.stateLabel()->text().startsWith(u"Snoozed until"_s));
    QCOMPARE(panel.digestLabel()->text(), u"The next digest (6 events held):"_s);
    QVERIFY(panel.digestPreview()->text().contains(u"Order #1044"_s));
    QVERIFY(!panel.digestPreview()->text().contains(u"Order #1041"_s)); // the latest three
    const QStringList problems = layoutProblems(&panel);
    saveScreenshot(&panel);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLayout::assistantPagesFit_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("smallest");
    const char *names[] = {"choose", "webhook", "bot token", "bot user", "categories", "test"};
    for (int page = SetupAssistant::ChoosePage; page <= SetupAssistant::TestPage; ++page) {
        QTest::addRow("assistant %s, default size", names[page]) << page << false;
        QTest::addRow("assistant %s, smallest", names[page]) << page << true;
    }
}

void TestLayout::assistantPagesFit()
{
    QFETCH(int, page);
    QFETCH(bool, smallest);
    SetupAssistant assistant(*m_instance);
    assistant.setStartId(page);
    assistant.show();
    if (smallest)
        assistant.resize(assistant.minimumSizeHint());
    const QStringList problems = layoutProblems(&assistant);
    saveScreenshot(&assistant);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLayout::strayAmpersandIsFound()
{
    // The check above finds what it is for: a label with a mnemonic and no buddy.
    QWidget form;
    auto *label = new QLabel(u"&Colour:"_s, &form);
    form.show();
    QVERIFY(layoutProblems(&form).join(u'\n').contains(u"stray &"_s));
    label->setBuddy(new QLineEdit(&form));
    QVERIFY(!layoutProblems(&form).join(u'\n').contains(u"stray &"_s));
}

// The controls a keyboard reaches on the window's current page, in tab order, from the sidebar.
static QList<QWidget *> tabChain(MainWindow &window)
{
    QList<QWidget *> chain;
    QWidget *start = window.sidebar();
    QWidget *w = start;
    do {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy())
            chain << w;
        w = w->nextInFocusChain();
    } while (w && w != start && chain.size() < 500);
    return chain;
}

void TestLayout::everyControlHasAnAccessibleName()
{
    EventStore store(m_instance->database());
    QVERIFY(store.add(u"sale"_s, u"x"_s, JsonValue::object()).ok());
    MainWindow window(*m_instance);
    window.show();
    QStringList unnamed;
    for (int page = 0; page <= int(MainWindow::Page::Settings); ++page) {
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        for (QWidget *w : tabChain(window)) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << u"page %1: %2"_s.arg(page).arg(describeWidget(w));
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestLayout::tabReachesEveryControlInReadingOrder()
{
    MainWindow window(*m_instance);
    window.show();
    QStringList problems;
    for (int page = 0; page <= int(MainWindow::Page::Settings); ++page) {
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        const QList<QWidget *> chain = tabChain(window);
        QWidget *pageWidget = window.sidebar()->parentWidget();
        // Every control of the page is in the chain.
        for (QWidget *w : pageWidget->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
                && !w->focusProxy() && !chain.contains(w))
                problems << u"page %1: not reachable by Tab: %2"_s.arg(page).arg(describeWidget(w));
        }
        // Reading order: each control starts below the previous one, or on the same line to
        // its right (a form's rows, a row of buttons).
        for (qsizetype i = 1; i < chain.size(); ++i) {
            const QRect a(chain[i - 1]->mapTo(&window, QPoint()), chain[i - 1]->size());
            const QRect b(chain[i]->mapTo(&window, QPoint()), chain[i]->size());
            const bool sameLine = b.top() < a.bottom() && a.top() < b.bottom();
            const bool ok = (sameLine && b.left() >= a.left()) || b.top() >= a.center().y()
                || chain[i - 1] == window.sidebar();
            if (!ok) {
                problems << u"page %1: Tab goes back up from %2 to %3"_s.arg(page).arg(
                    describeWidget(chain[i - 1]), describeWidget(chain[i]));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLayout::keyboardShortcutsReachPagesAndSearch()
{
    MainWindow window(*m_instance);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.sidebar()->currentRow(), int(MainWindow::Page::Categories));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.sidebar()->currentRow(), int(MainWindow::Page::Events));
    // From anywhere on the page (the history is empty: its filters are what is there).
    window.eventsPage()->categoryFilter()->setFocus();
    QTest::keyClick(window.eventsPage()->categoryFilter(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.eventsPage()->searchEdit()->hasFocus());
    QCOMPARE(window.sidebar()->item(4)->toolTip(), u"Ctrl+5"_s);
}

void TestLayout::iconsStayCrispOnHighDpiScreens()
{
    // Every icon is an SVG: drawn at twice the pixels on a 2x screen, not scaled up.
    MainWindow window(*m_instance);
    using N = Icons::Name;
    for (N name : {N::App, N::TrayOk, N::TrayDelivering, N::TrayProblem}) {
        const QIcon icon = Icons::get(name);
        const QString file = QString::number(int(name));
        QVERIFY2(!icon.isNull(), qPrintable(file));
        const QPixmap pixmap = icon.pixmap(QSize(22, 22), 2.0);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.size(), QSize(44, 44));
        // Drawn at that size: the 2x image is not the 1x one scaled (its edges differ).
        const QImage big = pixmap.toImage();
        const QImage scaled = icon.pixmap(QSize(22, 22), 1.0)
                                  .toImage()
                                  .scaled(44, 44, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                  .convertToFormat(big.format());
        QVERIFY2(big != scaled, qPrintable(file));
    }
    QVERIFY(!window.windowIcon().isNull());
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"

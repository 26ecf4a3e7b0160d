// The desktop app's models and widgets, driven as a person would, on the offscreen platform,
// over a real Instance (real database, real server on loopback, fake Discord).

#include "apiserver.h"
#include "apitesthelpers.h"
#include "appearance.h"
#include "categoriesmodel.h"
#include "categoriespage.h"
#include "categorydialog.h"
#include "config/liveprofile.h"
#include "config/profile.h"
#include "config/settings.h"
#include "config/snooze.h"
#include "dashboard/activitychart.h"
#include "dashboard/categorycard.h"
#include "dashboard/dashboardpage.h"
#include "discord/deliveries.h"
#include "discord/deliveryqueue.h"
#include "embedpreview.h"
#include "eventsmodel.h"
#include "eventspage.h"
#include "fakediscord.h"
#include "historypanel.h"
#include "integrations/apikeydialog.h"
#include "integrations/apikeyspanel.h"
#include "integrations/hookdialog.h"
#include "integrations/hookspage.h"
#include "mainwindow.h"
#include "quiethourspanel.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "sendtestpage.h"
#include "sidebar.h"
#include "storage/activityquery.h"
#include "storage/apikeystore.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/hookstore.h"
#include "storage/outbox.h"
#include "testprofile.h"
#include "traycontroller.h"
#include "json/jsonparser.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QToolButton>

#include <numeric>

using namespace Qt::StringLiterals;

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eventsModelPassesTheModelTester();
    void eventsModelTakesInNewEventsOnTop();
    void eventsModelKeepsABoundedCache();
    void categoriesModelPassesTheModelTester();
    void categoryDialogValidatesWhileTyping();
    void quickStartCategoriesReachTheApi();
    void categoryEditsApplyToTheApiAtOnce();
    void anEventPostedToTheApiAppearsWithoutAction();
    void filtersNarrowTheHistory();
    void aFailedEventIsRetriedFromTheHistory();
    void withoutATrayClosingTheWindowQuits();
    void dashboardAsksForDiscordFirst();
    void hiddenDashboardWaitsUntilShown();
    void testEventIsPreviewedSentAndFollowed();
    void testEventRefusalIsExplained();
    void dashboardLeadsToTheFirstEventThenSummarises();
    void searchExportAndCopyAsJson();
    void dashboardFiguresCountByRangeHourAndDay();
    void dashboardAddsUpWhatPeopleAddUp();
    void emptyHistorySaysWhatToDo();
    void sidebarCountsFailedEvents();
    void eventsShowTheirCategoryAndStatusInColour();
    void hooksPageShowsWhatAHookReceived();
    void hookNewKeyReplacesTheOldOne();
    void hookDialogSaysWhatIsMissing();
    void toolKeysAreMadeAndRevokedInSettings();
    void historySettingsPruneAtOnce();
    void categoryDialogSetsHowItsEventsAreSent();
    void quietHoursAreSetSnoozedAndResumedInSettings();

private:
    HttpReply post(const QByteArray &body);
    bool waitForRows(QAbstractItemModel *model, int rows, int timeoutMs = 5000);

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
    QNetworkAccessManager m_network;
    QByteArray m_key;
};

void TestDesktop::init()
{
    m_profile = std::make_unique<TestProfile>(
        QList<TestProfile::Seed> {{u"sale"_s, u"💰"_s, Category::DefaultColor}});
    QVERIFY(m_profile->ok());
    m_key = m_profile->apiKey();
    auto service = m_profile->startInstance();
    QVERIFY2(service.ok(), qPrintable(service.ok() ? QString() : service.error().message));
    m_instance = std::move(service).value();
}

void TestDesktop::cleanup()
{
    m_instance.reset();
    m_profile.reset();
}

HttpReply TestDesktop::post(const QByteArray &body)
{
    return httpRequest(m_network, "POST", QUrl(m_instance->url() + u"/api/v1/events"_s), body,
        {{"Authorization", "Bearer " + m_key}, {"Content-Type", "application/json"}});
}

bool TestDesktop::waitForRows(QAbstractItemModel *model, int rows, int timeoutMs)
{
    return RawClient::waitFor([&] { return model->rowCount() == rows; }, timeoutMs);
}

void TestDesktop::eventsModelPassesTheModelTester()
{
    EventStore store(m_instance->database());
    for (int i = 0; i < 450; ++i) // more than two pages
        QVERIFY(store.add(u"sale"_s, u"#%1"_s.arg(i), JsonValue::object()).ok());
    EventsModel model(m_instance->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.columnCount(), int(EventsModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, EventsModel::DescriptionColumn)).toString(),
        u"#449"_s); // newest first
    QCOMPARE(model.data(model.index(449, EventsModel::DescriptionColumn)).toString(), u"#0"_s);
    QCOMPARE(model.data(model.index(250, EventsModel::StatusColumn)).toString(), u"Pending"_s);
    QCOMPARE(model.headerData(EventsModel::FieldsColumn, Qt::Horizontal).toString(), u"Fields"_s);
    EventQuery none;
    none.category = u"refund"_s;
    model.setQuery(none);
    QCOMPARE(model.rowCount(), 0);
}

void TestDesktop::eventsModelKeepsABoundedCache()
{
    // More pages than the cache holds, written in one go.
    const int total = (EventsModel::MaxCachedPages + 10) * EventsModel::PageSize;
    {
        QSqlDatabase db = m_instance->database().connection();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"INSERT INTO events (id, category, description, created_at) "
                          "VALUES (?, 'sale', ?, ?)"_s));
        for (int i = 0; i < total; ++i) {
            q.addBindValue(u"cbulk%1"_s.arg(i, 16, 10, QLatin1Char('0')));
            q.addBindValue(u"#%1"_s.arg(i));
            q.addBindValue(qint64(1'700'000'000'000) + i);
            QVERIFY(q.exec());
        }
        QVERIFY(recountEvents(m_instance->database()));
        QVERIFY(db.commit());
    }
    EventsModel model(m_instance->database());
    QCOMPARE(model.rowCount(), total);
    // Scrolling through everything, top to bottom: every row is right, the cache stays bounded.
    for (int row = 0; row < total; row += 37) {
        QCOMPARE(model.data(model.index(row, EventsModel::DescriptionColumn)).toString(),
            u"#%1"_s.arg(total - 1 - row));
        QVERIFY(model.cachedPageCount() <= EventsModel::MaxCachedPages);
    }
    QCOMPARE(model.cachedPageCount(), EventsModel::MaxCachedPages);
    // Back at the top (evicted long ago): read again, still right.
    QCOMPARE(model.data(model.index(0, EventsModel::DescriptionColumn)).toString(),
        u"#%1"_s.arg(total - 1));
}

void TestDesktop::eventsModelTakesInNewEventsOnTop()
{
    EventStore store(m_instance->database());
    QVERIFY(store.add(u"sale"_s, u"old"_s, JsonValue::object()).ok());
    EventsModel model(m_instance->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(store.add(u"sale"_s, u"new 1"_s, JsonValue::object()).ok());
    QVERIFY(store.add(u"sale"_s, u"new 2"_s, JsonValue::object()).ok());
    model.refresh();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0); // the view keeps its place
    QCOMPARE(model.data(model.index(0, EventsModel::DescriptionColumn)).toString(), u"new 2"_s);
    QCOMPARE(model.data(model.index(2, EventsModel::DescriptionColumn)).toString(), u"old"_s);
}

void TestDesktop::categoriesModelPassesTheModelTester()
{
    CategoriesModel model(m_instance->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, CategoriesModel::EmojiColumn)).toString(), u"💰"_s);
    Category bug;
    bug.name = u"bug"_s;
    QVERIFY(CategoryStore(m_instance->database()).add(bug).ok());
    QVERIFY(EventStore(m_instance->database()).add(u"sale"_s, QString(), JsonValue::object()).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, CategoriesModel::NameColumn)).toString(), u"bug"_s);
    QCOMPARE(model.data(model.index(0, CategoriesModel::EmojiColumn)).toString(), u"🔔"_s);
    QCOMPARE(model.data(model.index(1, CategoriesModel::EventsColumn)).toInt(), 1);
    QCOMPARE(model.rowOf(u"sale"_s), 1);
}

void TestDesktop::categoryDialogValidatesWhileTyping()
{
    CategoryDialog dialog(Category(), {u"sale"_s});
    QVERIFY(!dialog.okButton()->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog.nameEdit(), u"Big Sale"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(u"lowercase"_s),
        qPrintable(dialog.problemLabel()->text()));

    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), u"sale"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(u"already exists"_s));

    dialog.nameEdit()->setText(u"refund"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().isEmpty());

    dialog.emojiEdit()->setText(u"money"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(u"single emoji"_s));
    // One click on a suggested emoji fixes it.
    const auto buttons = dialog.findChildren<QToolButton *>();
    QToolButton *moneyBag = nullptr;
    for (QToolButton *b : buttons) {
        if (b->text() == u"💸"_s || b->text() == u"💰"_s)
            moneyBag = b;
    }
    QVERIFY(moneyBag);
    QTest::mouseClick(moneyBag, Qt::LeftButton);
    QCOMPARE(dialog.emojiEdit()->text(), u"💰"_s);
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.colorEdit()->setText(u"reddish"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(u"six hex digits"_s));
    dialog.colorEdit()->setText(u"ff6b6b"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    const Category c = dialog.category();
    QCOMPARE(c.name, u"refund"_s);
    QCOMPARE(c.emoji, u"💰"_s);
    QCOMPARE(c.color, 0xFF6B6Bu);
}

void TestDesktop::quickStartCategoriesReachTheApi()
{
    CategoriesPage page(*m_instance);
    QVERIFY(!page.showsEmptyState());
    QVERIFY(page.removeCategory(u"sale"_s).ok());
    QVERIFY(page.showsEmptyState()); // says what a category is, and offers the quick-start set
    QVERIFY(page.addQuickStartCategories().ok());
    QVERIFY(!page.showsEmptyState());
    QCOMPARE(page.model()->rowCount(), 3); // bug, question, sale
    QVERIFY(page.addQuickStartCategories().ok()); // twice is harmless
    QCOMPARE(page.model()->rowCount(), 3);
    const Result<Category> bug = CategoryStore(m_instance->database()).find(u"bug"_s);
    QCOMPARE(bug->emoji, u"🐞"_s);
    QCOMPARE(bug->color, 0xFF6B6Bu);
    // The running API knows them at once.
    QCOMPARE(post(R"({"category":"question"})").status, 200);
}

void TestDesktop::categoryEditsApplyToTheApiAtOnce()
{
    CategoriesPage page(*m_instance);
    Category refund;
    refund.name = u"refund"_s;
    QVERIFY(page.addCategory(refund).ok());
    QCOMPARE(post(R"({"category":"refund"})").status, 200);
    Category renamed = refund;
    renamed.name = u"refunds"_s;
    QVERIFY(page.updateCategory(u"refund"_s, renamed).ok());
    QCOMPARE(post(R"({"category":"refund"})").status, 404);
    QCOMPARE(post(R"({"category":"refunds"})").status, 200);
    const Status taken = page.updateCategory(u"refunds"_s, [] {
        Category c;
        c.name = u"sale"_s;
        return c;
    }());
    QVERIFY(!taken.ok());
    QVERIFY(taken.error().message.contains(u"already exists"_s));
    QVERIFY(page.removeCategory(u"refunds"_s).ok());
    QCOMPARE(post(R"({"category":"refunds"})").status, 404);
}

void TestDesktop::anEventPostedToTheApiAppearsWithoutAction()
{
    EventsPage page(*m_instance);
    page.show();
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(post(R"({"category":"sale","description":"New sale completed!"})").status, 200);
    QVERIFY(waitForRows(page.model(), 1));
    QCOMPARE(page.model()->data(page.model()->index(0, EventsModel::DescriptionColumn)).toString(),
        u"New sale completed!"_s);
    // And its delivery status follows, too.
    QVERIFY(RawClient::waitFor(
        [&] {
            return page.model()->data(page.model()->index(0, EventsModel::StatusColumn)).toString()
                == u"Delivered"_s;
        },
        5000));
    // An event stored by another process (the CLI) shows up as well.
    {
        auto other = Database::open(m_profile->path());
        QVERIFY(EventStore(*other.value())
                    .add(u"sale"_s, u"from elsewhere"_s, JsonValue::object())
                    .ok());
    }
    QVERIFY(waitForRows(page.model(), 2));
}

void TestDesktop::filtersNarrowTheHistory()
{
    Category bug;
    bug.name = u"bug"_s;
    QVERIFY(CategoryStore(m_instance->database()).add(bug).ok());
    m_instance->profileEdited();
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QCOMPARE(post(R"({"category":"bug"})").status, 200);
    QCOMPARE(post(R"({"category":"bug"})").status, 200);
    EventsPage page(*m_instance);
    QVERIFY(waitForRows(page.model(), 3));
    page.categoryFilter()->setCurrentIndex(page.categoryFilter()->findData(u"bug"_s));
    QCOMPARE(page.model()->rowCount(), 2);
    page.statusFilter()->setCurrentIndex(
        page.statusFilter()->findData(int(DeliveryStatus::Failed)));
    QCOMPARE(page.model()->rowCount(), 0);
    page.statusFilter()->setCurrentIndex(0);
    page.rangeFilter()->setCurrentIndex(page.rangeFilter()->findData(1)); // today
    QCOMPARE(page.model()->rowCount(), 2);
    page.categoryFilter()->setCurrentIndex(0);
    QCOMPARE(page.model()->rowCount(), 3);
}

void TestDesktop::aFailedEventIsRetriedFromTheHistory()
{
    JsonValue refused = JsonValue::object();
    refused.insert(u"message"_s, JsonValue::string(u"Cannot send messages to this user"_s));
    refused.insert(u"code"_s, JsonValue::number(50007));
    m_profile->discord().script({403, refused});
    EventsPage page(*m_instance);
    page.show();
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QVERIFY(RawClient::waitFor(
        [&] {
            return page.model()->rowCount() == 1
                && page.model()->data(page.model()->index(0, EventsModel::StatusColumn)).toString()
                == u"Failed"_s;
        },
        5000));
    page.view()->selectRow(0);
    QVERIFY(page.details()->toPlainText().contains(u"direct messages"_s));
    QVERIFY(page.retryButton()->isEnabled());
    QTest::mouseClick(page.retryButton(), Qt::LeftButton);
    QVERIFY(RawClient::waitFor(
        [&] {
            return page.model()->data(page.model()->index(0, EventsModel::StatusColumn)).toString()
                == u"Delivered"_s;
        },
        5000));
    QCOMPARE(m_profile->discord().messages.size(), 1);
    QVERIFY(!page.retryButton()->isEnabled());
    // The details pane tells the whole delivery story, oldest first.
    const QString details = page.details()->toPlainText();
    const qsizetype gaveUp = details.indexOf(u"Gave up: "_s);
    const qsizetype again = details.indexOf(u"You asked to send it again."_s);
    const qsizetype sent = details.indexOf(
        u"Sent to Discord (message %1)."_s.arg(m_profile->discord().messages.constFirst().id));
    QVERIFY2(gaveUp >= 0 && again > gaveUp && sent > again, qPrintable(details));
    QVERIFY2(!details.contains(u"Problem:"_s), qPrintable(details));
}

void TestDesktop::withoutATrayClosingTheWindowQuits()
{
    MainWindow window(*m_instance);
    TrayController tray(*m_instance, window);
    QVERIFY(!tray.isAvailable()); // the offscreen platform has no tray
    window.show();
    QCOMPARE(window.sidebar()->count(), 6);
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    window.close();
    QCOMPARE(quit.size(), 1);
    QCOMPARE(hidden.size(), 0);
    // The tooltip says where the API listens and how the day went.
    QVERIFY(tray.toolTip().contains(m_instance->url()));
    QVERIFY(tray.toolTip().contains(u"Today: 0"_s));
}

void TestDesktop::testEventIsPreviewedSentAndFollowed()
{
    SendTestPage page(*m_instance);
    QCOMPARE(page.categoryBox()->currentData().toString(), u"sale"_s);
    QTest::keyClicks(page.descriptionEdit(), u"New sale completed!"_s);
    page.addField(u"amount"_s, u"49.99"_s);
    page.addField(u"plan"_s, u"PRO"_s);
    page.addField(u"zip"_s, u"007"_s);

    // The preview is the message Discord will show.
    const QString preview = page.preview()->text();
    QVERIFY2(preview.contains(u"💰 Sale"_s) && preview.contains(u"New sale completed!"_s),
        qPrintable(preview));
    QVERIFY(preview.contains(u"49.99"_s) && preview.contains(u"#5865F2"_s));
    // Typed as a script would send it; "007" is no number.
    QCOMPARE(page.body().toJson(),
        R"({"category":"sale","fields":{"amount":49.99,"plan":"PRO","zip":"007"},"description":"New sale completed!"})"_ba);
    const QString curl = page.curlCommand();
    QVERIFY(curl.startsWith(u"curl -X POST "_s + m_instance->url() + u"/api/v1/events"_s));
    QVERIFY(curl.contains(u"Authorization: Bearer "_s + QString::fromLatin1(m_key)));
    QVERIFY(curl.contains(u"'{\"category\":\"sale\""_s));

    QSignalSpy sent(&page, &SendTestPage::sent);
    page.send();
    QVERIFY(sent.wait(5000));
    const QString id = page.lastEventId();
    QVERIFY(EventStore(m_instance->database()).get(id).ok());
    QVERIFY(RawClient::waitFor(
        [&] { return page.result()->text().contains(u"delivered to Discord"_s); }, 5000));
    QVERIFY(page.result()->text().contains(id));
    const JsonValue embed = m_profile->discord().messages.first().embeds.items().at(0);
    QCOMPARE(embed.find(u"fields")->items().at(0).find(u"value")->toString(), u"49.99"_s);
}

void TestDesktop::testEventRefusalIsExplained()
{
    SendTestPage page(*m_instance);
    page.addField(u"big"_s, QString(2000, u'x'));
    page.send();
    QVERIFY(
        RawClient::waitFor([&] { return page.result()->text().startsWith(u"Not sent"_s); }, 5000));
    QVERIFY2(page.result()->text().contains(u"422"_s) && page.result()->text().contains(u"1024"_s),
        qPrintable(page.result()->text()));
}

void TestDesktop::dashboardLeadsToTheFirstEventThenSummarises()
{
    DashboardPage page(*m_instance);
    page.show();
    QVERIFY(page.showsEmptyState());
    QVERIFY(!page.asksForDiscordSetup()); // this profile has a user ID and a token
    const QString curl = page.curlCommand();
    QVERIFY(curl.contains(m_instance->url() + u"/api/v1/events"_s));
    QVERIFY(curl.contains(QString::fromLatin1(m_key)));
    QVERIFY(curl.contains(u"\"category\": \"sale\""_s));

    // The command as shown works, and the page changes the moment the event arrives.
    QCOMPARE(post(R"({"category":"sale","fields":{"amount":49.99,"plan":"PRO"}})").status, 200);
    QVERIFY(RawClient::waitFor([&] { return !page.showsEmptyState(); }, 5000));
    QCOMPARE(post(R"({"category":"sale","fields":{"amount":10,"order_id":1234}})").status, 200);
    QVERIFY(RawClient::waitFor(
        [&] {
            return page.figures().categories.size() == 1
                && page.figures().categories.first().count == 2;
        },
        5000));
    const DashboardFigures::PerCategory &sale = page.figures().categories.first();
    QCOMPARE(sale.totals, (QList<QPair<QString, double>> {{u"amount"_s, 59.99}}));
    QCOMPARE(page.cards().size(), 1);
    QCOMPARE(page.overview()->total(QTime::currentTime().hour()), 2);
    const QString card = page.cardTexts().first();
    QVERIFY2(card.contains(u"💰  sale"_s) && card.contains(u"amount: 59.99"_s), qPrintable(card));
    QVERIFY(card.contains(u"just now"_s));
    // Text fields and identifiers are not added up.
    QVERIFY(!card.contains(u"plan:"_s) && !card.contains(u"order_id"_s));
}

void TestDesktop::searchExportAndCopyAsJson()
{
    QCOMPARE(
        post(
            R"({"category":"sale","description":"Refund, \"partial\"\nsecond line","fields":{"amount":5}})")
            .status,
        200);
    QCOMPARE(post(R"({"category":"sale","description":"100% off","fields":{"code":"A_1"}})").status,
        200);
    QCOMPARE(post(R"({"category":"sale","description":"plain","fields":{"note":"refund later"}})")
                 .status,
        200);
    EventsPage page(*m_instance);
    QVERIFY(waitForRows(page.model(), 3));

    // Search looks in descriptions and fields, any case; wildcards are taken literally.
    QTest::keyClicks(page.searchEdit(), u"REFUND"_s);
    QVERIFY(waitForRows(page.model(), 2));
    page.searchEdit()->setText(u"%"_s);
    QVERIFY(waitForRows(page.model(), 1));
    page.searchEdit()->setText(u"A_1"_s);
    QVERIFY(waitForRows(page.model(), 1));
    page.searchEdit()->setText(u"refund"_s);
    QVERIFY(waitForRows(page.model(), 2));

    // Export writes what the filters select, every row.
    QTemporaryDir out;
    const QString csv = out.filePath(u"events.csv"_s);
    const Result<qint64> written = page.exportTo(csv);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 2);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.startsWith(
        "id,time,category,description,fields,status,attempts,delivered_at,error\r\n"));
    // A description with a comma, quotes and a newline is one quoted cell.
    QVERIFY2(text.contains("\"Refund, \"\"partial\"\"\nsecond line\""), text.constData());
    QVERIFY(text.contains("\"{\"\"note\"\":\"\"refund later\"\"}\""));

    const QString json = out.filePath(u"events.json"_s);
    QCOMPARE(page.exportTo(json).value(), 2);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    Result<JsonValue> parsed = JsonParser::parse(jsonFile.readAll());
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items().size(), size_t(2));
    QCOMPARE(parsed->items().at(0).find(u"fields")->toJson(), R"({"note":"refund later"})"_ba);

    page.view()->selectRow(0);
    const QString copied = page.copySelectedAsJson();
    QCOMPARE(QApplication::clipboard()->text(), copied);
    QVERIFY(JsonParser::parse(copied.toUtf8())->find(u"eventId") != nullptr);
}

void TestDesktop::hiddenDashboardWaitsUntilShown()
{
    MainWindow window(*m_instance);
    window.show();
    window.showPage(MainWindow::Page::Events);
    DashboardPage *dashboard = window.dashboardPage();
    QVERIFY(dashboard->showsEmptyState());
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QVERIFY(
        RawClient::waitFor([&] { return window.eventsPage()->model()->rowCount() == 1; }, 5000));
    // Out of sight it counted nothing; shown, it is up to date at once.
    QVERIFY(dashboard->showsEmptyState());
    window.showPage(MainWindow::Page::Dashboard);
    QVERIFY(!dashboard->showsEmptyState());
    QCOMPARE(dashboard->figures().categories.size(), 1);
    QCOMPARE(dashboard->figures().categories.first().count, 1);
}

void TestDesktop::dashboardAsksForDiscordFirst()
{
    QVERIFY(Settings(m_instance->database()).unset(Settings::Key::DiscordUserId).ok());
    m_instance->profileEdited();
    MainWindow window(*m_instance);
    window.show();
    DashboardPage *dashboard = window.dashboardPage();
    QVERIFY(dashboard->asksForDiscordSetup());
    // The step leads to the page that fixes it.
    QSignalSpy asked(dashboard, &DashboardPage::settingsRequested);
    QPushButton *openSettings = nullptr;
    for (QPushButton *b : dashboard->findChildren<QPushButton *>()) {
        if (b->text() == u"Open &Settings"_s)
            openSettings = b;
    }
    QVERIFY(openSettings);
    QTest::mouseClick(openSettings, Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(window.sidebar()->currentItem()->text(), u"Settings"_s);
    // Once Discord is set up, the step is gone when the person comes back.
    QVERIFY(Settings(m_instance->database())
                .set(Settings::Key::DiscordUserId, m_profile->discord().userId)
                .ok());
    m_instance->profileEdited();
    window.showPage(MainWindow::Page::Dashboard);
    QVERIFY(RawClient::waitFor([&] { return !dashboard->asksForDiscordSetup(); }, 5000));
}

// Known events at known local times, as the queries hand them over: the counts per range, the
// range before (up to the same time of day), the bars per hour and per day.
void TestDesktop::dashboardFiguresCountByRangeHourAndDay()
{
    const QDate today(2026, 3, 10);
    const QDateTime now(today, QTime(15, 20));
    const auto at = [](QDate day, int hour, int minute = 0) {
        return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
    };
    const QList<ActivitySlot> slotsSeen {
        {u"sale"_s, at(today.addDays(-40), 12), 7},
        {u"sale"_s, at(today.addDays(-3), 11), 4},
        {u"sale"_s, at(today.addDays(-1), 10), 2},
        {u"sale"_s, at(today.addDays(-1), 18), 5}, // later in the day than now: not compared
        {u"sale"_s, at(today, 9), 3},
        {u"sale"_s, at(today, 14, 45), 1},
        {u"bug"_s, at(today, 9, 15), 6},
    };
    Category sale;
    sale.name = u"sale"_s;
    Category bug;
    bug.name = u"bug"_s;
    Category quiet;
    quiet.name = u"quiet"_s;
    const QList<Category> categories {sale, bug, quiet};
    using Range = DashboardFigures::Range;

    const DashboardFigures day = DashboardFigures::build(categories, Range::Today, now, slotsSeen,
        {{u"sale"_s, QDateTime(today, QTime(14, 50))}}, {});
    QCOMPARE(day.buckets.size(), 24);
    QCOMPARE(day.buckets.at(9), QDateTime(today, QTime(9, 0)));
    QCOMPARE(day.categories.size(), 3);
    const DashboardFigures::PerCategory &saleToday = day.categories.at(0);
    QCOMPARE(saleToday.count, 4);
    QCOMPARE(saleToday.previous, 2);
    QCOMPARE(saleToday.series.at(9), 3);
    QCOMPARE(saleToday.series.at(14), 1);
    QCOMPARE(std::accumulate(saleToday.series.cbegin(), saleToday.series.cend(), qint64(0)), 4);
    QCOMPARE(saleToday.lastEvent, QDateTime(today, QTime(14, 50)));
    QCOMPARE(day.categories.at(1).series.at(9), 6);
    QCOMPARE(day.categories.at(2).count, 0);
    QVERIFY(!day.categories.at(2).lastEvent.isValid());
    QCOMPARE(DashboardFigures::changeText(Range::Today, saleToday.count, saleToday.previous),
        u"+100% vs yesterday"_s);

    const DashboardFigures week
        = DashboardFigures::build(categories, Range::Week, now, slotsSeen, {}, {});
    QCOMPARE(week.buckets.size(), DashboardFigures::ChartDays);
    QCOMPARE(week.buckets.last(), today.startOfDay());
    const DashboardFigures::PerCategory &saleWeek = week.categories.at(0);
    QCOMPARE(saleWeek.count, 3 + 1 + 2 + 5 + 4);
    QCOMPARE(saleWeek.previous, 0);
    QCOMPARE(saleWeek.series.last(), 4);
    QCOMPARE(saleWeek.series.at(DashboardFigures::ChartDays - 2), 7);
    QCOMPARE(saleWeek.series.at(DashboardFigures::ChartDays - 4), 4);
    QCOMPARE(DashboardFigures::changeText(Range::Week, saleWeek.count, saleWeek.previous),
        u"none the 7 days before"_s);

    const DashboardFigures month
        = DashboardFigures::build(categories, Range::Month, now, slotsSeen, {}, {});
    QCOMPARE(month.categories.at(0).count, 15);
    QCOMPARE(month.categories.at(0).previous, 7); // the event 40 days ago
    QCOMPARE(DashboardFigures::changeText(Range::Month, 15, 7), u"+114% vs the 30 days before"_s);
    QCOMPARE(DashboardFigures::changeText(Range::Month, 5, 10), u"−50% vs the 30 days before"_s);
    {
        // Field totals read as amounts: no binary noise from adding decimals, the locale's digits.
        const auto restoreLocale
            = qScopeGuard([before = QLocale()] { QLocale::setDefault(before); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DashboardFigures::totalText(0.1 + 0.2), u"0.3"_s);
        QCOMPARE(DashboardFigures::totalText(7666.389999999999), u"7,666.39"_s);
        QCOMPARE(DashboardFigures::totalText(1500), u"1,500"_s);
        QCOMPARE(DashboardFigures::totalText(0.00005), u"0.00005"_s);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DashboardFigures::totalText(7666.389999999999), u"7.666,39"_s);
    }

    // The page shows the same figures, read from real events.
    QSqlDatabase db = m_instance->database().connection();
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"INSERT INTO events (id, category, created_at) VALUES (?, 'sale', ?)"_s));
    const QDateTime real = QDateTime::currentDateTime();
    for (int daysAgo : {0, 0, 2, 2, 2, 45}) {
        q.addBindValue(u"cknown%1-%2"_s.arg(daysAgo).arg(QRandomGenerator::global()->generate()));
        q.addBindValue(real.addDays(-daysAgo).toMSecsSinceEpoch());
        QVERIFY(q.exec());
    }
    QVERIFY(recountEvents(m_instance->database()));
    DashboardPage page(*m_instance);
    page.show();
    page.rangeBox()->setCurrentIndex(page.rangeBox()->findData(int(Range::Month)));
    const DashboardFigures::PerCategory &shown = page.figures().categories.first();
    QCOMPARE(shown.count, 5);
    QCOMPARE(shown.series.last(), 2);
    QCOMPARE(shown.series.at(DashboardFigures::ChartDays - 3), 3);
    QCOMPARE(page.overview()->total(DashboardFigures::ChartDays - 3), 3);
    QCOMPARE(page.cards().first()->chart()->total(DashboardFigures::ChartDays - 1), 2);
    QVERIFY2(page.overview()->describe(DashboardFigures::ChartDays - 3).contains(u": 3 event"_s),
        qPrintable(page.overview()->describe(DashboardFigures::ChartDays - 3)));
}

void TestDesktop::dashboardAddsUpWhatPeopleAddUp()
{
    for (const char *field : {"id", "ID", "user_id", "orderId", "accountID", "code", "zip_code",
             "errorCode", "build-id", "exit", "pid"})
        QVERIFY2(DashboardFigures::isIdentifier(QString::fromLatin1(field)), field);
    for (const char *field : {"amount", "seats", "paid", "valid", "Identity", "barcodes", "video"})
        QVERIFY2(!DashboardFigures::isIdentifier(QString::fromLatin1(field)), field);
    Category sale;
    sale.name = u"sale"_s;
    const DashboardFigures f = DashboardFigures::build({sale}, DashboardFigures::Range::Today,
        QDateTime::currentDateTime(), {}, {},
        {{u"sale"_s, u"amount"_s, 59.99}, {u"sale"_s, u"order_id"_s, 1234},
            {u"sale"_s, u"seats"_s, 3}});
    QCOMPARE(f.categories.first().totals,
        (QList<QPair<QString, double>> {{u"amount"_s, 59.99}, {u"seats"_s, 3}}));

    // A category whose totals the person chose: those, in that order, ids included.
    sale.totalFields = {u"order_id"_s, u"amount"_s, u"refunds"_s};
    const DashboardFigures chosen = DashboardFigures::build({sale}, DashboardFigures::Range::Today,
        QDateTime::currentDateTime(), {}, {},
        {{u"sale"_s, u"amount"_s, 59.99}, {u"sale"_s, u"order_id"_s, 1234},
            {u"sale"_s, u"seats"_s, 3}});
    QCOMPARE(chosen.categories.first().totals,
        (QList<QPair<QString, double>> {
            {u"order_id"_s, 1234}, {u"amount"_s, 59.99}, {u"refunds"_s, 0}}));

    // The category editor takes the names as typed, separated by commas.
    CategoryDialog dialog(sale, {}, {u"amount"_s, u"seats"_s});
    dialog.totalsEdit()->setText(u" amount ,seats,, amount"_s);
    QCOMPARE(dialog.category().totalFields, (QStringList {u"amount"_s, u"seats"_s}));
    dialog.totalsEdit()->clear();
    QVERIFY(dialog.category().totalFields.isEmpty());
}

void TestDesktop::emptyHistorySaysWhatToDo()
{
    MainWindow window(*m_instance);
    window.show();
    window.showPage(MainWindow::Page::Events);
    EventsPage *page = window.eventsPage();
    QVERIFY(page->showsEmptyState());
    QCOMPARE(page->emptyStateButton()->text(), u"Send a &test event"_s);
    page->emptyStateButton()->click();
    QCOMPARE(window.sidebar()->currentRow(), int(MainWindow::Page::SendTest));

    window.showPage(MainWindow::Page::Events);
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    QVERIFY(RawClient::waitFor([&] { return !page->showsEmptyState(); }, 5000));
    // A filter that matches nothing says so, and one click shows everything again.
    page->statusFilter()->setCurrentIndex(
        page->statusFilter()->findData(int(DeliveryStatus::Failed)));
    QVERIFY(page->showsEmptyState());
    QCOMPARE(page->emptyStateButton()->text(), u"Show &all events"_s);
    page->emptyStateButton()->click();
    QVERIFY(!page->showsEmptyState());
    QCOMPARE(page->model()->rowCount(), 1);
}

void TestDesktop::sidebarCountsFailedEvents()
{
    MainWindow window(*m_instance);
    window.show();
    QCOMPARE(window.sidebar()->badge(int(MainWindow::Page::Events)), 0);
    QCOMPARE(window.pageTitle()->text(), u"Dashboard"_s);
    EventStore store(m_instance->database());
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.add(u"sale"_s, QString(), JsonValue::object()).ok());
    QVERIFY(Outbox(m_instance->database()).failAllPending(u"The bot may not DM you"_s).ok());
    m_instance->notifier().noteEventsChanged();
    QVERIFY(RawClient::waitFor(
        [&] { return window.sidebar()->badge(int(MainWindow::Page::Events)) == 3; }, 5000));
    window.showPage(MainWindow::Page::Events);
    QCOMPARE(window.pageTitle()->text(), u"Events"_s);
}

void TestDesktop::eventsShowTheirCategoryAndStatusInColour()
{
    QCOMPARE(post(R"({"category":"sale"})").status, 200);
    EventsPage page(*m_instance);
    QVERIFY(waitForRows(page.model(), 1));
    const QModelIndex category = page.model()->index(0, EventsModel::CategoryColumn);
    QCOMPARE(category.data().toString(), u"💰 sale"_s);
    QVERIFY(!category.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex status = page.model()->index(0, EventsModel::StatusColumn);
    QVERIFY(RawClient::waitFor([&] { return status.data().toString() == u"Delivered"_s; }, 5000));
    const QPalette light = QApplication::style()->standardPalette();
    QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
        EventsModel::statusColor(DeliveryStatus::Delivered, QApplication::palette()));
    // Each state its own colour, readable on light and on dark.
    for (const QPalette &palette : {light, Appearance::darkPalette()}) {
        const QColor base = palette.color(QPalette::Base);
        QSet<QRgb> seen;
        for (DeliveryStatus s :
            {DeliveryStatus::Pending, DeliveryStatus::Delivered, DeliveryStatus::Failed}) {
            const QColor c = EventsModel::statusColor(s, palette);
            seen.insert(c.rgb());
            QVERIFY2(qAbs(c.lightness() - base.lightness()) > 60, qPrintable(c.name()));
        }
        QCOMPARE(seen.size(), 3);
    }
}

void TestDesktop::hooksPageShowsWhatAHookReceived()
{
    HooksPage page(*m_instance);
    page.show();
    QVERIFY(page.showsEmptyState());
    const Result<QString> key = page.addHook(u"monitor"_s, HookPreset::UptimeKuma, u"sale"_s);
    QVERIFY(key.ok());
    QVERIFY(!page.showsEmptyState());
    QCOMPARE(page.table()->rowCount(), 1);
    // The address to paste carries the key, except for GitHub, which signs with it instead.
    Hook hook;
    hook.name = u"monitor"_s;
    hook.preset = HookPreset::UptimeKuma;
    QCOMPARE(page.senderUrl(hook, key.value()),
        m_instance->url() + u"/api/v1/hooks/monitor?key="_s + key.value());
    hook.preset = HookPreset::GitHub;
    QCOMPARE(page.senderUrl(hook, key.value()), m_instance->url() + u"/api/v1/hooks/monitor"_s);

    // Uptime Kuma posts; the page shows what arrived and what it became, without being asked.
    const QByteArray payload
        = R"({"heartbeat":{"status":0,"msg":"timeout"},"monitor":{"name":"Shop"},"msg":"[Shop] [Down] timeout"})";
    const HttpReply reply = httpRequest(m_network, "POST",
        QUrl(m_instance->url() + u"/api/v1/hooks/monitor?key="_s + key.value()), payload,
        {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(page.outcomeLabel()->text(), u"🔴 Shop is down: timeout"_s, 5000);
    QVERIFY(page.payloadView()->toPlainText().contains(u"\"status\": 0"_s));
    QVERIFY(page.table()->item(0, 3)->text() != u"Never"_s);

    QVERIFY(page.removeHook(u"monitor"_s).ok());
    QVERIFY(page.showsEmptyState());
}

void TestDesktop::hookNewKeyReplacesTheOldOne()
{
    HooksPage page(*m_instance);
    const QString old = page.addHook(u"any"_s, HookPreset::Generic, u"sale"_s).value();
    const QString fresh = page.newKey(u"any"_s).value();
    QVERIFY(fresh != old);
    const auto send = [this](const QString &key) {
        return httpRequest(m_network, "POST",
            QUrl(m_instance->url() + u"/api/v1/hooks/any?key="_s + key), R"({"text":"hi"})",
            {{"Content-Type", "application/json"}})
            .status;
    };
    QCOMPARE(send(old), 401);
    QCOMPARE(send(fresh), 200);
}

void TestDesktop::hookDialogSaysWhatIsMissing()
{
    HookDialog none({}, {});
    QVERIFY(!none.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    HookDialog dialog({u"sale"_s}, {u"taken"_s});
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name yet
    dialog.nameEdit()->setText(u"has space"_s);
    QVERIFY(!ok->isEnabled());
    dialog.nameEdit()->setText(u"taken"_s);
    QVERIFY(!ok->isEnabled());
    dialog.nameEdit()->setText(u"github-shop"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.preset(), HookPreset::GitHub); // the first choice
    QCOMPARE(dialog.category(), u"sale"_s);
}

void TestDesktop::toolKeysAreMadeAndRevokedInSettings()
{
    ApiKeysPanel panel(*m_instance);
    QVERIFY(panel.showsEmptyState());
    const Result<QString> key = panel.addKey(u"shop"_s, {u"sale"_s});
    QVERIFY(key.ok());
    QVERIFY(!panel.showsEmptyState());
    QCOMPARE(panel.table()->item(0, 0)->text(), u"shop"_s);
    QCOMPARE(panel.table()->item(0, 3)->text(), u"Never"_s);
    const auto send = [this, &key] {
        return httpRequest(m_network, "POST", QUrl(m_instance->url() + u"/api/v1/events"_s),
            R"({"category":"sale"})",
            {{"Authorization", "Bearer " + key->toLatin1()}, {"Content-Type", "application/json"}})
            .status;
    };
    QCOMPARE(send(), 200);
    panel.reload();
    QVERIFY(panel.table()->item(0, 3)->text() != u"Never"_s); // last used
    QVERIFY(panel.revokeKey(u"shop"_s).ok());
    QCOMPARE(send(), 401);
    QVERIFY(panel.showsEmptyState());

    // The dialog asks for what the key may send when it is limited.
    ApiKeyDialog dialog({u"sale"_s, u"signup"_s}, {});
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.nameEdit()->setText(u"deploy"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.categories(), QStringList());
    dialog.someChoice()->setChecked(true);
    QVERIFY(!ok->isEnabled()); // none ticked
    dialog.categoryList()->item(1)->setCheckState(Qt::Checked);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.categories(), QStringList {u"signup"_s});
}

void TestDesktop::historySettingsPruneAtOnce()
{
    EventStore store(m_instance->database());
    for (int i = 0; i < 30; ++i)
        QVERIFY(store.add(u"sale"_s, u"#%1"_s.arg(i), JsonValue::object()).ok());
    // Delivered (not pending), so that retention may take them.
    QSqlQuery q(m_instance->database().connection());
    QVERIFY(q.exec(u"UPDATE events SET status = 'DELIVERED'"_s));
    HistoryPanel panel(*m_instance);
    panel.show();
    // "30 events, … on disk" (the plural forms come with the app's translations).
    QVERIFY2(panel.usageLabel()->text().startsWith(u"30 event"_s),
        qPrintable(panel.usageLabel()->text()));
    panel.maxEventsSpin()->setValue(10);
    QVERIFY(panel.save().ok());
    QCOMPARE(Settings(m_instance->database()).historyMaxEvents(), 10);
    QTRY_COMPARE_WITH_TIMEOUT(store.count({}).value(), 10, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.usageLabel()->text().startsWith(u"10 event"_s), 10000);
    // The newest stay.
    EventQuery newest;
    newest.limit = 1;
    QCOMPARE(store.list(newest).value().first().description, u"#29"_s);
}

void TestDesktop::categoryDialogSetsHowItsEventsAreSent()
{
    Category sale = CategoryStore(m_instance->database()).find(u"sale"_s).value();
    CategoryDialog dialog(sale, {});
    QCOMPARE(dialog.sendingBox()->currentIndex(), int(CategoryDialog::Sending::Normal));
    dialog.sendingBox()->setCurrentIndex(int(CategoryDialog::Sending::Urgent));
    dialog.webhookEdit()->setText(u"https://example.com/hook"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(u"Discord webhook address"_s),
        qPrintable(dialog.problemLabel()->text()));
    dialog.webhookEdit()->setText(m_profile->discord().webhookUrl().toString());
    QVERIFY(dialog.okButton()->isEnabled());

    // Saved from the Categories page, the rules apply at once: urgent passes a snooze.
    CategoriesPage page(*m_instance);
    QVERIFY(page.updateCategory(u"sale"_s, dialog.category()).ok());
    const Category stored = CategoryStore(m_instance->database()).find(u"sale"_s).value();
    QVERIFY(stored.urgent && !stored.muted);
    QCOMPARE(stored.webhookUrl, m_profile->discord().webhookUrl().toString());
    CategoriesModel model(m_instance->database());
    model.refresh();
    const int row = model.rowOf(u"sale"_s);
    QCOMPARE(model.data(model.index(row, CategoriesModel::SendingColumn)).toString(),
        u"Urgent · Own webhook"_s);
    QVERIFY(
        Snooze(m_instance->database()).until(QDateTime::currentDateTimeUtc().addSecs(600)).ok());
    m_instance->profileEdited();
    QCOMPARE(post(R"({"category":"sale","description":"urgent"})").status, 200);
    QVERIFY(RawClient::waitFor(
        [&] {
            for (const FakeDiscord::Message &m : std::as_const(m_profile->discord().messages)) {
                if (m.channelId == u"webhook:4242424242"_s)
                    return true;
            }
            return false;
        },
        5000));

    // Muted from the dialog: the event is kept, answered MUTED, never sent.
    CategoryDialog again(stored, {});
    QCOMPARE(again.sendingBox()->currentIndex(), int(CategoryDialog::Sending::Urgent));
    again.sendingBox()->setCurrentIndex(int(CategoryDialog::Sending::Muted));
    again.webhookEdit()->clear();
    QVERIFY(page.updateCategory(u"sale"_s, again.category()).ok());
    const HttpReply muted = post(R"({"category":"sale"})");
    QCOMPARE(muted.json().find(u"deliveryStatus")->toString(), u"MUTED"_s);
}

void TestDesktop::quietHoursAreSetSnoozedAndResumedInSettings()
{
    QuietHoursPanel panel(*m_instance);
    panel.show();
    QVERIFY(!panel.enabledBox()->isChecked());
    QVERIFY(!panel.fromEdit()->isEnabled());
    QVERIFY(!panel.resumeButton()->isEnabled());
    panel.enabledBox()->setChecked(true);
    panel.fromEdit()->setTime(QTime(23, 15));
    panel.toEdit()->setTime(QTime(6, 45));
    QVERIFY(panel.save().ok());
    QCOMPARE(Settings(m_instance->database()).value(Settings::Key::QuietHours).value(),
        u"23:15-06:45"_s);
    QCOMPARE(m_instance->profile().hold().quietHours->toString(), u"23:15-06:45"_s);

    QTest::mouseClick(panel.snoozeButton(), Qt::LeftButton);
    QCOMPARE(m_instance->delivery().holdReason(), Hold::Reason::Snooze);
    QVERIFY(panel.stateLabel()->text().startsWith(u"Snoozed until"_s));
    QVERIFY(panel.resumeButton()->isEnabled());
    QCOMPARE(post(R"({"category":"sale","description":"while snoozed"})").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(panel.digestLabel()->text().contains(u"1 event"_s), 5000);
    QVERIFY(panel.digestPreview()->text().contains(u"while snoozed"_s));

    QTest::mouseClick(panel.resumeButton(), Qt::LeftButton);
    QVERIFY(panel.stateLabel()->text().startsWith(u"Sends go out"_s)
        || panel.stateLabel()->text().startsWith(u"Quiet hours until"_s));
    panel.enabledBox()->setChecked(false);
    QVERIFY(panel.save().ok());
    QVERIFY(!Settings(m_instance->database()).isSet(Settings::Key::QuietHours).value());
    QCOMPARE(m_instance->delivery().holdReason(), Hold::Reason::None);
    QVERIFY(RawClient::waitFor([&] { return !m_profile->discord().messages.isEmpty(); }, 5000));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"

// The setup assistant as a new user goes through it: on the offscreen platform, with a real
// keychain (CTest runs this under with-keyring.sh), over a real Instance, its real server on
// loopback and the fake Discord. Fields are typed key by key and buttons clicked.

#include "apitesthelpers.h"
#include "assistant/destinationpages.h"
#include "assistant/finishpages.h"
#include "assistant/setupassistant.h"
#include "config/liveprofile.h"
#include "config/settings.h"
#include "desktopapp.h"
#include "platform/secretstore.h"
#include "runtime/instance.h"
#include "storage/categorystore.h"
#include "testevent.h"
#include "testprofile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aFreshProfileIsGreetedOnce();
    void webhookPathEndsWithADeliveredTestEvent();
    void anUnknownWebhookIsExplainedAndNotSaved();
    void botPathKeepsTheTokenInTheKeychainAndReachesTheUser();
    void leavingHalfwaySavesNothingHalfEntered();

private:
    void startInstance();
    static void type(QLineEdit *field, const QString &text);
    static void next(SetupAssistant &assistant);
    template<typename Page>
    Page *page(SetupAssistant &assistant, int id)
    {
        return qobject_cast<Page *>(assistant.page(id));
    }
    Settings settings() { return Settings(m_instance->database()); }

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
};

void TestAssistant::init()
{
    // A fresh profile: no categories, no Discord destination, no token anywhere.
    m_profile = std::make_unique<TestProfile>(QList<TestProfile::Seed> {}, TestProfile::NoOptions);
    QVERIFY(m_profile->ok());
}

void TestAssistant::startInstance()
{
    auto started = m_profile->startInstance();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_instance = std::move(started).value();
}

void TestAssistant::cleanup()
{
    m_instance.reset();
    m_profile.reset();
}

void TestAssistant::type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void TestAssistant::next(SetupAssistant &assistant)
{
    const int before = assistant.currentId();
    assistant.button(QWizard::NextButton)->click();
    QVERIFY2(assistant.currentId() != before, "Next did not move on");
}

void TestAssistant::aFreshProfileIsGreetedOnce()
{
    startInstance();
    {
        DesktopApp app(*m_instance);
        app.start();
        QVERIFY(app.assistant());
        QTRY_VERIFY(app.assistant()->isVisible());
        QCOMPARE(app.assistant()->windowTitle(), u"Set up PingPanda"_s);
        QCOMPARE(app.assistant()->currentId(), int(SetupAssistant::ChoosePage));
        app.assistant()->reject(); // the person closes it without doing anything
    }
    // The next start leaves the person alone; Settings and the tray still open it.
    DesktopApp again(*m_instance);
    again.start();
    QVERIFY(!again.assistant());
    again.showAssistant();
    QVERIFY(again.assistant() && again.assistant()->isVisible());
}

void TestAssistant::webhookPathEndsWithADeliveredTestEvent()
{
    startInstance();
    SetupAssistant assistant(*m_instance);
    assistant.show();
    auto *choose = page<ChooseDestinationPage>(assistant, SetupAssistant::ChoosePage);
    QVERIFY(choose->webhookChoice()->isChecked()); // the simplest path is the default
    next(assistant);
    QCOMPARE(assistant.currentId(), int(SetupAssistant::WebhookPage));

    auto *webhook = page<WebhookAddressPage>(assistant, SetupAssistant::WebhookPage);
    QVERIFY(!webhook->isComplete());
    type(webhook->addressEdit(), m_profile->discord().webhookUrl().toString());
    QTRY_VERIFY_WITH_TIMEOUT(webhook->isComplete(), 5000);
    QVERIFY2(webhook->result()->text().contains(u"The webhook works"_s),
        qPrintable(webhook->result()->text()));
    QVERIFY(settings().value(Settings::Key::DiscordWebhookUrl)->isEmpty()); // not before Next
    next(assistant);
    QCOMPARE(settings().value(Settings::Key::DiscordWebhookUrl).value(),
        m_profile->discord().webhookUrl().toString());
    QVERIFY(m_instance->profile().hasDestination());

    QCOMPARE(assistant.currentId(), int(SetupAssistant::CategoriesPage));
    auto *starters = page<StarterCategoriesPage>(assistant, SetupAssistant::CategoriesPage);
    QCOMPARE(starters->choices().size(), 3);
    next(assistant);
    for (const QString &name : {u"bug"_s, u"sale"_s, u"question"_s})
        QVERIFY2(CategoryStore(m_instance->database()).find(name), qPrintable(name));

    QCOMPARE(assistant.currentId(), int(SetupAssistant::TestPage));
    auto *test = page<TestEventPage>(assistant, SetupAssistant::TestPage);
    QCOMPARE(test->categoryBox()->count(), 3);
    QVERIFY(!test->curlLine()->isVisibleTo(test)); // shown once Discord has the event
    test->sendButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(test->testEvent()->stage(), TestEvent::Stage::Delivered, 10000);
    QVERIFY2(test->status()->text().contains(u"Check your Discord: it's there."_s),
        qPrintable(test->status()->text()));
    QCOMPARE(m_profile->discord().messages.size(), 1);
    QCOMPARE(m_profile->discord().messages.first().channelId.left(8), u"webhook:"_s);

    // The command shown is one a script can run: the API key and the address are in it.
    QVERIFY(test->curlLine()->isVisibleTo(test));
    const QString curl = test->curlLine()->text();
    QVERIFY(curl.contains(m_instance->url() + u"/api/v1/events"_s));
    QVERIFY(curl.contains(QString::fromLatin1(m_profile->apiKey())));
    QVERIFY(assistant.button(QWizard::FinishButton)->isVisible());
}

void TestAssistant::anUnknownWebhookIsExplainedAndNotSaved()
{
    startInstance();
    SetupAssistant assistant(*m_instance);
    assistant.show();
    next(assistant);
    auto *webhook = page<WebhookAddressPage>(assistant, SetupAssistant::WebhookPage);

    type(webhook->addressEdit(), u"https://example.com/hello"_s);
    QTRY_VERIFY_WITH_TIMEOUT(webhook->result()->text().contains(u"not a Discord webhook"_s), 5000);
    QVERIFY(!webhook->isComplete());

    type(webhook->addressEdit(), m_profile->discord().unknownWebhookUrl().toString());
    QTRY_VERIFY_WITH_TIMEOUT(webhook->result()->text().contains(u"no longer exists"_s), 5000);
    QVERIFY(!webhook->isComplete());
    QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled());
    assistant.reject();
    QVERIFY(settings().value(Settings::Key::DiscordWebhookUrl)->isEmpty());
    QVERIFY(!m_instance->profile().hasDestination());
}

void TestAssistant::botPathKeepsTheTokenInTheKeychainAndReachesTheUser()
{
    startInstance();
    FakeDiscord &discord = m_profile->discord();
    SetupAssistant assistant(*m_instance);
    assistant.show();
    page<ChooseDestinationPage>(assistant, SetupAssistant::ChoosePage)->botChoice()->click();
    next(assistant);
    QCOMPARE(assistant.currentId(), int(SetupAssistant::BotTokenPage));

    auto *token = page<BotTokenStepPage>(assistant, SetupAssistant::BotTokenPage);
    type(token->tokenEdit(), u"123456789012345678"_s); // a user ID pasted by mistake
    QTRY_VERIFY_WITH_TIMEOUT(token->result()->text().contains(u"does not look like"_s), 5000);
    QVERIFY(!token->isComplete());
    type(token->tokenEdit(), discord.botToken);
    QTRY_VERIFY_WITH_TIMEOUT(token->isComplete(), 5000);
    QVERIFY2(token->result()->text().contains(u"PingPanda Bot"_s)
            && token->result()->text().contains(u"keychain"_s),
        qPrintable(token->result()->text()));
    QVERIFY(token->tokenEdit()->text().isEmpty()); // never shown again
    const SecretStore::Reading saved = m_instance->secrets().readTokenNow();
    QCOMPARE(saved.state, SecretStore::State::Stored);
    QCOMPARE(saved.token, discord.botToken);
    next(assistant);

    auto *user = page<BotUserStepPage>(assistant, SetupAssistant::BotUserPage);
    type(user->userIdEdit(), u"999999999999999999"_s); // nobody the bot can reach
    QTRY_VERIFY_WITH_TIMEOUT(user->result()->text().contains(u"Copy User ID"_s), 5000);
    QVERIFY(!user->isComplete());
    type(user->userIdEdit(), discord.userId);
    QTRY_VERIFY_WITH_TIMEOUT(user->isComplete(), 5000);
    next(assistant);
    QCOMPARE(settings().value(Settings::Key::DiscordUserId).value(), discord.userId);
    QTRY_VERIFY_WITH_TIMEOUT(m_instance->profile().hasDestination(), 5000);

    next(assistant); // the starter categories
    auto *test = page<TestEventPage>(assistant, SetupAssistant::TestPage);
    test->sendButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(test->testEvent()->stage(), TestEvent::Stage::Delivered, 10000);
    QCOMPARE(discord.messages.size(), 1);
    QVERIFY(!discord.messages.first().channelId.startsWith(u"webhook:"_s)); // a DM
}

void TestAssistant::leavingHalfwaySavesNothingHalfEntered()
{
    startInstance();
    {
        SetupAssistant assistant(*m_instance);
        assistant.show();
        page<ChooseDestinationPage>(assistant, SetupAssistant::ChoosePage)->botChoice()->click();
        next(assistant);
        auto *token = page<BotTokenStepPage>(assistant, SetupAssistant::BotTokenPage);
        type(token->tokenEdit(),
            u"MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.notacceptedbydiscord0123456789abcdef"_s);
        QTRY_VERIFY_WITH_TIMEOUT(token->result()->text().contains(u"refused"_s), 5000);
        assistant.reject();
    }
    QCOMPARE(m_instance->secrets().readTokenNow().state, SecretStore::State::NotSet);
    QVERIFY(settings().value(Settings::Key::DiscordUserId)->isEmpty());
    QVERIFY(CategoryStore(m_instance->database()).list()->isEmpty());

    // Coming back later starts from the beginning, with nothing claimed as done.
    SetupAssistant again(*m_instance);
    again.show();
    QCOMPARE(again.currentId(), int(SetupAssistant::ChoosePage));
}

QTEST_MAIN(TestAssistant)
#include "tst_assistant.moc"

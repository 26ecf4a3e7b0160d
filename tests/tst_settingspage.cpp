// The Settings page as a person uses it, with a real keychain (CTest runs this under
// with-keyring.sh) and the offscreen platform, over a real Instance and a fake Discord.

#include "apitesthelpers.h"
#include "config/profile.h"
#include "config/settings.h"
#include "desktoppreferences.h"
#include "discordpanel.h"
#include "fakediscord.h"
#include "platform/autostart.h"
#include "platform/secretstore.h"
#include "runtime/instance.h"
#include "settingspage.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "testprofile.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void savedTokenGoesToTheKeychainAndDeliveryStarts();
    void somethingThatIsNotATokenIsRefused();
    void invalidUserIdIsExplainedAndNotSaved();
    void webhookIsSavedAndChecked();
    void regeneratedKeyReplacesTheOldOneAtOnce();
    void serverSettingsNeedConsentToLeaveLoopback();
    void startAtLoginWritesTheAutostartEntry();
    void desktopPreferencesAreKept();

private:
    HttpReply post(const QByteArray &key);
    // Sends events to the fake Discord's webhook, so that the API accepts them.
    void useWebhook();

    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<Instance> m_instance;
    QNetworkAccessManager m_network;
    QByteArray m_key;
};

void TestSettingsPage::init()
{
    // No user ID and no token: the page is where they are set.
    m_profile = std::make_unique<TestProfile>(
        QList<TestProfile::Seed> {{u"sale"_s, QString(), Category::DefaultColor}},
        TestProfile::NoOptions);
    QVERIFY(m_profile->ok());
    m_key = m_profile->apiKey();
    auto service = m_profile->startInstance();
    QVERIFY(service.ok());
    m_instance = std::move(service).value();
}

void TestSettingsPage::cleanup()
{
    m_instance.reset();
    m_profile.reset();
}

HttpReply TestSettingsPage::post(const QByteArray &key)
{
    return httpRequest(m_network, "POST", QUrl(m_instance->url() + u"/api/v1/events"_s),
        R"({"category":"sale"})",
        {{"Authorization", "Bearer " + key}, {"Content-Type", "application/json"}});
}

void TestSettingsPage::useWebhook()
{
    const QString url = m_profile->discord().webhookUrl().toString();
    QVERIFY(Settings(m_instance->database()).set(Settings::Key::DiscordWebhookUrl, url).ok());
    m_instance->profileEdited();
}

void TestSettingsPage::savedTokenGoesToTheKeychainAndDeliveryStarts()
{
    SettingsPage page(*m_instance);
    DiscordPanel &discord = *page.discordPanel();
    QSignalSpy state(&discord, &DiscordPanel::tokenStateChanged);
    QVERIFY(state.wait(5000));
    QCOMPARE(discord.tokenState()->text(), u"No token is saved yet."_s);

    discord.botDmChoice()->setChecked(true);
    discord.userIdEdit()->setText(m_profile->discord().userId);
    QVERIFY(discord.saveDestination().ok());
    QCOMPARE(post(m_key).status, 403); // a user ID without a token goes nowhere yet

    QTest::keyClicks(discord.tokenEdit(), m_profile->discord().botToken);
    QCOMPARE(discord.tokenEdit()->echoMode(), QLineEdit::Password);
    discord.saveToken();
    QVERIFY(RawClient::waitFor(
        [&] { return discord.tokenState()->text() == u"A token is saved in the keychain."_s; },
        5000));
    QVERIFY(discord.tokenEdit()->text().isEmpty()); // never shown again

    // In the real keychain, under this profile.
    const QString profileId = Profile(m_instance->database()).profileId().value();
    QCOMPARE(SecretStore(profileId).readTokenNow().token, m_profile->discord().botToken);

    // And the running instance uses it: accepted and delivered.
    QVERIFY(RawClient::waitFor([&] { return post(m_key).status == 200; }, 5000));
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 1; }, 5000));

    discord.removeToken();
    QVERIFY(RawClient::waitFor(
        [&] { return discord.tokenState()->text() == u"No token is saved yet."_s; }, 5000));
    QCOMPARE(SecretStore(profileId).readTokenNow().state, SecretStore::State::NotSet);
    QVERIFY(RawClient::waitFor([&] { return post(m_key).status == 403; }, 5000));
}

void TestSettingsPage::somethingThatIsNotATokenIsRefused()
{
    SettingsPage page(*m_instance);
    DiscordPanel &discord = *page.discordPanel();
    discord.tokenEdit()->setText(u"123456789012345678"_s);
    discord.saveToken();
    QVERIFY(discord.tokenState()->text().contains(u"does not look like a bot token"_s));
    const QString profileId = Profile(m_instance->database()).profileId().value();
    QCOMPARE(SecretStore(profileId).readTokenNow().state, SecretStore::State::NotSet);
}

void TestSettingsPage::invalidUserIdIsExplainedAndNotSaved()
{
    SettingsPage page(*m_instance);
    DiscordPanel &discord = *page.discordPanel();
    discord.botDmChoice()->setChecked(true);
    discord.userIdEdit()->setText(u"panda#1234"_s);
    QVERIFY(!discord.saveDestination().ok());
    QVERIFY(discord.destinationProblem()->isVisibleTo(&page));
    QVERIFY2(discord.destinationProblem()->text().contains(u"Copy User ID"_s),
        qPrintable(discord.destinationProblem()->text()));
    QVERIFY(Settings(m_instance->database()).discordUserId().isEmpty());
}

void TestSettingsPage::webhookIsSavedAndChecked()
{
    SettingsPage page(*m_instance);
    DiscordPanel &discord = *page.discordPanel();
    discord.webhookChoice()->setChecked(true);
    QVERIFY(!discord.userIdEdit()->isEnabled());
    discord.webhookEdit()->setText(m_profile->discord().webhookUrl().toString());
    QVERIFY(discord.saveDestination().ok());
    QVERIFY(!discord.destinationProblem()->isVisibleTo(&page));
    QSignalSpy checked(&discord, &DiscordPanel::checkFinished);
    discord.checkConnection();
    QVERIFY(checked.wait(10000));
    QVERIFY2(discord.checkResult()->text().startsWith(u"✓ The webhook works"_s),
        qPrintable(discord.checkResult()->text()));
    QCOMPARE(m_profile->discord().messages.size(), 0); // checking sends nothing
    QCOMPARE(post(m_key).status, 200);
    QVERIFY(RawClient::waitFor([&] { return m_profile->discord().messages.size() == 1; }, 5000));

    // Back to bot DMs: the webhook is no longer used.
    discord.botDmChoice()->setChecked(true);
    discord.userIdEdit()->setText(m_profile->discord().userId);
    QVERIFY(discord.saveDestination().ok());
    QVERIFY(Settings(m_instance->database()).discordWebhookUrl().isEmpty());
}

void TestSettingsPage::regeneratedKeyReplacesTheOldOneAtOnce()
{
    useWebhook();
    SettingsPage page(*m_instance);
    QVERIFY(page.apiKeyLabel()->text().startsWith(u"pp_"_s));
    QVERIFY(!page.apiKeyLabel()->text().contains(QString::fromLatin1(m_key))); // masked
    QVERIFY(!page.regenerateApiKey(false).ok()); // the person said no
    QCOMPARE(post(m_key).status, 200);
    QVERIFY(page.regenerateApiKey(true).ok());
    const QByteArray newKey = Profile(m_instance->database()).apiKey()->toLatin1();
    QVERIFY(newKey != m_key);
    const HttpReply old = post(m_key);
    QCOMPARE(old.status, 401);
    QCOMPARE(old.message(), u"Invalid API key"_s);
    QCOMPARE(post(newKey).status, 200);
}

void TestSettingsPage::serverSettingsNeedConsentToLeaveLoopback()
{
    useWebhook();
    SettingsPage page(*m_instance);
    QCOMPARE(page.portSpin()->value(), 7788);
    page.bindEdit()->setText(u"0.0.0.0"_s);
    QVERIFY(!page.saveServer(false).ok());
    QCOMPARE(Settings(m_instance->database()).serverBind(), QHostAddress(u"127.0.0.1"_s));
    QVERIFY(page.saveServer(true).ok());
    QCOMPARE(Settings(m_instance->database()).serverBind(), QHostAddress(QHostAddress::AnyIPv4));

    // The rate limit applies at once.
    page.rateLimitSpin()->setValue(1);
    QVERIFY(page.saveServer(true).ok());
    QCOMPARE(post(m_key).status, 200);
    QCOMPARE(post(m_key).status, 429);
}

void TestSettingsPage::startAtLoginWritesTheAutostartEntry()
{
    QTemporaryDir config;
    const QString folder = config.filePath(u"autostart"_s);
    SettingsPage page(*m_instance);
    page.setAutostartFolder(folder);
    QVERIFY(!page.startAtLoginBox()->isChecked());

    page.startAtLoginBox()->click();
    const QString entry = folder + u"/pingpanda.desktop"_s;
    QVERIFY(QFileInfo::exists(entry));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // This profile is the one started at login, by this program.
    QVERIFY2(text.contains(u"\nExec="_s
                 + Autostart::execLine(QCoreApplication::applicationFilePath(),
                     {u"--data-dir"_s, m_instance->dataDir()})
                 + u"\n"_s),
        qPrintable(text));
    QVERIFY(page.desktopProblem()->isHidden());

    // A new page reads the setting from the entry itself.
    SettingsPage again(*m_instance);
    again.setAutostartFolder(folder);
    QVERIFY(again.startAtLoginBox()->isChecked());
    again.startAtLoginBox()->click();
    QVERIFY(!QFileInfo::exists(entry));

    // A folder that cannot be made: the box stays off and the page says why.
    QFile blocker(config.filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    page.setAutostartFolder(blocker.fileName() + u"/autostart"_s);
    page.startAtLoginBox()->click();
    QVERIFY(!page.startAtLoginBox()->isChecked());
    QVERIFY(!page.desktopProblem()->isHidden());
    QVERIFY2(page.desktopProblem()->text().contains(u"cannot start at login"_s),
        qPrintable(page.desktopProblem()->text()));
}

void TestSettingsPage::desktopPreferencesAreKept()
{
    {
        SettingsPage page(*m_instance);
        QVERIFY(!page.startMinimisedBox()->isChecked());
        QVERIFY(!page.notifyEachEventBox()->isChecked());
        page.startMinimisedBox()->click();
        page.notifyEachEventBox()->click();
    }
    const DesktopPreferences preferences(m_instance->database());
    QVERIFY(preferences.startMinimised());
    QVERIFY(preferences.notifyEachEvent());
    SettingsPage page(*m_instance);
    QVERIFY(page.startMinimisedBox()->isChecked());
    QVERIFY(page.notifyEachEventBox()->isChecked());
    page.notifyEachEventBox()->click();
    QVERIFY(!DesktopPreferences(m_instance->database()).notifyEachEvent());
    QVERIFY(DesktopPreferences(m_instance->database()).startMinimised());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"

#include "assistant/destinationpages.h"

#include "assistant/livecheck.h"
#include "assistant/setupassistant.h"
#include "config/liveprofile.h"
#include "config/settings.h"
#include "discord/discordcheck.h"
#include "platform/secretstore.h"
#include "runtime/instance.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Numbered instructions, as rich text.
QString stepsHtml(const QStringList &steps)
{
    QString html = u"<ol style='margin-left:0; -qt-list-indent:1'>"_s;
    for (const QString &step : steps)
        html += u"<li style='margin-bottom:6px'>%1</li>"_s.arg(step);
    return html + u"</ol>"_s;
}

QLabel *stepsLabel(const QStringList &steps, QWidget *parent)
{
    auto *label = new QLabel(stepsHtml(steps), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

// A line of explanation under a choice, indented to the choice's text.
QLabel *choiceHelp(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 12);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void saveFailed(QLabel *result, const Error &error)
{
    result->setText(LiveCheck::marked(false, error.message, result->palette()));
}

} // namespace

ChooseDestinationPage::ChooseDestinationPage(QWidget *parent)
    : QWizardPage(parent)
    , m_webhook(new QRadioButton(tr("A channel on a Discord server, through a &webhook"), this))
    , m_bot(new QRadioButton(tr("&Direct messages from your own bot"), this))
{
    setTitle(tr("Where should PingPanda send events?"));
    setSubTitle(tr("Pick one; you can change it later in Settings."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_webhook);
    group->addButton(m_bot);
    m_webhook->setChecked(true);
    for (QRadioButton *choice : {m_webhook, m_bot}) {
        QFont font = choice->font();
        font.setBold(true);
        choice->setFont(font);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_webhook);
    layout->addWidget(choiceHelp(tr("The simplest: about a minute. Everyone in the channel sees "
                                    "the events. You need to be allowed to manage the "
                                    "channel's webhooks."),
        this));
    layout->addWidget(m_bot);
    layout->addWidget(choiceHelp(tr("Private to you. About five minutes: you create a bot in "
                                    "Discord's Developer Portal and share a server with it."),
        this));
    layout->addStretch();
}

int ChooseDestinationPage::nextId() const
{
    return m_webhook->isChecked() ? SetupAssistant::WebhookPage : SetupAssistant::BotTokenPage;
}

WebhookAddressPage::WebhookAddressPage(Instance &instance, QWidget *parent)
    : QWizardPage(parent)
    , m_instance(instance)
    , m_address(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Connect a channel webhook"));
    setSubTitle(tr("Make a webhook in Discord and paste its address here."));
    m_address->setPlaceholderText(u"https://discord.com/api/webhooks/…"_s);
    m_address->setAccessibleName(tr("Webhook address"));
    m_result->setAccessibleName(tr("Webhook check"));
    m_check = new LiveCheck(
        m_address, m_result,
        [this](const QString &value, const LiveCheck::Done &done) {
            const Result<QString> url
                = Settings::normalize(Settings::Key::DiscordWebhookUrl, value);
            if (!url)
                return done(false, url.error().message);
            m_discord.getWebhook(QUrl(url.value()), [done](const DiscordReply &reply) {
                const DiscordCheck::Finding f = DiscordCheck::webhookFinding(reply);
                done(f.ok, f.text);
            });
        },
        this);
    connect(m_check, &LiveCheck::changed, this, &QWizardPage::completeChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("Webhook &address:"), m_address);
    form->addRow(QString(), m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stepsLabel(
        {tr("In Discord, hover over the channel that should get the events and click its gear "
            "icon (Edit Channel)."),
            tr("Choose <b>Integrations</b>, then <b>Webhooks</b>, then <b>New Webhook</b>. You "
               "can name it PingPanda."),
            tr("Click <b>Copy Webhook URL</b> and paste it below. PingPanda checks it with "
               "Discord at once; nothing is posted.")},
        this));
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
}

bool WebhookAddressPage::isComplete() const
{
    return m_check->passed();
}

bool WebhookAddressPage::validatePage()
{
    if (Status s = Settings(m_instance.database())
                       .set(Settings::Key::DiscordWebhookUrl, m_address->text().trimmed());
        !s) {
        saveFailed(m_result, s.error());
        return false;
    }
    m_instance.profileEdited();
    return true;
}

int WebhookAddressPage::nextId() const
{
    return SetupAssistant::CategoriesPage;
}

BotTokenStepPage::BotTokenStepPage(Instance &instance, SetupAssistant *assistant)
    : QWizardPage(assistant)
    , m_instance(instance)
    , m_assistant(assistant)
    , m_token(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Create your bot"));
    setSubTitle(tr("Your bot sends you the events as direct messages. Its token stays in your "
                   "system's keychain."));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Bot token"));
    m_token->setPlaceholderText(tr("Paste the token here"));
    m_result->setAccessibleName(tr("Bot token check"));
    m_check = new LiveCheck(
        m_token, m_result,
        [this](const QString &token, const LiveCheck::Done &done) { check(token, done); }, this);
    connect(m_check, &LiveCheck::changed, this, &QWizardPage::completeChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("Bot &token:"), m_token);
    form->addRow(QString(), m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stepsLabel(
        {tr("Open the <a href=\"https://discord.com/developers/applications\">Discord Developer "
            "Portal</a> and sign in with your Discord account."),
            tr("Click <b>New Application</b>, name it (PingPanda, for example) and accept "
               "Discord's terms."),
            tr("Choose <b>Bot</b> on the left, then <b>Reset Token</b>, and copy the token."),
            tr("Paste it below. PingPanda checks it with Discord and keeps it in your keychain; "
               "it is not shown again.")},
        this));
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
}

void BotTokenStepPage::initializePage()
{
    if (m_saved)
        return;
    // A token saved before (an earlier visit, Settings, the CLI) counts if Discord accepts it.
    m_instance.secrets().readToken(
        [this](const SecretStore::Reading &reading) {
            if (reading.token.isEmpty() || m_saved)
                return;
            m_discord.setApiBase(m_instance.profile().discordApiBase());
            m_discord.setToken(reading.token);
            m_discord.currentUser([this, token = reading.token](const DiscordReply &me) {
                if (!me.ok() || m_saved)
                    return;
                m_saved = true;
                m_assistant->setBot(token, me.id());
                m_check->show(true,
                    tr("A token is already saved and Discord accepts it. Paste a new one only to "
                       "replace it."));
            });
        },
        this);
}

void BotTokenStepPage::check(
    const QString &token, const std::function<void(bool, const QString &)> &done)
{
    if (!SecretStore::looksLikeBotToken(token)) {
        return done(false,
            tr("That does not look like a bot token (three parts separated by dots). Copy it "
               "again in the Developer Portal: Bot > Reset Token."));
    }
    m_discord.setApiBase(m_instance.profile().discordApiBase());
    m_discord.setToken(token);
    m_discord.currentUser([this, token, done](const DiscordReply &me) {
        const DiscordCheck::Finding finding = DiscordCheck::tokenFinding(me);
        if (!finding.ok)
            return done(false, finding.text);
        save(token, me.id(), finding.text, done);
    });
}

void BotTokenStepPage::save(const QString &token, const QString &botId, const QString &works,
    const std::function<void(bool, const QString &)> &done)
{
    m_instance.secrets().writeToken(
        token,
        [this, token, botId, works, done](const SecretStore::Outcome &outcome) {
            if (!outcome.ok)
                return done(false, outcome.message);
            m_saved = true;
            m_assistant->setBot(token, botId);
            m_instance.tokenEdited();
            m_token->clear();
            done(true,
                works + u' ' + tr("It is saved in your keychain and will not be shown again."));
        },
        this);
}

bool BotTokenStepPage::isComplete() const
{
    return m_saved && (m_token->text().isEmpty() || m_check->passed());
}

int BotTokenStepPage::nextId() const
{
    return SetupAssistant::BotUserPage;
}

BotUserStepPage::BotUserStepPage(Instance &instance, SetupAssistant *assistant)
    : QWizardPage(assistant)
    , m_instance(instance)
    , m_assistant(assistant)
    , m_steps(stepsLabel({}, this))
    , m_userId(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setTitle(tr("Let your bot reach you"));
    setSubTitle(tr("Discord lets a bot send direct messages only to people who share a server "
                   "with it."));
    m_userId->setPlaceholderText(u"123456789012345678"_s);
    m_userId->setAccessibleName(tr("Your Discord user ID"));
    m_result->setAccessibleName(tr("User ID check"));
    m_check = new LiveCheck(
        m_userId, m_result,
        [this](const QString &value, const LiveCheck::Done &done) {
            const Result<QString> id = Settings::normalize(Settings::Key::DiscordUserId, value);
            if (!id)
                return done(false, id.error().message);
            m_discord.setApiBase(m_instance.profile().discordApiBase());
            m_discord.setToken(m_assistant->botToken());
            m_discord.createDmChannel(id.value(), [done, id = id.value()](const DiscordReply &r) {
                const DiscordCheck::Finding f = DiscordCheck::directMessageFinding(r, id);
                done(f.ok, f.text);
            });
        },
        this);
    connect(m_check, &LiveCheck::changed, this, &QWizardPage::completeChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &user ID:"), m_userId);
    form->addRow(QString(), m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
}

void BotUserStepPage::initializePage()
{
    const QString invite = u"https://discord.com/oauth2/authorize?client_id=%1&scope=bot"_s.arg(
        m_assistant->botId());
    m_steps->setText(stepsHtml(
        {tr("<a href=\"%1\">Invite your bot</a> to a server you are in. Any server of yours will "
            "do; the + button in Discord's server list makes a new one.")
                .arg(invite),
            tr("In that server, click its name, open <b>Privacy Settings</b> and make sure "
               "<b>Direct Messages</b> is on."),
            tr("In Discord's <b>User Settings</b>, open <b>Advanced</b> and turn on <b>Developer "
               "Mode</b>."),
            tr("Right-click your own name and choose <b>Copy User ID</b>. Paste it below.")}));
    if (!m_userId->text().isEmpty())
        m_check->checkNow(); // the bot may have changed since
}

bool BotUserStepPage::isComplete() const
{
    return m_check->passed();
}

bool BotUserStepPage::validatePage()
{
    Settings settings(m_instance.database());
    Status s = settings.set(Settings::Key::DiscordUserId, m_userId->text().trimmed());
    // Direct messages were chosen: a webhook set before would take precedence over them.
    if (s)
        s = settings.unset(Settings::Key::DiscordWebhookUrl);
    if (!s) {
        saveFailed(m_result, s.error());
        return false;
    }
    m_instance.profileEdited();
    return true;
}

int BotUserStepPage::nextId() const
{
    return SetupAssistant::CategoriesPage;
}

#include "discordpanel.h"

#include "config/settings.h"
#include "discord/discordcheck.h"
#include "platform/secretstore.h"
#include "problemlabel.h"
#include "runtime/instance.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

DiscordPanel::DiscordPanel(Instance &instance, QWidget *parent)
    : QGroupBox(tr("Discord"), parent)
    , m_instance(instance)
    , m_botDm(new QRadioButton(tr("Direct messages from my &bot"), this))
    , m_webhook(new QRadioButton(tr("Posts in a channel through a &webhook"), this))
    , m_userId(new QLineEdit(this))
    , m_webhookUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenState(new QLabel(this))
    , m_destinationProblem(problemLabel(this))
    , m_checkResult(new QLabel(this))
{
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_botDm);
    choice->addButton(m_webhook);
    m_userId->setPlaceholderText(u"123456789012345678"_s);
    m_userId->setAccessibleName(tr("Discord user ID"));
    m_userId->setToolTip(
        tr("In Discord, turn on Developer Mode (Settings > Advanced), then right-click "
           "your name and choose Copy User ID."));
    m_webhookUrl->setPlaceholderText(u"https://discord.com/api/webhooks/…"_s);
    m_webhookUrl->setAccessibleName(tr("Webhook address"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste a new bot token"));
    m_token->setAccessibleName(tr("Bot token"));
    // Wide enough that its hint shows whole, in every language.
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(m_token->placeholderText())
        + m_token->fontMetrics().averageCharWidth() * 3);
    m_tokenState->setWordWrap(true);
    m_tokenState->setAccessibleName(tr("Bot token state"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkResult->setAccessibleName(tr("Connection check result"));
    m_checkResult->hide(); // until a check has something to say: no empty row under the buttons

    auto *saveToken = new QPushButton(tr("Save &token"), this);
    auto *removeToken = new QPushButton(tr("Remove token"), this);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(saveToken);
    tokenRow->addWidget(removeToken);
    auto *saveDestination = new QPushButton(tr("Save &destination"), this);
    auto *check = new QPushButton(tr("&Check connection"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveDestination);
    buttons->addWidget(check);
    buttons->addStretch();
    auto *assistant = new QPushButton(tr("Set up with the &assistant…"), this);
    assistant->setToolTip(tr("Step by step, with each step checked against Discord."));
    auto *assistantRow = new QHBoxLayout;
    assistantRow->addWidget(assistant);
    assistantRow->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Send events as:"), m_botDm);
    form->addRow(QString(), m_webhook);
    form->addRow(tr("Your &user ID:"), m_userId);
    auto *tokenLabel = new QLabel(tr("Bot to&ken:"), this);
    tokenLabel->setBuddy(m_token); // a row holding a layout gets no buddy by itself
    form->addRow(tokenLabel, tokenRow);
    form->addRow(QString(), m_tokenState);
    form->addRow(tr("Webhook &address:"), m_webhookUrl);
    form->addRow(QString(), m_destinationProblem);
    form->addRow(buttons);
    form->addRow(assistantRow);
    form->addRow(m_checkResult);

    connect(m_botDm, &QRadioButton::toggled, this, &DiscordPanel::updateDestinationFields);
    connect(
        saveDestination, &QPushButton::clicked, this, [this] { (void)this->saveDestination(); });
    connect(saveToken, &QPushButton::clicked, this, &DiscordPanel::saveToken);
    connect(removeToken, &QPushButton::clicked, this, &DiscordPanel::removeToken);
    connect(check, &QPushButton::clicked, this, &DiscordPanel::checkConnection);
    connect(assistant, &QPushButton::clicked, this, &DiscordPanel::assistantRequested);
    m_focusOrder = {m_botDm, m_webhook, m_userId, m_token, saveToken, removeToken, m_webhookUrl,
        saveDestination, check, assistant};
    reload();
}

void DiscordPanel::reload()
{
    loadDestination();
    readTokenState();
}

void DiscordPanel::loadDestination()
{
    Settings settings(m_instance.database());
    m_userId->setText(settings.discordUserId());
    const QString webhook = settings.discordWebhookUrl().toString();
    m_webhookUrl->setText(webhook);
    (webhook.isEmpty() ? m_botDm : m_webhook)->setChecked(true);
    updateDestinationFields();
}

void DiscordPanel::updateDestinationFields()
{
    const bool dm = m_botDm->isChecked();
    m_userId->setEnabled(dm);
    m_token->setEnabled(dm);
    m_webhookUrl->setEnabled(!dm);
}

Status DiscordPanel::saveDestination()
{
    Settings settings(m_instance.database());
    Status result;
    if (m_botDm->isChecked()) {
        result = settings.set(Settings::Key::DiscordUserId, m_userId->text());
        if (result)
            result = settings.unset(Settings::Key::DiscordWebhookUrl);
    } else {
        result = settings.set(Settings::Key::DiscordWebhookUrl, m_webhookUrl->text());
    }
    showProblem(m_destinationProblem, result);
    if (result) {
        m_instance.profileEdited();
        loadDestination();
    }
    return result;
}

void DiscordPanel::readTokenState()
{
    m_instance.secrets().readToken(
        [this](const SecretStore::Reading &reading) {
            switch (reading.state) {
            case SecretStore::State::Stored:
                return showTokenState(tr("A token is saved in the keychain."));
            case SecretStore::State::NotSet:
                return showTokenState(tr("No token is saved yet."));
            case SecretStore::State::FromEnvironment:
            case SecretStore::State::NoBackend:
            case SecretStore::State::Failed:
                return showTokenState(reading.message);
            }
        },
        this);
}

void DiscordPanel::showTokenState(const QString &text)
{
    m_tokenState->setText(text);
    Q_EMIT tokenStateChanged();
}

void DiscordPanel::saveToken()
{
    const QString token = m_token->text().trimmed();
    if (!SecretStore::looksLikeBotToken(token)) {
        return showTokenState(
            tr("That does not look like a bot token (three parts separated by dots). "
               "Copy it from the Discord Developer Portal: your application > Bot > "
               "Reset Token."));
    }
    m_instance.secrets().writeToken(
        token,
        [this](const SecretStore::Outcome &outcome) {
            if (outcome.ok) {
                m_token->clear();
                m_instance.tokenEdited();
                readTokenState();
                return;
            }
            showTokenState(outcome.message);
        },
        this);
}

void DiscordPanel::removeToken()
{
    m_instance.secrets().clearToken(
        [this](const SecretStore::Outcome &outcome) {
            if (!outcome.ok)
                return showTokenState(outcome.message);
            m_instance.tokenEdited();
            readTokenState();
        },
        this);
}

void DiscordPanel::checkConnection()
{
    m_checkResult->setText(tr("Checking…"));
    m_checkResult->show();
    m_instance.secrets().readToken(
        [this](const SecretStore::Reading &token) {
            const DiscordCheck::Report report = DiscordCheck::run(m_instance.profile(), token);
            QStringList lines;
            for (const DiscordCheck::Finding &f : report.findings)
                lines << (f.ok ? u"✓ "_s : u"✗ "_s) + f.text;
            m_checkResult->setText(lines.join(u'\n'));
            Q_EMIT checkFinished();
        },
        this);
}

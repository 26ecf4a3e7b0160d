#pragma once

#include "discord/discordclient.h"

#include <QWizardPage>

class Instance;
class LiveCheck;
class QLabel;
class QLineEdit;
class QRadioButton;
class SetupAssistant;

// Where events go: a channel webhook (the simplest) or direct messages from the person's bot.
class ChooseDestinationPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChooseDestinationPage)

public:
    explicit ChooseDestinationPage(QWidget *parent = nullptr);
    int nextId() const override;

    QRadioButton *webhookChoice() const { return m_webhook; }
    QRadioButton *botChoice() const { return m_bot; }

private:
    QRadioButton *m_webhook;
    QRadioButton *m_bot;
};

// The webhook path: where to click in Discord, the address pasted and checked at once. Saved
// when the person goes on, and only if Discord knows the webhook.
class WebhookAddressPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookAddressPage)

public:
    WebhookAddressPage(Instance &instance, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *addressEdit() const { return m_address; }
    QLabel *result() const { return m_result; }

private:
    Instance &m_instance;
    DiscordClient m_discord;
    QLineEdit *m_address;
    QLabel *m_result;
    LiveCheck *m_check;
};

// The bot path, first step: create the application and its bot, copy the token. A token Discord
// accepts goes to the keychain at once and is never shown again.
class BotTokenStepPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotTokenStepPage)

public:
    BotTokenStepPage(Instance &instance, SetupAssistant *assistant);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *result() const { return m_result; }

private:
    void check(const QString &token, const std::function<void(bool, const QString &)> &done);
    // Keeps a token Discord accepted; `works` is what the check said of it.
    void save(const QString &token, const QString &botId, const QString &works,
        const std::function<void(bool, const QString &)> &done);

    Instance &m_instance;
    SetupAssistant *m_assistant;
    DiscordClient m_discord;
    QLineEdit *m_token;
    QLabel *m_result;
    LiveCheck *m_check;
    bool m_saved = false;
};

// The bot path, second step: share a server with the bot, allow its direct messages, copy one's
// own user ID. The ID is checked by opening a DM channel (nothing is sent) and saved on Next.
class BotUserStepPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotUserStepPage)

public:
    BotUserStepPage(Instance &instance, SetupAssistant *assistant);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *userIdEdit() const { return m_userId; }
    QLabel *result() const { return m_result; }

private:
    Instance &m_instance;
    SetupAssistant *m_assistant;
    DiscordClient m_discord;
    QLabel *m_steps;
    QLineEdit *m_userId;
    QLabel *m_result;
    LiveCheck *m_check;
};

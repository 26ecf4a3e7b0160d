#pragma once

// Subsystem ui/assistant/: the first-run assistant, which takes a person who has never made a
// Discord webhook or bot to their first message. Each page checks what is typed as it is typed,
// against Discord itself, and saves only what worked, when the person moves on: leaving at any
// step keeps what earlier steps saved and nothing half-entered. The pages: where events go; the
// webhook, or the bot (its token, then the person's user ID); starter categories; a test event
// followed until Discord has it. Uses the runtime (Instance) and the app's stores and Discord
// client; the window and the tray open it.

#include <QWizard>

class Instance;

class SetupAssistant : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupAssistant)

public:
    enum PageId { ChoosePage, WebhookPage, BotTokenPage, BotUserPage, CategoriesPage, TestPage };

    explicit SetupAssistant(Instance &instance, QWidget *parent = nullptr);

    // A profile is greeted by the assistant once, on the first start that finds no Discord
    // destination; after that it is opened from Settings or the tray.
    static bool offerAtStart(Instance &instance);
    static void noteOffered(Instance &instance);

    // What the bot step learned, for the steps after it; kept in memory only.
    void setBot(const QString &token, const QString &botId);
    QString botToken() const { return m_botToken; }
    QString botId() const { return m_botId; }

private:
    QString m_botToken;
    QString m_botId;
};

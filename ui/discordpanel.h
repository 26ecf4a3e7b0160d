#pragma once

#include "domain/error.h"

#include <QGroupBox>

class Instance;
class QLabel;
class QLineEdit;
class QRadioButton;

// Settings' "Discord": where events go (direct messages from the user's bot, or posts through a
// webhook), the bot token (saved to the keychain, never shown again, with the keychain's state),
// a connection check against Discord, and the way into the setup assistant.
class DiscordPanel : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordPanel)

public:
    explicit DiscordPanel(Instance &instance, QWidget *parent = nullptr);

    // The operations behind the buttons; each shows what went wrong on the panel.
    Status saveDestination();
    // Asynchronous (the keychain): tokenStateChanged() follows.
    void saveToken();
    void removeToken();
    // Asynchronous: checkFinished() follows.
    void checkConnection();
    // Shows what is saved now (after the setup assistant changed it), token state included.
    void reload();

    QRadioButton *botDmChoice() const { return m_botDm; }
    QRadioButton *webhookChoice() const { return m_webhook; }
    QLineEdit *userIdEdit() const { return m_userId; }
    QLineEdit *webhookEdit() const { return m_webhookUrl; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *tokenState() const { return m_tokenState; }
    QLabel *destinationProblem() const { return m_destinationProblem; }
    QLabel *checkResult() const { return m_checkResult; }
    QList<QWidget *> focusOrder() const { return m_focusOrder; }

Q_SIGNALS:
    void tokenStateChanged();
    void checkFinished();
    // The person asked for the setup assistant.
    void assistantRequested();

private:
    void loadDestination();
    void readTokenState();
    // The token's state, or what went wrong with it, under the token field.
    void showTokenState(const QString &text);
    void updateDestinationFields();

    Instance &m_instance;
    QRadioButton *m_botDm;
    QRadioButton *m_webhook;
    QLineEdit *m_userId;
    QLineEdit *m_webhookUrl;
    QLineEdit *m_token;
    QLabel *m_tokenState;
    QLabel *m_destinationProblem;
    QLabel *m_checkResult;
    QList<QWidget *> m_focusOrder;
};

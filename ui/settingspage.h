#pragma once

#include "domain/error.h"

#include <QWidget>

class ApiKeysPanel;
class HistoryPanel;
class QuietHoursPanel;
class Instance;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Everything the CLI can configure, for a person who never opens a terminal: where events go
// (bot DMs or a webhook), the bot token (saved to the keychain, never shown again, with the
// keychain's state), a connection check, the API key (show, copy, regenerate), keys for tools,
// the server, and how much history is kept.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Instance &instance, QWidget *parent = nullptr);

    // The operations behind the buttons; each returns what went wrong, also shown on the page.
    Status saveDestination();
    // Asynchronous (the keychain): tokenStateChanged() follows.
    void saveToken();
    void removeToken();
    // `confirmed`: the person agreed that scripts will need the new key.
    Status regenerateApiKey(bool confirmed);
    Status saveServer(bool confirmedLeavingLoopback);
    void checkConnection();
    // Shows what is saved now (after the setup assistant changed it), token state included.
    void reload();
    // Writes or removes the autostart entry; the box follows what is on disk.
    Status setStartAtLogin(bool on);
    // Where the autostart entry goes (tests); empty: the user's autostart folder.
    void setAutostartFolder(const QString &folder);

    QRadioButton *botDmChoice() const { return m_botDm; }
    QRadioButton *webhookChoice() const { return m_webhook; }
    QLineEdit *userIdEdit() const { return m_userId; }
    QLineEdit *webhookEdit() const { return m_webhookUrl; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *tokenState() const { return m_tokenState; }
    QLabel *destinationProblem() const { return m_destinationProblem; }
    QLabel *checkResult() const { return m_checkResult; }
    QLabel *apiKeyLabel() const { return m_apiKey; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *bindEdit() const { return m_bind; }
    QSpinBox *rateLimitSpin() const { return m_rateLimit; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    QCheckBox *startMinimisedBox() const { return m_startMinimised; }
    QCheckBox *notifyEachEventBox() const { return m_notifyEachEvent; }
    QComboBox *appearanceBox() const { return m_appearance; }
    QLabel *desktopProblem() const { return m_desktopProblem; }
    ApiKeysPanel *apiKeysPanel() const { return m_apiKeys; }
    QuietHoursPanel *quietHoursPanel() const { return m_quietHours; }
    HistoryPanel *historyPanel() const { return m_history; }

Q_SIGNALS:
    void tokenStateChanged();
    void checkFinished();
    // The person asked for the setup assistant.
    void assistantRequested();

private:
    // The page's four sections; each adds its controls to tabOrder in reading order.
    QGroupBox *discordSection(QList<QWidget *> &tabOrder);
    QGroupBox *apiKeySection(QList<QWidget *> &tabOrder);
    QGroupBox *serverSection(QList<QWidget *> &tabOrder);
    QGroupBox *desktopSection(QList<QWidget *> &tabOrder);
    void load();
    void loadDesktop();
    void readTokenState();
    void updateDestinationFields();
    void showApiKey(bool visible);
    void applyDesktopChange(const Status &s);

    Instance &m_instance;
    QRadioButton *m_botDm;
    QRadioButton *m_webhook;
    QLineEdit *m_userId;
    QLineEdit *m_webhookUrl;
    QLineEdit *m_token;
    QLabel *m_tokenState;
    QLabel *m_destinationProblem;
    QLabel *m_checkResult;
    QLabel *m_apiKey;
    QPushButton *m_showKey;
    QSpinBox *m_port;
    QLineEdit *m_bind;
    QSpinBox *m_rateLimit;
    QLabel *m_serverProblem;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_startMinimised;
    QCheckBox *m_notifyEachEvent;
    QComboBox *m_appearance;
    QLabel *m_desktopProblem;
    ApiKeysPanel *m_apiKeys;
    QuietHoursPanel *m_quietHours;
    HistoryPanel *m_history;
    QString m_autostartFolder;
    QString m_key;
};

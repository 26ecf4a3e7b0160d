#pragma once

#include "domain/error.h"

#include <QWidget>

class ApiKeysPanel;
class DiscordPanel;
class HistoryPanel;
class QuietHoursPanel;
class Instance;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Everything the CLI can configure, for a person who never opens a terminal, one section under
// the other: Discord (DiscordPanel), the API key (show, copy, regenerate), keys for tools
// (ApiKeysPanel), the server, quiet hours and snooze (QuietHoursPanel), how much history is kept
// (HistoryPanel) and the desktop's own preferences.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Instance &instance, QWidget *parent = nullptr);

    // The operations behind the buttons; each returns what went wrong, also shown on the page.
    // `confirmed`: the person agreed that scripts will need the new key.
    Status regenerateApiKey(bool confirmed);
    Status saveServer(bool confirmedLeavingLoopback);
    // Shows what is saved now (after the setup assistant changed it), token state included.
    void reload();
    // Writes or removes the autostart entry; the box follows what is on disk.
    Status setStartAtLogin(bool on);
    // Where the autostart entry goes (tests); empty: the user's autostart folder.
    void setAutostartFolder(const QString &folder);

    DiscordPanel *discordPanel() const { return m_discord; }
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

private:
    // The page's own sections; each adds its controls to tabOrder in reading order.
    QGroupBox *apiKeySection(QList<QWidget *> &tabOrder);
    QGroupBox *serverSection(QList<QWidget *> &tabOrder);
    QGroupBox *desktopSection(QList<QWidget *> &tabOrder);
    void load();
    void loadDesktop();
    void showApiKey(bool visible);
    void applyDesktopChange(const Status &s);

    Instance &m_instance;
    DiscordPanel *m_discord;
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

#pragma once

#include "discord/deliveries.h"

#include <QObject>
#include <QSystemTrayIcon>

class Instance;
class MainWindow;
class QAction;
class QMenu;
class QTimer;
struct Event;

// The tray icon: its state (ok, delivering, held, problem) follows the delivery queues and the
// hold, its tooltip says where the API listens, how today's events stand and until when sends are
// held, and its menu opens the window or its test page, snoozes sends (an hour, until the
// morning) or resumes them, copies the API key and quits. Shows a notification once per
// delivery problem and, when the user asks for it, for each event (a burst becomes one summary).
class TrayController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class Look { Ok, Delivering, Problem, Held };
    Q_ENUM(Look)

    TrayController(Instance &instance, MainWindow &window, QObject *parent = nullptr);
    ~TrayController() override;

    // False under a desktop without a system tray: the window is then the app's home.
    bool isAvailable() const;
    Look look() const { return m_look; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }

    QAction *openAction() const { return m_open; }
    QAction *sendTestAction() const { return m_sendTest; }
    QAction *setupAction() const { return m_setup; }
    QAction *copyKeyAction() const { return m_copyKey; }
    QAction *snoozeHourAction() const { return m_snoozeHour; }
    QAction *snoozeMorningAction() const { return m_snoozeMorning; }
    QAction *resumeAction() const { return m_resume; }
    // When "Until tomorrow 08:00" (or this morning's, before dawn) ends, seen from `now`.
    static QDateTime nextMorning(const QDateTime &now);
    QAction *quitAction() const { return m_quit; }

    // Events that arrive within this long of a shown notification are summed up in one.
    static constexpr int EventNotificationQuietMs = 5000;
    void setEventNotificationQuietMs(int ms);

Q_SIGNALS:
    void quitRequested();
    // The menu's Set up PingPanda: the setup assistant.
    void setupRequested();
    // A desktop notification went out (what the user saw, for tests and logs).
    void notified(const QString &title, const QString &message);

private:
    void update();
    void snoozeUntil(const QDateTime &end);
    void resumeNow();
    void updateSnoozeActions();
    void notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);
    void onEventReceived(const Event &event);
    void flushEventSummary();

    Instance &m_instance;
    MainWindow &m_window;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_sendTest;
    QAction *m_setup;
    QAction *m_copyKey;
    QAction *m_snoozeHour;
    QAction *m_snoozeMorning;
    QAction *m_resume;
    QAction *m_quit;
    Look m_look = Look::Ok;
    QString m_lastProblem;
    bool m_notifyEachEvent = false;
    QTimer *m_quiet; // runs only after an event notification
    QStringList m_heldBack; // categories of events that arrived while it runs
};

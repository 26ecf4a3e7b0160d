#pragma once

#include "discord/deliveryqueue.h"

#include <QObject>
#include <QSystemTrayIcon>

class Instance;
class MainWindow;
class QAction;
class QMenu;
class QTimer;
struct Event;

// The tray icon: its state (ok, delivering, problem) follows the delivery queue, its tooltip
// says where the API listens and how today's events stand, and its menu opens the window or its
// test page, pauses deliveries, copies the API key and quits. Shows a notification once per
// delivery problem and, when the user asks for it, for each event (a burst becomes one summary).
class TrayController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class Look { Ok, Delivering, Problem };
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
    QAction *pauseAction() const { return m_pause; }
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
    QAction *m_pause;
    QAction *m_quit;
    Look m_look = Look::Ok;
    QString m_lastProblem;
    bool m_notifyEachEvent = false;
    QTimer *m_quiet; // runs only after an event notification
    QStringList m_heldBack; // categories of events that arrived while it runs
};

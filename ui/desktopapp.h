#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class Instance;
class MainWindow;
class SetupAssistant;
class TrayController;

// The GUI around a running Instance: the window and the tray icon, and when the app quits.
class DesktopApp : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    explicit DesktopApp(Instance &instance, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Shows the window, unless the user chose to start minimised and a tray icon is there.
    void start();
    // Shows and raises the window (a second launch, the tray's Open).
    void show();
    // Opens the setup assistant over the window, or raises it when it is open.
    void showAssistant();
    SetupAssistant *assistant() const;
    // Ends the app (the tray's Quit, SIGTERM, closing the window when there is no tray).
    void quit();
    MainWindow &window() { return *m_window; }
    TrayController &tray() { return *m_tray; }

private:
    Instance &m_instance;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
    QPointer<SetupAssistant> m_assistant;
};

#include "desktopapp.h"

#include "runtime/instance.h"

#include "desktoppreferences.h"
#include "mainwindow.h"
#include "traycontroller.h"
#include <QCoreApplication>

DesktopApp::DesktopApp(Instance &instance, QObject *parent)
    : QObject(parent)
    , m_instance(instance)
    , m_window(std::make_unique<MainWindow>(instance))
    , m_tray(std::make_unique<TrayController>(instance, *m_window))
{
    connect(m_tray.get(), &TrayController::quitRequested, this, &DesktopApp::quit);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quit);
}

void DesktopApp::quit()
{
    // Qt asks the open windows to close before quitting, and the window would hide in the
    // tray instead, cancelling the quit: it is told that this close is for good.
    m_window->setKeepRunningInTray(false);
    QCoreApplication::quit();
}

DesktopApp::~DesktopApp() = default;

void DesktopApp::start()
{
    // Hidden in the tray only when there is a tray to come back from.
    if (m_tray->isAvailable() && DesktopPreferences(m_instance.database()).startMinimised())
        return;
    show();
}

void DesktopApp::show()
{
    m_window->showAndRaise();
}

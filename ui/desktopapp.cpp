#include "desktopapp.h"

#include "apiservice.h"
#include "desktoppreferences.h"
#include "mainwindow.h"
#include "traycontroller.h"

DesktopApp::DesktopApp(ApiService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_window(std::make_unique<MainWindow>(service))
    , m_tray(std::make_unique<TrayController>(service, *m_window))
{
    connect(m_tray.get(), &TrayController::quitRequested, this, &DesktopApp::quitRequested);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quitRequested);
}

DesktopApp::~DesktopApp() = default;

void DesktopApp::start()
{
    // Hidden in the tray only when there is a tray to come back from.
    if (m_tray->isAvailable() && DesktopPreferences(m_service.database()).startMinimised())
        return;
    show();
}

void DesktopApp::show()
{
    m_window->showAndRaise();
}

#include "desktopapp.h"

#include "mainwindow.h"
#include "traycontroller.h"

DesktopApp::DesktopApp(ApiService &service, QObject *parent)
    : QObject(parent)
    , m_window(std::make_unique<MainWindow>(service))
    , m_tray(std::make_unique<TrayController>(service, *m_window))
{
    connect(m_tray.get(), &TrayController::quitRequested, this, &DesktopApp::quitRequested);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quitRequested);
}

DesktopApp::~DesktopApp() = default;

void DesktopApp::show()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

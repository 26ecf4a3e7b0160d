#include "desktopapp.h"

#include "appearance.h"
#include "assistant/setupassistant.h"
#include "desktoppreferences.h"
#include "mainwindow.h"
#include "runtime/instance.h"
#include "settingspage.h"
#include "traycontroller.h"

#include <QCoreApplication>

namespace {
// The chosen colours before the first widget is made, so that none is drawn twice.
Instance &withAppearance(Instance &instance)
{
    const DesktopPreferences::Appearance chosen
        = DesktopPreferences(instance.database()).appearance();
    if (chosen != DesktopPreferences::Appearance::System)
        Appearance::apply(chosen);
    return instance;
}
} // namespace

DesktopApp::DesktopApp(Instance &instance, QObject *parent)
    : QObject(parent)
    , m_instance(withAppearance(instance))
    , m_window(std::make_unique<MainWindow>(instance))
    , m_tray(std::make_unique<TrayController>(instance, *m_window))
{
    connect(m_tray.get(), &TrayController::quitRequested, this, &DesktopApp::quit);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quit);
    connect(m_tray.get(), &TrayController::setupRequested, this, &DesktopApp::showAssistant);
    connect(m_window.get(), &MainWindow::setupRequested, this, &DesktopApp::showAssistant);
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
    // A new profile is greeted by the assistant, over the window.
    if (SetupAssistant::offerAtStart(m_instance)) {
        SetupAssistant::noteOffered(m_instance);
        show();
        showAssistant();
        return;
    }
    // Hidden in the tray only when there is a tray to come back from.
    if (m_tray->isAvailable() && DesktopPreferences(m_instance.database()).startMinimised())
        return;
    show();
}

SetupAssistant *DesktopApp::assistant() const
{
    return m_assistant;
}

void DesktopApp::showAssistant()
{
    if (!m_assistant) {
        m_assistant = new SetupAssistant(m_instance, m_window.get());
        m_assistant->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_assistant, &QWizard::finished, m_window->settingsPage(), &SettingsPage::reload);
    }
    m_assistant->show();
    m_assistant->raise();
    m_assistant->activateWindow();
}

void DesktopApp::show()
{
    m_window->showAndRaise();
}

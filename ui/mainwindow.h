#pragma once

#include <QMainWindow>

class Instance;
class CategoriesPage;
class DashboardPage;
class EventsPage;
class HelpLine;
class QLabel;
class Sidebar;
class HooksPage;
class SendTestPage;
class SettingsPage;
class QStackedWidget;

// The app's window: a sidebar of pages (Dashboard, Events, Categories, Send test event, Hooks,
// Settings)
// and the page shown. Closing it keeps PingPanda in the tray when there is one (saying so the first
// time); without a tray, closing quits. Its geometry is remembered in the profile.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Instance &instance, QWidget *parent = nullptr);

    // The pages, in the sidebar's order.
    enum class Page { Dashboard, Events, Categories, SendTest, Hooks, Settings };
    // Shows, raises and activates the window on a page.
    void showPage(Page page);
    void showAndRaise();

    DashboardPage *dashboardPage() const { return m_dashboard; }
    EventsPage *eventsPage() const { return m_events; }
    CategoriesPage *categoriesPage() const { return m_categories; }
    SendTestPage *sendTestPage() const { return m_sendTest; }
    HooksPage *hooksPage() const { return m_hooks; }
    SettingsPage *settingsPage() const { return m_settings; }
    Sidebar *sidebar() const { return m_sidebar; }
    QLabel *pageTitle() const { return m_title; }

    // Set by the tray: when true, closing the window hides it instead of quitting.
    void setKeepRunningInTray(bool keep) { m_keepInTray = keep; }

Q_SIGNALS:
    // The window was closed while PingPanda keeps running in the tray.
    void hiddenToTray();
    void quitRequested();
    // Settings asked for the setup assistant.
    void setupRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Instance &m_instance;
    void showHeader(int page);

    void updateFailedCount();

    Sidebar *m_sidebar;
    QLabel *m_title;
    HelpLine *m_help;
    QStackedWidget *m_pages;
    DashboardPage *m_dashboard;
    EventsPage *m_events;
    CategoriesPage *m_categories;
    SendTestPage *m_sendTest;
    HooksPage *m_hooks;
    SettingsPage *m_settings;
    bool m_keepInTray = false;
};

#include "traycontroller.h"

#include "apiservice.h"
#include "eventstore.h"
#include "mainwindow.h"
#include "profile.h"
#include "profilenotifier.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

using namespace Qt::StringLiterals;

TrayController::TrayController(ApiService &service, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_open(m_menu->addAction(tr("&Open PingPanda")))
    , m_copyKey(m_menu->addAction(tr("&Copy API key")))
    , m_pause(m_menu->addAction(tr("&Pause deliveries")))
    , m_quit(nullptr)
{
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, [this](bool held) {
        m_service.delivery().setHeld(held);
        m_pause->setText(held ? tr("&Resume deliveries") : tr("&Pause deliveries"));
    });
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_icon->setContextMenu(m_menu);

    connect(m_open, &QAction::triggered, this, [this] {
        m_window.show();
        m_window.raise();
        m_window.activateWindow();
    });
    connect(m_copyKey, &QAction::triggered, this, [this] {
        if (Result<QString> key = Profile(m_service.database()).apiKey())
            QGuiApplication::clipboard()->setText(key.value());
    });
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                m_open->trigger();
        });
    connect(&m_window, &MainWindow::hiddenToTray, this, [this] {
        if (m_hintShown)
            return;
        m_hintShown = true;
        m_icon->showMessage(tr("PingPanda keeps running"),
            tr("Events are still received and sent to Discord. Open PingPanda or quit it from this "
               "icon."));
    });
    connect(&service.delivery(), &DeliveryQueue::stateChanged, this, &TrayController::update);
    connect(&service.notifier(), &ProfileNotifier::eventsChanged, this, &TrayController::update);

    update();
    if (isAvailable())
        m_icon->show();
    m_window.setKeepRunningInTray(isAvailable());
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayController::toolTip() const
{
    EventStore events(m_service.database());
    EventQuery today;
    today.from = QDate::currentDate().startOfDay();
    EventQuery pending;
    pending.status = DeliveryStatus::Pending;
    EventQuery failed;
    failed.status = DeliveryStatus::Failed;
    const auto count = [&](const EventQuery &q) {
        const Result<qint64> n = events.count(q);
        return n ? n.value() : 0;
    };
    return tr("PingPanda — listening on %1\nToday: %2 · Pending: %3 · Failed: %4")
        .arg(m_service.url())
        .arg(count(today))
        .arg(count(pending))
        .arg(count(failed));
}

void TrayController::update()
{
    const DeliveryQueue &queue = m_service.delivery();
    Look look = Look::Ok;
    QString problem;
    if (queue.isHeld()) {
        look = Look::Delivering;
    } else if (queue.state() == DeliveryQueue::State::Paused) {
        look = Look::Problem;
        problem = queue.pauseReason();
    } else if (queue.state() == DeliveryQueue::State::NoDestination) {
        look = Look::Problem;
        problem = tr("Discord is not set up yet: events are stored but not sent.");
    } else if (queue.state() == DeliveryQueue::State::Sending
        || queue.state() == DeliveryQueue::State::Waiting) {
        look = Look::Delivering;
    }
    m_look = look;
    static const char *const files[]
        = {":/icons/tray-ok.svg", ":/icons/tray-delivering.svg", ":/icons/tray-problem.svg"};
    m_icon->setIcon(QIcon(QString::fromLatin1(files[int(look)])));
    m_icon->setToolTip(toolTip());
    // Once per cause: the same problem again says nothing new.
    if (!problem.isEmpty() && problem != m_lastProblem && isAvailable())
        m_icon->showMessage(tr("PingPanda cannot deliver"), problem, QSystemTrayIcon::Warning);
    m_lastProblem = problem;
}

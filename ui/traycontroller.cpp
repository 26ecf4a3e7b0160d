#include "traycontroller.h"

#include "config/liveprofile.h"
#include "config/profile.h"
#include "config/snooze.h"
#include "desktoppreferences.h"
#include "icons.h"
#include "mainwindow.h"
#include "runtime/instance.h"
#include "runtime/profilenotifier.h"
#include "storage/eventstore.h"
#include "timetext.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QTimer>

using namespace Qt::StringLiterals;

TrayController::TrayController(Instance &instance, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_instance(instance)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_open(m_menu->addAction(tr("&Open PingPanda")))
    , m_sendTest(m_menu->addAction(tr("&Send test event…")))
    , m_setup(m_menu->addAction(tr("Set &up PingPanda…")))
    , m_copyKey(m_menu->addAction(tr("&Copy API key")))
    , m_snoozeHour(nullptr)
    , m_snoozeMorning(nullptr)
    , m_resume(nullptr)
    , m_quit(nullptr)
    , m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(EventNotificationQuietMs);
    connect(m_quiet, &QTimer::timeout, this, &TrayController::flushEventSummary);
    m_notifyEachEvent = DesktopPreferences(instance.database()).notifyEachEvent();
    connect(&instance.notifier(), &ProfileNotifier::profileChanged, this, [this] {
        m_notifyEachEvent = DesktopPreferences(m_instance.database()).notifyEachEvent();
    });
    connect(&instance.notifier(), &ProfileNotifier::eventReceived, this,
        &TrayController::onEventReceived);

    m_menu->addSeparator();
    QMenu *snooze = m_menu->addMenu(tr("S&nooze"));
    m_snoozeHour = snooze->addAction(tr("For &1 hour"));
    m_snoozeMorning = snooze->addAction(tr("Until tomorrow &08:00"));
    m_resume = m_menu->addAction(tr("&Resume sends now"));
    connect(m_snoozeHour, &QAction::triggered, this,
        [this] { snoozeUntil(QDateTime::currentDateTimeUtc().addSecs(3600)); });
    connect(m_snoozeMorning, &QAction::triggered, this,
        [this] { snoozeUntil(nextMorning(QDateTime::currentDateTime())); });
    connect(m_resume, &QAction::triggered, this, &TrayController::resumeNow);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::updateSnoozeActions);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_icon->setContextMenu(m_menu);

    connect(m_open, &QAction::triggered, this, [this] { m_window.showAndRaise(); });
    connect(m_sendTest, &QAction::triggered, this,
        [this] { m_window.showPage(MainWindow::Page::SendTest); });
    connect(m_copyKey, &QAction::triggered, this, [this] {
        if (Result<QString> key = Profile(m_instance.database()).apiKey())
            QGuiApplication::clipboard()->setText(key.value());
    });
    connect(m_setup, &QAction::triggered, this, &TrayController::setupRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                m_open->trigger();
        });
    connect(&m_window, &MainWindow::hiddenToTray, this, [this] {
        // Once ever, not once per run: the person knows after the first time.
        DesktopPreferences preferences(m_instance.database());
        if (preferences.trayHintShown())
            return;
        if (Status s = preferences.setTrayHintShown(); !s)
            qWarning("Could not remember the tray hint: %ls", qUtf16Printable(s.error().message));
        notify(tr("PingPanda keeps running"),
            tr("Events are still received and sent to Discord. Open PingPanda or quit it from this "
               "icon."),
            QSystemTrayIcon::Information);
    });
    connect(&instance.delivery(), &Deliveries::changed, this, &TrayController::update);
    connect(&instance.delivery(), &Deliveries::holdChanged, this, [this] {
        update();
        updateSnoozeActions();
        m_icon->setToolTip(toolTip());
    });
    // The counts in the tooltip change with the events, not with each delivery step (two per
    // Discord message): three counts a step were work in the wrong place.
    connect(&instance.notifier(), &ProfileNotifier::eventsChanged, this,
        [this] { m_icon->setToolTip(toolTip()); });

    update();
    updateSnoozeActions();
    m_icon->setToolTip(toolTip());
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
    EventStore events(m_instance.database());
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
    QString tip = tr("PingPanda — listening on %1\nToday: %2 · Pending: %3 · Failed: %4")
                      .arg(m_instance.url())
                      .arg(count(today))
                      .arg(count(pending))
                      .arg(count(failed));
    const Deliveries &deliveries = m_instance.delivery();
    const QString until = shortTime(deliveries.holdEnds().toLocalTime().time());
    switch (deliveries.holdReason()) {
    case Hold::Reason::None:
        break;
    case Hold::Reason::Snooze:
        tip += u'\n'
            + tr("Snoozed until %1: events wait and then go out as one digest.").arg(until);
        break;
    case Hold::Reason::QuietHours:
        tip += u'\n'
            + tr("Quiet hours until %1: events wait and then go out as one digest.").arg(until);
        break;
    }
    return tip;
}

QDateTime TrayController::nextMorning(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    // Before dawn "tomorrow morning" is this morning, as people say it.
    const QDate day = local.time() < QTime(5, 0) ? local.date() : local.date().addDays(1);
    return QDateTime(day, QTime(8, 0)).toUTC();
}

void TrayController::snoozeUntil(const QDateTime &end)
{
    if (Status s = Snooze(m_instance.database()).until(end); !s) {
        notify(tr("PingPanda could not snooze"), s.error().message, QSystemTrayIcon::Warning);
        return;
    }
    m_instance.profileEdited();
}

void TrayController::resumeNow()
{
    if (Status s = Snooze(m_instance.database()).resumeNow(QDateTime::currentDateTimeUtc()); !s) {
        notify(tr("PingPanda could not resume sends"), s.error().message, QSystemTrayIcon::Warning);
        return;
    }
    m_instance.profileEdited();
}

void TrayController::updateSnoozeActions()
{
    const QDateTime morning = nextMorning(QDateTime::currentDateTime());
    m_snoozeMorning->setText(morning.toLocalTime().date() == QDate::currentDate()
            ? tr("Until &08:00 this morning")
            : tr("Until tomorrow &08:00"));
    m_resume->setVisible(m_instance.delivery().holdReason() != Hold::Reason::None);
}

void TrayController::update()
{
    const Deliveries &deliveries = m_instance.delivery();
    Look look = Look::Ok;
    QString problem;
    if (const DeliveryQueue *paused = deliveries.pausedQueue()) {
        look = Look::Problem;
        problem = paused->pauseReason();
    } else if (deliveries.profileQueue().state() == DeliveryQueue::State::NoDestination
        && !m_instance.profile().anyCategoryWebhook()) {
        look = Look::Problem;
        problem = tr("Discord is not set up yet: events are stored but not sent.");
    } else if (deliveries.anySending()) {
        look = Look::Delivering;
    } else if (deliveries.holdReason() != Hold::Reason::None) {
        look = Look::Held;
    }
    m_look = look;
    static constexpr Icons::Name icons[] = {Icons::Name::TrayOk, Icons::Name::TrayDelivering,
        Icons::Name::TrayProblem, Icons::Name::TrayHeld};
    m_icon->setIcon(Icons::get(icons[int(look)]));
    // Once per cause: the same problem again says nothing new.
    if (!problem.isEmpty() && problem != m_lastProblem && isAvailable())
        notify(tr("PingPanda cannot deliver"), problem, QSystemTrayIcon::Warning);
    m_lastProblem = problem;
}

void TrayController::setEventNotificationQuietMs(int ms)
{
    m_quiet->setInterval(ms);
}

void TrayController::notify(
    const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    if (!isAvailable())
        return;
    m_icon->showMessage(title, message, icon);
    Q_EMIT notified(title, message);
}

void TrayController::onEventReceived(const Event &event)
{
    if (!m_notifyEachEvent)
        return;
    if (m_quiet->isActive()) {
        // A burst: one summary when it calms down, not a notification per event.
        m_heldBack << event.category;
        return;
    }
    const Category *category = m_instance.profile().category(event.category);
    const QString title = category ? category->title() : event.category;
    QStringList lines;
    if (!event.description.isEmpty())
        lines << event.description;
    QStringList fields;
    for (const auto &[name, value] : event.fields.members()) {
        if (fields.size() == 3) {
            fields << u"…"_s;
            break;
        }
        fields << name + u": "_s + value.toDisplayString();
    }
    if (!fields.isEmpty())
        lines << fields.join(u" · "_s);
    if (lines.isEmpty())
        lines << tr("New %1 event").arg(event.category);
    notify(title, lines.join(u'\n'), QSystemTrayIcon::Information);
    m_quiet->start();
}

void TrayController::flushEventSummary()
{
    if (m_heldBack.isEmpty())
        return;
    QMap<QString, int> byCategory;
    for (const QString &c : std::as_const(m_heldBack))
        ++byCategory[c];
    QStringList parts;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        parts << tr("%1 × %2").arg(it.value()).arg(it.key());
    const int count = int(m_heldBack.size());
    m_heldBack.clear();
    notify(
        tr("%n more event(s)", nullptr, count), parts.join(u", "_s), QSystemTrayIcon::Information);
    m_quiet->start(); // a continuing stream is summed up every few seconds
}

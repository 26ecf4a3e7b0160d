#include "settingspage.h"

#include "appearance.h"
#include "config/liveprofile.h"
#include "config/profile.h"
#include "config/settings.h"
#include "desktoppreferences.h"
#include "discordpanel.h"
#include "historypanel.h"
#include "integrations/apikeyspanel.h"
#include "platform/autostart.h"
#include "problemlabel.h"
#include "quiethourspanel.h"
#include "runtime/instance.h"
#include "taborder.h"

#include <QApplication>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsPage::SettingsPage(Instance &instance, QWidget *parent)
    : QWidget(parent)
    , m_instance(instance)
    , m_discord(new DiscordPanel(instance, this))
    , m_apiKey(new QLabel(this))
    , m_showKey(new QPushButton(tr("&Show"), this))
    , m_port(new QSpinBox(this))
    , m_bind(new QLineEdit(this))
    , m_rateLimit(new QSpinBox(this))
    , m_serverProblem(problemLabel(this))
    , m_startAtLogin(new QCheckBox(tr("Start PingPanda when I &log in"), this))
    , m_startMinimised(new QCheckBox(tr("Start &hidden in the tray"), this))
    , m_notifyEachEvent(new QCheckBox(tr("Show a &notification for every event"), this))
    , m_appearance(new QComboBox(this))
    , m_desktopProblem(problemLabel(this))
    , m_apiKeys(new ApiKeysPanel(instance, this))
    , m_quietHours(new QuietHoursPanel(instance, this))
    , m_history(new HistoryPanel(instance, this))
{
    // Each section adds its controls to the Tab order, in reading order.
    QList<QWidget *> tabOrder;
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_discord);
    tabOrder << m_discord->focusOrder();
    column->addWidget(apiKeySection(tabOrder));
    column->addWidget(m_apiKeys);
    tabOrder << m_apiKeys->focusOrder();
    column->addWidget(serverSection(tabOrder));
    column->addWidget(m_quietHours);
    tabOrder << m_quietHours->focusOrder();
    column->addWidget(m_history);
    tabOrder << m_history->focusOrder();
    column->addWidget(desktopSection(tabOrder));
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // Never sideways: the window is at least as wide as the settings need.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->minimumSizeHint().width()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * scroll->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    tabOrder.prepend(scroll);
    chainTabOrder(tabOrder);

    load();
}

QGroupBox *SettingsPage::apiKeySection(QList<QWidget *> &tabOrder)
{
    m_apiKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apiKey->setAccessibleName(tr("API key"));
    m_showKey->setCheckable(true);
    auto *copyKey = new QPushButton(tr("Cop&y"), this);
    auto *regenerate = new QPushButton(tr("&Regenerate…"), this);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_showKey);
    keyRow->addWidget(copyKey);
    keyRow->addWidget(regenerate);
    auto *api = new QGroupBox(tr("API key"), this);
    auto *apiLayout = new QVBoxLayout(api);
    apiLayout->addLayout(keyRow);
    auto *keyHelp = new QLabel(tr("Scripts send it as 'Authorization: Bearer <key>'."), this);
    keyHelp->setWordWrap(true);
    apiLayout->addWidget(keyHelp);

    connect(m_showKey, &QPushButton::toggled, this, &SettingsPage::showApiKey);
    connect(copyKey, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_key); });
    connect(regenerate, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Regenerate the API key"),
            tr("Scripts using the current key will get 401 until you give them the new one. "
               "Regenerate it?"));
        (void)regenerateApiKey(answer == QMessageBox::Yes);
    });
    tabOrder << m_showKey << copyKey << regenerate;
    return api;
}

QGroupBox *SettingsPage::serverSection(QList<QWidget *> &tabOrder)
{
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    m_bind->setAccessibleName(tr("Address"));
    m_rateLimit->setRange(0, 1000000);
    m_rateLimit->setSpecialValueText(tr("No limit"));
    m_rateLimit->setSuffix(tr(" per minute"));
    m_rateLimit->setAccessibleName(tr("Rate limit"));
    auto *saveServer = new QPushButton(tr("Save &server settings"), this);
    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("Add&ress:"), m_bind);
    serverForm->addRow(tr("Rate &limit:"), m_rateLimit);
    auto *serverNote
        = new QLabel(tr("The port and address apply the next time PingPanda starts; the "
                        "rate limit at once."),
            this);
    serverNote->setWordWrap(true);
    serverForm->addRow(serverNote);
    serverForm->addRow(m_serverProblem);
    serverForm->addRow(saveServer);

    connect(saveServer, &QPushButton::clicked, this, [this] {
        const QHostAddress address(m_bind->text().trimmed());
        bool leave = false;
        if (!address.isNull() && !address.isLoopback()) {
            leave
                = QMessageBox::warning(this, tr("Leave this computer?"),
                      tr("On %1, other computers that can reach this one can send events (with the "
                         "API key). Listen there?")
                          .arg(address.toString()),
                      QMessageBox::Yes | QMessageBox::No)
                == QMessageBox::Yes;
        }
        (void)this->saveServer(leave);
    });
    tabOrder << m_port << m_bind << m_rateLimit << saveServer;
    return server;
}

QGroupBox *SettingsPage::desktopSection(QList<QWidget *> &tabOrder)
{
    m_startMinimised->setToolTip(
        tr("The window stays closed at start; open it from the PingPanda icon in the tray."));
    m_notifyEachEvent->setToolTip(
        tr("Events arriving in quick succession are summed up in one notification."));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("Follow the system"), int(DesktopPreferences::Appearance::System));
    m_appearance->addItem(tr("Light"), int(DesktopPreferences::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(DesktopPreferences::Appearance::Dark));
    auto *appearanceLabel = new QLabel(tr("A&ppearance:"), this);
    appearanceLabel->setBuddy(m_appearance);
    auto *appearanceRow = new QHBoxLayout;
    appearanceRow->addWidget(appearanceLabel);
    appearanceRow->addWidget(m_appearance);
    appearanceRow->addStretch();
    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopLayout = new QVBoxLayout(desktop);
    desktopLayout->addWidget(m_startAtLogin);
    desktopLayout->addWidget(m_startMinimised);
    desktopLayout->addWidget(m_notifyEachEvent);
    desktopLayout->addLayout(appearanceRow);
    desktopLayout->addWidget(m_desktopProblem);

    connect(
        m_startAtLogin, &QCheckBox::toggled, this, [this](bool on) { (void)setStartAtLogin(on); });
    connect(m_startMinimised, &QCheckBox::toggled, this, [this](bool on) {
        applyDesktopChange(DesktopPreferences(m_instance.database()).setStartMinimised(on));
    });
    connect(m_notifyEachEvent, &QCheckBox::toggled, this, [this](bool on) {
        applyDesktopChange(DesktopPreferences(m_instance.database()).setNotifyEachEvent(on));
    });
    connect(m_appearance, &QComboBox::activated, this, [this] {
        const auto chosen = DesktopPreferences::Appearance(m_appearance->currentData().toInt());
        const Status s = DesktopPreferences(m_instance.database()).setAppearance(chosen);
        applyDesktopChange(s);
        if (s)
            Appearance::apply(chosen);
    });
    tabOrder << m_startAtLogin << m_startMinimised << m_notifyEachEvent << m_appearance;
    return desktop;
}

Status SettingsPage::setStartAtLogin(bool on)
{
    Autostart autostart(m_autostartFolder);
    // The same profile at login: its folder is passed explicitly. An AppImage is started
    // through its file, not the temporary mount it runs from.
    QString program = qEnvironmentVariable("APPIMAGE");
    if (program.isEmpty())
        program = QCoreApplication::applicationFilePath();
    const Status s = on ? autostart.enable(program, {u"--data-dir"_s, m_instance.dataDir()})
                        : autostart.disable();
    showProblem(m_desktopProblem, s);
    if (!s) {
        const QSignalBlocker blocker(m_startAtLogin);
        m_startAtLogin->setChecked(autostart.isEnabled());
    }
    return s;
}

void SettingsPage::setAutostartFolder(const QString &folder)
{
    m_autostartFolder = folder;
    loadDesktop();
}

void SettingsPage::applyDesktopChange(const Status &s)
{
    showProblem(m_desktopProblem, s);
    if (s)
        m_instance.profileEdited();
    else
        loadDesktop();
}

void SettingsPage::load()
{
    Settings settings(m_instance.database());
    m_port->setValue(settings.serverPort());
    m_bind->setText(settings.serverBind().toString());
    m_rateLimit->setValue(settings.rateLimitPerMinute());
    const Result<QString> key = Profile(m_instance.database()).apiKey();
    m_key = key ? key.value() : QString();
    showApiKey(m_showKey->isChecked());
    loadDesktop();
}

void SettingsPage::loadDesktop()
{
    const DesktopPreferences preferences(m_instance.database());
    const QSignalBlocker b1(m_startAtLogin), b2(m_startMinimised), b3(m_notifyEachEvent);
    m_startAtLogin->setChecked(Autostart(m_autostartFolder).isEnabled());
    m_startMinimised->setChecked(preferences.startMinimised());
    m_notifyEachEvent->setChecked(preferences.notifyEachEvent());
    m_appearance->setCurrentIndex(m_appearance->findData(int(preferences.appearance())));
}

void SettingsPage::showApiKey(bool visible)
{
    m_apiKey->setText(visible ? m_key : m_key.left(3) + QString(12, QChar(0x2022)));
    m_showKey->setText(visible ? tr("&Hide") : tr("&Show"));
}

void SettingsPage::reload()
{
    m_discord->reload();
    load();
}

Status SettingsPage::regenerateApiKey(bool confirmed)
{
    if (!confirmed)
        return Error::invalidState(tr("The API key was kept."));
    Result<QString> key = Profile(m_instance.database()).regenerateApiKey();
    if (!key)
        return key.error();
    m_instance.profileEdited();
    m_key = key.value();
    showApiKey(m_showKey->isChecked());
    return {};
}

Status SettingsPage::saveServer(bool confirmedLeavingLoopback)
{
    Settings settings(m_instance.database());
    const QHostAddress address(m_bind->text().trimmed());
    Status result;
    if (!address.isNull() && !address.isLoopback() && !confirmedLeavingLoopback)
        result = Error::invalidState(
            tr("The address was kept: it would let other computers send events."));
    if (result)
        result = settings.set(Settings::Key::ServerBind, m_bind->text());
    if (result)
        result = settings.set(Settings::Key::ServerPort, QString::number(m_port->value()));
    if (result)
        result = settings.set(
            Settings::Key::RateLimitPerMinute, QString::number(m_rateLimit->value()));
    showProblem(m_serverProblem, result);
    if (result)
        m_instance.profileEdited();
    return result;
}

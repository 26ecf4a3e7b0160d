#include "runtime/instance.h"

#include "config/liveprofile.h"
#include "config/profile.h"
#include "config/settings.h"
#include "discord/deliveries.h"
#include "platform/secretstore.h"
#include "runtime/apithread.h"
#include "runtime/profilenotifier.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcDelivery)

using namespace Qt::StringLiterals;

Instance::Instance() = default;

Instance::~Instance()
{
    // The API goes first: no new event may reach a delivery queue that is being destroyed.
    m_api.reset();
    m_watcher.reset();
    m_delivery.reset();
    m_notifier.reset();
    if (m_db) {
        if (Status s = Profile(*m_db).setRunningUrl(QString()); !s)
            qWarning("Could not clear the running server's address: %ls",
                qUtf16Printable(s.error().message));
    }
}

Result<std::unique_ptr<Instance>> Instance::start(const Options &options)
{
    std::unique_ptr<Instance> service(new Instance);
    Result<std::unique_ptr<Database>> db = Database::open(options.dataDir);
    if (!db)
        return db.error();
    service->m_db = std::move(db).value();
    service->m_dataDir = options.dataDir;

    Settings settings(*service->m_db);
    const QHostAddress address
        = options.bind.isEmpty() ? settings.serverBind() : QHostAddress(options.bind);
    if (address.isNull())
        return Error::invalidInput(
            tr("\"%1\" is not an IP address to listen on.").arg(options.bind));
    const quint16 port = options.port >= 0 ? quint16(options.port) : settings.serverPort();

    service->m_profile = std::make_unique<LiveProfile>(*service->m_db);
    if (Status s = service->m_profile->reload(); !s)
        return s.error();
    service->m_appliedProfileLoad = service->m_profile->loadCount();
    Result<QString> profileId = Profile(*service->m_db).profileId();
    if (!profileId)
        return profileId.error();
    service->m_secrets = std::make_unique<SecretStore>(profileId.value());
    service->m_notifier = std::make_unique<ProfileNotifier>();
    service->m_delivery = std::make_unique<Deliveries>(*service->m_db, *service->m_profile);
    ProfileNotifier *notifier = service->m_notifier.get();
    QObject::connect(service->m_delivery.get(), &Deliveries::delivered, notifier,
        &ProfileNotifier::noteEventsChanged);
    QObject::connect(service->m_delivery.get(), &Deliveries::failed, notifier,
        &ProfileNotifier::noteEventsChanged);

    ApiThread::Options api;
    api.dataDir = options.dataDir;
    api.address = address;
    api.port = port;
    api.limits = options.limits;
    api.onStored = [queue = service->m_delivery.get(), notifier](const QList<Event> &events) {
        queue->wake();
        for (const Event &event : events)
            notifier->noteEventReceived(event);
    };
    Result<std::unique_ptr<ApiThread>> started = ApiThread::start(api);
    if (!started)
        return started.error();
    service->m_api = std::move(started).value();
    // Read before the API answers: whether it may accept events depends on the token.
    service->readToken(true);
    service->noteMissingDestination();
    service->m_api->serve();
    if (Status s = Profile(*service->m_db).setRunningUrl(service->url()); !s)
        return s.error();

    // Another process changed the database (the CLI): look again within 100 ms, so that a
    // burst of writes costs one look. Until then nothing is watched: every write to the log,
    // this process's own too, is a notification, and under load the writer thread's alone were
    // a dozen per commit, each waking this thread for nothing.
    // The look starts watching again before it reads, so no change goes unseen.
    Instance *self = service.get();
    service->m_debounce = std::make_unique<QTimer>();
    service->m_debounce->setSingleShot(true);
    service->m_debounce->setInterval(100);
    QObject::connect(
        service->m_debounce.get(), &QTimer::timeout, [self] { self->onDatabaseChanged(); });
    const QString file = service->m_db->filePath();
    service->m_watcher = std::make_unique<QFileSystemWatcher>(QStringList {file, file + u"-wal"_s});
    QObject::connect(service->m_watcher.get(), &QFileSystemWatcher::fileChanged,
        service->m_debounce.get(), [self] {
            if (const QStringList watched = self->m_watcher->files(); !watched.isEmpty())
                self->m_watcher->removePaths(watched);
            if (!self->m_debounce->isActive())
                self->m_debounce->start();
        });
    return service;
}

bool Instance::tokenWanted() const
{
    return !m_profile->discordUserId().isEmpty()
        || qEnvironmentVariableIsSet(SecretStore::EnvironmentVariable);
}

void Instance::applyProfileChange()
{
    if (!m_tokenRead && tokenWanted())
        readToken(false);
    else
        updateDestination();
}

void Instance::readToken(bool atStart)
{
    const auto apply = [this](const SecretStore::Reading &reading) {
        m_token = reading.token;
        m_tokenProblem = reading.token.isEmpty() ? reading.message : QString();
        m_tokenGeneration = m_profile->tokenGeneration();
        m_profile->setTokenAvailable(!m_token.isEmpty());
        m_api->setTokenAvailable(!m_token.isEmpty());
        if (reading.state == SecretStore::State::FromEnvironment
            || reading.state == SecretStore::State::NoBackend
            || reading.state == SecretStore::State::Failed) {
            qCInfo(lcDelivery) << qPrintable(reading.message);
        }
        updateDestination();
    };
    m_tokenRead = tokenWanted();
    if (!m_tokenRead)
        return apply({});
    if (!atStart)
        return m_secrets->readToken(apply);
    // At start, wait for the keychain: the API's answers depend on whether a token exists.
    const SecretStore::Reading reading = m_secrets->readTokenNow();
    apply(reading);
    if (reading.state == SecretStore::State::FromEnvironment)
        m_notices << reading.message;
}

void Instance::noteMissingDestination()
{
    if (m_profile->hasDestination())
        return;
    m_notices << tr("Discord is not set up, so the API answers 403 and sends nothing. Set a "
                    "webhook (pingpanda config set discord.webhook-url URL), or your user ID and "
                    "a bot token (pingpanda config set discord.user-id ID; pingpanda token set).%1")
                     .arg(m_tokenProblem.isEmpty() ? QString() : u" "_s + m_tokenProblem);
}

void Instance::pruneHistory()
{
    m_api->pruneHistory();
}

void Instance::profileEdited()
{
    if (Status s = m_profile->reload(); !s)
        qCWarning(lcDelivery) << "cannot reload the profile:" << s.error().message;
    m_appliedProfileLoad = m_profile->loadCount();
    applyProfileChange();
    m_delivery->wake();
    m_notifier->noteProfileChanged();
}

void Instance::tokenEdited()
{
    readToken(false);
}

void Instance::updateDestination()
{
    m_delivery->setProfileDestination(DeliveryQueue::destinationFor(*m_profile, m_token));
    m_delivery->applyProfile();
}

void Instance::onDatabaseChanged()
{
    qCDebug(lcDelivery) << "the database changed; looking again";
    // Watched again before looking, so that a change made while we look is noticed. (Also,
    // SQLite may have replaced the files' inodes: a checkpoint truncating the log.)
    const QString file = m_db->filePath();
    for (const QString &path : QStringList {file, file + u"-wal"_s}) {
        if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
            m_watcher->addPath(path);
    }
    if (Result<bool> refreshed = m_profile->refreshIfChanged(); !refreshed) {
        qCWarning(lcDelivery) << "cannot reload the profile:" << refreshed.error().message;
        return;
    }
    // The profile may also have been reloaded by a request in the meantime: compare loads.
    if (m_profile->loadCount() != m_appliedProfileLoad) {
        m_appliedProfileLoad = m_profile->loadCount();
        if (m_profile->tokenGeneration() != m_tokenGeneration)
            readToken(false);
        else
            applyProfileChange();
        m_notifier->noteProfileChanged();
    }
    // A retried event, or events stored by another process.
    m_delivery->wake();
    m_notifier->noteEventsChanged();
}

QString Instance::url() const
{
    return m_api->url();
}

quint16 Instance::port() const
{
    return m_api->port();
}

int Instance::connectionCount() const
{
    return m_api->connectionCount();
}

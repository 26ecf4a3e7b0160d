#include "platform/secretstore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <optional>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "pingpanda.secrets", QtInfoMsg)

namespace {

// How a failed job reads for the user. QtKeychain reports a missing Secret Service or session bus
// as OtherError (e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY"), so both count as "none".
SecretStore::State stateOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::State::Stored;
    case QKeychain::EntryNotFound:
        return SecretStore::State::NotSet;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretStore::State::NoBackend;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::State::Failed;
    }
    return SecretStore::State::Failed;
}

QString explain(SecretStore::State state, const QString &detail)
{
    switch (state) {
    case SecretStore::State::NoBackend:
        return SecretStore::tr("No keychain is available (%1). Start your desktop's keyring (for "
                               "example GNOME Keyring or KWallet), or on a server set the "
                               "environment variable %2 instead.")
            .arg(detail, QString::fromLatin1(SecretStore::EnvironmentVariable));
    case SecretStore::State::Failed:
        return SecretStore::tr(
            "The keychain refused access (%1). Unlock your keyring and try again.")
            .arg(detail);
    case SecretStore::State::NotSet:
        return SecretStore::tr("No Discord bot token is stored. Add one with: pingpanda token set");
    case SecretStore::State::FromEnvironment:
        return SecretStore::tr("Reading the Discord bot token from the environment variable %1.")
            .arg(QString::fromLatin1(SecretStore::EnvironmentVariable));
    case SecretStore::State::Stored:
        return SecretStore::tr("The Discord bot token is stored in the keychain.");
    }
    return detail;
}

} // namespace

SecretStore::SecretStore(const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_key(u"discord-bot-token/"_s + profileId)
{ }

bool SecretStore::looksLikeBotToken(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3 || token.size() < 50 || token.size() > 200)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty())
            return false;
        for (QChar c : part) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
            if (!ok)
                return false;
        }
    }
    return true;
}

void SecretStore::readToken(std::function<void(const Reading &)> done, const QObject *context)
{
    const QString fromEnv = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (!fromEnv.isEmpty()) {
        done({State::FromEnvironment, fromEnv, explain(State::FromEnvironment, {})});
        return;
    }
    // No parent: a job deleted before the keychain answers would be called back after its
    // deletion. It deletes itself once finished (QKeychain::Job::autoDelete).
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName));
    job->setKey(m_key);
    job->setInsecureFallback(false);
    connect(
        job, &QKeychain::Job::finished, context ? context : this, [job, done = std::move(done)] {
            Reading r;
            r.state = stateOf(job->error());
            if (r.state == State::Stored)
                r.token = job->textData();
            else
                qCDebug(lcSecrets) << "reading the token:" << job->error() << job->errorString();
            r.message = explain(r.state, job->errorString());
            done(r);
        });
    job->start();
}

void SecretStore::writeToken(
    const QString &token, std::function<void(const Outcome &)> done, const QObject *context)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName));
    job->setKey(m_key);
    job->setInsecureFallback(false);
    job->setTextData(token);
    connect(
        job, &QKeychain::Job::finished, context ? context : this, [job, done = std::move(done)] {
            Outcome o;
            o.ok = job->error() == QKeychain::NoError;
            o.state = stateOf(job->error());
            o.message = o.ok ? SecretStore::tr("The Discord bot token is saved in the keychain.")
                             : explain(o.state, job->errorString());
            done(o);
        });
    job->start();
}

void SecretStore::clearToken(std::function<void(const Outcome &)> done, const QObject *context)
{
    // Look first, so that the answer can tell "removed" from "there was none": the Secret
    // Service reports success for deleting nothing.
    const QObject *receiver = context ? context : this;
    auto *read = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName));
    read->setKey(m_key);
    read->setInsecureFallback(false);
    connect(read, &QKeychain::Job::finished, receiver,
        [receiver, key = m_key, read, done = std::move(done)] {
            if (read->error() != QKeychain::NoError) {
                Outcome o;
                o.state = stateOf(read->error());
                o.ok = read->error() == QKeychain::EntryNotFound;
                o.message = o.ok ? SecretStore::tr("No Discord bot token was stored.")
                                 : explain(o.state, read->errorString());
                done(o);
                return;
            }
            auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName));
            job->setKey(key);
            job->setInsecureFallback(false);
            connect(job, &QKeychain::Job::finished, receiver, [job, done] {
                Outcome o;
                o.state
                    = job->error() == QKeychain::NoError ? State::NotSet : stateOf(job->error());
                o.ok = job->error() == QKeychain::NoError
                    || job->error() == QKeychain::EntryNotFound;
                o.message = o.ok
                    ? SecretStore::tr("The Discord bot token is removed from the keychain.")
                    : explain(o.state, job->errorString());
                done(o);
            });
            job->start();
        });
    read->start();
}

namespace {

// Runs an asynchronous call to completion in a local event loop.
template<typename T, typename Start>
T runNow(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](const T &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

SecretStore::Reading SecretStore::readTokenNow()
{
    return runNow<Reading>([this](auto done) { readToken(done); });
}

SecretStore::Outcome SecretStore::writeTokenNow(const QString &token)
{
    return runNow<Outcome>([this, &token](auto done) { writeToken(token, done); });
}

SecretStore::Outcome SecretStore::clearTokenNow()
{
    return runNow<Outcome>([this](auto done) { clearToken(done); });
}

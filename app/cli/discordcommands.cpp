#include "cli/cli.h"

#include "config/liveprofile.h"
#include "config/profile.h"
#include "discord/discordcheck.h"
#include "discord/discordclient.h"
#include "platform/secretstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QEventLoop>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Reads one line from the terminal without showing it, or from a pipe as it comes.
QString readSecretLine(QTextStream &in, QTextStream &err, const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        err << prompt << Qt::flush;
        termios saved {};
        const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        const QString line = in.readLine();
        if (canHide)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
        return line;
    }
#else
    Q_UNUSED(err);
    Q_UNUSED(prompt);
#endif
    return in.readLine();
}

} // namespace

bool Cli::announceTokenChange()
{
    // A running instance cannot watch the keychain; a new generation in the profile tells it to
    // read the token again.
    const QString generation = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    if (Status s
        = Profile(*m_db).setValue(QString::fromLatin1(LiveProfile::TokenGenerationKey), generation);
        !s) {
        failure(s.error().message);
        return false;
    }
    return true;
}

int Cli::tokenSet()
{
    // The token comes from standard input only: on the command line it would be visible to
    // every user in the process list and kept in the shell's history.
    const QString token
        = readSecretLine(m_in, m_err, tr("Paste your Discord bot token, then press Enter: "))
              .trimmed();
    if (token.isEmpty())
        return failure(tr("No token was given. Pipe it in or paste it: pingpanda token set"));
    if (!SecretStore::looksLikeBotToken(token)) {
        return failure(
            tr("That does not look like a Discord bot token (three parts separated by dots). "
               "Copy it from the Discord Developer Portal: your application > Bot > Reset Token."));
    }
    if (!openDatabase())
        return Failure;
    Result<QString> profileId = Profile(*m_db).profileId();
    if (!profileId)
        return failure(profileId.error().message);
    SecretStore store(profileId.value());
    const SecretStore::Outcome outcome = store.writeTokenNow(token);
    if (!outcome.ok)
        return failure(outcome.message);
    if (!announceTokenChange())
        return Failure;
    m_out << outcome.message << Qt::endl;
    if (!qEnvironmentVariableIsEmpty(SecretStore::EnvironmentVariable)) {
        m_err << tr("Note: %1 is set in this environment and is used instead of the keychain while "
                    "it is.")
                     .arg(QString::fromLatin1(SecretStore::EnvironmentVariable))
              << Qt::endl;
    }
    return Success;
}

int Cli::tokenClear()
{
    if (!openDatabase())
        return Failure;
    Result<QString> profileId = Profile(*m_db).profileId();
    if (!profileId)
        return failure(profileId.error().message);
    SecretStore store(profileId.value());
    const SecretStore::Outcome outcome = store.clearTokenNow();
    if (!outcome.ok)
        return failure(outcome.message);
    if (!announceTokenChange())
        return Failure;
    m_out << outcome.message << Qt::endl;
    return Success;
}

int Cli::check()
{
    if (!openDatabase())
        return Failure;
    LiveProfile profile(*m_db);
    if (Status s = profile.reload(); !s)
        return failure(s.error().message);
    Result<QString> profileId = Profile(*m_db).profileId();
    if (!profileId)
        return failure(profileId.error().message);
    SecretStore::Reading token;
    if (profile.discordWebhookUrl().isEmpty() && !profile.discordUserId().isEmpty()) {
        token = SecretStore(profileId.value()).readTokenNow();
        if (token.state == SecretStore::State::FromEnvironment)
            m_err << token.message << Qt::endl;
    }
    const DiscordCheck::Report report = DiscordCheck::run(profile, token);
    for (const DiscordCheck::Finding &f : report.findings) {
        m_out << (f.ok ? u"✓ "_s : u"✗ "_s) << f.text;
        if (!f.command.isEmpty())
            m_out << ' ' << tr("Fix it with: %1").arg(f.command);
        m_out << Qt::endl;
    }
    return report.ok() ? Success : Failure;
}

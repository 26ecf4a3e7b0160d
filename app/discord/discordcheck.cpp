#include "discord/discordcheck.h"

#include "config/liveprofile.h"
#include "discord/discordclient.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {

// Runs one DiscordClient call to completion.
DiscordReply callNow(const std::function<void(DiscordClient::Callback)> &call)
{
    DiscordReply result;
    bool done = false;
    QEventLoop loop;
    call([&](const DiscordReply &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

QString problemWith(const DiscordReply &reply)
{
    if (reply.httpStatus == 0) {
        return DiscordCheck::tr("Discord could not be reached (%1). Check the internet connection.")
            .arg(reply.networkError);
    }
    return reply.message.isEmpty() ? u"HTTP %1"_s.arg(reply.httpStatus)
                                   : u"HTTP %1: %2"_s.arg(reply.httpStatus).arg(reply.message);
}

} // namespace

bool DiscordCheck::Report::ok() const
{
    if (findings.isEmpty())
        return false;
    for (const Finding &f : findings) {
        if (!f.ok)
            return false;
    }
    return true;
}

DiscordCheck::Finding DiscordCheck::webhookFinding(const DiscordReply &reply)
{
    if (reply.ok()) {
        const JsonValue *name = reply.body.find(u"name");
        return {true,
            tr("The webhook works: events are posted by \"%1\" (nothing was sent now).")
                .arg(name ? name->toString() : QString()),
            {}};
    }
    if (reply.httpStatus == 404 || reply.httpStatus == 401) {
        return {false,
            tr("The webhook no longer exists. Create a new one in the channel's settings "
               "(Integrations > Webhooks) and set its address."),
            u"pingpanda config set discord.webhook-url URL"_s};
    }
    return {false, tr("The webhook could not be checked: %1").arg(problemWith(reply)), {}};
}

DiscordCheck::Finding DiscordCheck::tokenFinding(const DiscordReply &reply)
{
    if (reply.httpStatus == 401) {
        return {false,
            tr("Discord refused the bot token. Copy the current one from the Discord Developer "
               "Portal (your application > Bot > Reset Token) and save it again."),
            u"pingpanda token set"_s};
    }
    if (!reply.ok())
        return {false, tr("The bot token could not be checked: %1").arg(problemWith(reply)), {}};
    const JsonValue *username = reply.body.find(u"username");
    return {true,
        tr("The bot token works (the bot is \"%1\").")
            .arg(username ? username->toString() : QString()),
        {}};
}

DiscordCheck::Finding DiscordCheck::directMessageFinding(
    const DiscordReply &reply, const QString &userId)
{
    if (reply.ok()) {
        return {true,
            tr("The bot can open a direct message with user %1 (nothing was sent). If events fail "
               "with \"may not send you direct messages\", share a server with the bot and allow "
               "direct messages from its members.")
                .arg(userId),
            {}};
    }
    if (reply.code == 50033 || reply.code == 10013 || reply.httpStatus == 400
        || reply.httpStatus == 404) {
        return {false,
            tr("Discord has no user with the ID %1 that the bot can reach. In Discord, turn on "
               "Developer Mode, right-click your name and choose Copy User ID.")
                .arg(userId),
            u"pingpanda config set discord.user-id ID"_s};
    }
    return {false, tr("The direct message could not be checked: %1").arg(problemWith(reply)), {}};
}

DiscordCheck::Report DiscordCheck::run(
    const LiveProfile &profile, const SecretStore::Reading &token)
{
    Report report;
    const auto add = [&](const Finding &finding) {
        report.findings.append(finding);
        return finding.ok;
    };

    DiscordClient client;
    client.setApiBase(profile.discordApiBase());
    if (!profile.discordWebhookUrl().isEmpty()) {
        const QUrl webhook(profile.discordWebhookUrl());
        add(webhookFinding(callNow([&](auto done) { client.getWebhook(webhook, done); })));
        return report;
    }

    if (profile.discordUserId().isEmpty()) {
        add({false,
            tr("Discord is not set up. Set a webhook address, or your Discord user ID and a bot "
               "token."),
            u"pingpanda config set discord.webhook-url URL; or pingpanda config set "
            u"discord.user-id ID "
            "and pingpanda token set"_s});
        return report;
    }
    if (token.token.isEmpty()) {
        add({false, token.message, {}});
        return report;
    }

    client.setToken(token.token);
    if (!add(tokenFinding(callNow([&](auto done) { client.currentUser(done); }))))
        return report;
    const QString userId = profile.discordUserId();
    add(directMessageFinding(
        callNow([&](auto done) { client.createDmChannel(userId, done); }), userId));
    return report;
}

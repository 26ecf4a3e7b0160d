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

DiscordCheck::Report DiscordCheck::run(
    const LiveProfile &profile, const SecretStore::Reading &token)
{
    Report report;
    const auto good = [&](const QString &text) { report.findings.append({true, text, {}}); };
    const auto bad = [&](const QString &text, const QString &command = {}) {
        report.findings.append({false, text, command});
        return report;
    };

    DiscordClient client;
    client.setApiBase(profile.discordApiBase());
    if (!profile.discordWebhookUrl().isEmpty()) {
        const QUrl webhook(profile.discordWebhookUrl());
        const DiscordReply reply = callNow([&](auto done) { client.getWebhook(webhook, done); });
        if (reply.ok()) {
            const JsonValue *name = reply.body.find(u"name");
            good(tr("The webhook works: events are posted by \"%1\" (nothing was sent now).")
                     .arg(name ? name->toString() : QString()));
            return report;
        }
        if (reply.httpStatus == 404 || reply.httpStatus == 401) {
            return bad(
                tr("The webhook no longer exists. Create a new one in the channel's settings "
                   "(Integrations > Webhooks) and set its address."),
                u"pingpanda config set discord.webhook-url URL"_s);
        }
        return bad(tr("The webhook could not be checked: %1").arg(problemWith(reply)));
    }

    if (profile.discordUserId().isEmpty()) {
        return bad(tr("Discord is not set up. Set a webhook address, or your Discord user ID and a "
                      "bot token."),
            u"pingpanda config set discord.webhook-url URL; or pingpanda config set "
            u"discord.user-id ID "
            "and pingpanda token set"_s);
    }
    if (token.token.isEmpty())
        return bad(token.message);

    client.setToken(token.token);
    const DiscordReply me = callNow([&](auto done) { client.currentUser(done); });
    if (me.httpStatus == 401) {
        return bad(
            tr("Discord refused the bot token. Copy the current one from the Discord Developer "
               "Portal (your application > Bot > Reset Token) and save it again."),
            u"pingpanda token set"_s);
    }
    if (!me.ok())
        return bad(tr("The bot token could not be checked: %1").arg(problemWith(me)));
    const JsonValue *username = me.body.find(u"username");
    good(tr("The bot token works (the bot is \"%1\").")
             .arg(username ? username->toString() : QString()));

    const DiscordReply channel
        = callNow([&](auto done) { client.createDmChannel(profile.discordUserId(), done); });
    if (!channel.ok()) {
        if (channel.code == 50033 || channel.code == 10013 || channel.httpStatus == 400
            || channel.httpStatus == 404) {
            return bad(
                tr("Discord has no user with the ID %1 that the bot can reach. In Discord, turn "
                   "on Developer Mode, right-click your name and choose Copy User ID.")
                    .arg(profile.discordUserId()),
                u"pingpanda config set discord.user-id ID"_s);
        }
        return bad(tr("The direct message could not be checked: %1").arg(problemWith(channel)));
    }
    good(
        tr("The bot can open a direct message with user %1 (nothing was sent). If events fail with "
           "\"may not send you direct messages\", share a server with the bot and allow direct "
           "messages from its members.")
            .arg(profile.discordUserId()));
    return report;
}

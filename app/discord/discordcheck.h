#pragma once

#include "platform/secretstore.h"

#include <QCoreApplication>
#include <QList>

class LiveProfile;
struct DiscordReply;

// Verifies the Discord setup without sending anything: the webhook exists, or the bot token is
// accepted (GET /users/@me) and a DM channel with the user can be opened. Each finding says what
// works or what to fix, in plain words; `command` adds the CLI command that fixes it, which the
// command line shows and the window (which has its own fields for it) leaves out.
class DiscordCheck
{
    Q_DECLARE_TR_FUNCTIONS(DiscordCheck)

public:
    struct Finding
    {
        bool ok = false;
        QString text;
        QString command; // e.g. "pingpanda token set"; empty when none applies
    };
    struct Report
    {
        QList<Finding> findings;
        bool ok() const;
    };

    // Runs to completion in a local event loop (a few seconds at most: the client's timeout).
    static Report run(const LiveProfile &profile, const SecretStore::Reading &token);

    // What one of Discord's answers means, in the words `run` uses, for a caller that makes the
    // requests itself (the setup assistant checks each field as it is filled, without waiting).
    // GET the webhook's address:
    static Finding webhookFinding(const DiscordReply &reply);
    // GET /users/@me with the bot token:
    static Finding tokenFinding(const DiscordReply &reply);
    // POST /users/@me/channels for the user:
    static Finding directMessageFinding(const DiscordReply &reply, const QString &userId);
};

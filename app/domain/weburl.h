#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QUrl>

// The web addresses a profile may hold (Discord's API base, a webhook): checked once, where they
// are set, so that what is stored is always usable and nothing leaves the machine unencrypted.
class WebUrl
{
    Q_DECLARE_TR_FUNCTIONS(WebUrl)

public:
    // An http(s) address with a host; plain http only to this machine.
    static Result<QUrl> parse(const QString &text);
    // A Discord webhook address (.../webhooks/<id>/<token>), without query or fragment.
    static Result<QString> normalizeDiscordWebhook(const QString &text);
};

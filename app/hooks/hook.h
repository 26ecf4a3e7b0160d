#pragma once

// Subsystem hooks (app/hooks/): other programs' own webhooks (GitHub, Grafana, Uptime Kuma, or
// any JSON) received at /api/v1/hooks/<name> and turned into events. A Hook is the user's
// setting for one sender; HookReader reads a sender's payload into what a person reads at a
// glance, within Discord's limits. Values only: storage and HTTP are storage/'s and
// httpserver/'s. Uses json/ and domain/.

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How a hook reads what it receives.
enum class HookPreset {
    Generic, // {"description", "fields"} or any JSON object
    GitHub, // push, workflow_run, issues, pull_request, release, ping (signed)
    Grafana, // Grafana alerting's webhook contact point
    UptimeKuma, // Uptime Kuma's webhook notification
};

// One sender's hook: its name in the URL, the category its events get, how it reads the
// payload, and its key (only the key's SHA-256 is kept). The last payload received and what it
// became are kept for the person setting the sender up.
struct Hook
{
    Q_DECLARE_TR_FUNCTIONS(Hook)

public:
    QString name;
    QString category;
    HookPreset preset = HookPreset::Generic;
    QByteArray keyHash;
    QDateTime createdAt;
    QDateTime lastReceivedAt; // invalid: nothing received yet
    QByteArray lastPayload;
    QString lastOutcome; // the event's description, or why the payload was refused

    static QString presetName(HookPreset preset);
    static std::optional<HookPreset> presetFromName(QStringView name);
    static QStringList presetNames();
    // A new key: "pph_" and 512 bits, URL-safe. Longer than SHA-256's 64-byte block on purpose:
    // HMAC hashes such a key before use (RFC 2104), so the stored hash verifies GitHub's
    // signatures made with the key itself, and the key is never kept.
    static QString generateKey();
    // 1 to 50 letters, digits, '.', '-' or '_': it goes in a URL.
    static Status validateName(const QString &name);
};

#pragma once

#include "hooks/hook.h"
#include "json/jsonvalue.h"

#include <initializer_list>

// What a hook's payload became: the event's description and fields.
struct HookEvent
{
    QString description;
    JsonValue fields = JsonValue::object();
    bool ignored = false; // nothing to store (GitHub's ping when a webhook is made)
};

// Reads senders' payloads. Each preset turns its sender's documented payload into a first line
// a person reads at a glance (who did what, where; what is firing; which monitor is down), the
// details below it, and a few fields. A payload the preset cannot read is an InvalidInput error
// naming what is missing; one that is merely long is cut to fit, never refused.
//
// The words are English, like the API's: the same hook must post the same message whatever
// the desktop's language.
namespace HookReader {

// githubEvent: the X-GitHub-Event header (the github preset only).
Result<HookEvent> read(HookPreset preset, const JsonValue &payload, const QString &githubEvent);

// Cuts an event to Discord's limits: description 4,096 characters, 25 fields, names 256,
// values 1,024, and description and fields together at most `budget` (what a message's 6,000
// leaves after the title). Cut text ends with "…".
void fit(HookEvent &event, qsizetype budget);

// Presets, one file each.
Result<HookEvent> readGeneric(const JsonValue &payload);
Result<HookEvent> readGitHub(const JsonValue &payload, const QString &event);
Result<HookEvent> readGrafana(const JsonValue &payload);
Result<HookEvent> readUptimeKuma(const JsonValue &payload);

// Shared by the presets.
// The member at a path of object keys, or null.
const JsonValue *at(const JsonValue &value, std::initializer_list<QStringView> path);
// Its text: a string as it is, a number or boolean as JavaScript writes it; empty otherwise.
QString text(const JsonValue &value, std::initializer_list<QStringView> path);
// Adds a field unless its value is empty.
void addField(JsonValue &fields, const QString &name, const QString &value);
void addField(JsonValue &fields, const QString &name, double value);
// The text cut to `maxChars`, ending with "…" when cut.
QString cut(const QString &text, qsizetype maxChars);
// The first line of a longer text (a commit message's title), cut to `maxChars`.
QString firstLine(const QString &text, qsizetype maxChars = 200);

} // namespace HookReader

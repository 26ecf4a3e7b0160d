// libFuzzer target: the hook presets (HookReader), which read other programs' payloads. The
// first byte picks the preset and, for GitHub, the event; the rest is the body. Whatever it is,
// a preset answers an event or an error, and an event fitted to Discord keeps every limit.

#include "hooks/hookreader.h"
#include "json/jsonparser.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const HookPreset presets[]
        = {HookPreset::Generic, HookPreset::GitHub, HookPreset::Grafana, HookPreset::UptimeKuma};
    static const QString events[] = {u"push"_s, u"workflow_run"_s, u"issues"_s, u"pull_request"_s,
        u"release"_s, u"ping"_s, u"star"_s, QString()};
    const HookPreset preset = presets[data[0] % 4];
    const QString &event = events[(data[0] / 4) % 8];
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Result<JsonValue> payload = JsonParser::parse(body);
    if (!payload || !payload->isObject())
        return 0;
    Result<HookEvent> read = HookReader::read(preset, payload.value(), event);
    if (!read) {
        if (read.error().message.isEmpty())
            std::abort(); // a refusal must say what is missing
        return 0;
    }
    HookEvent fitted = std::move(read).value();
    constexpr qsizetype Budget = 5900;
    HookReader::fit(fitted, Budget);
    qsizetype total = fitted.description.size();
    if (fitted.description.size() > 4096 || fitted.fields.members().size() > 25)
        std::abort();
    for (const auto &[name, value] : fitted.fields.members()) {
        const QString shown = value.toDisplayString();
        if (!value.isScalar() || name.size() > 256 || shown.isEmpty() || shown.size() > 1024)
            std::abort();
        total += name.size() + shown.size();
    }
    if (total > Budget)
        std::abort();
    return 0;
}

#include "hooks/hookreader.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxDescription = 4096;
constexpr qsizetype MaxFields = 25;
constexpr qsizetype MaxFieldName = 256;
constexpr qsizetype MaxFieldValue = 1024;
// Never cut a description below this to make room for fields: fields go first.
constexpr qsizetype MinDescription = 200;

qsizetype fieldsLength(const JsonValue &fields)
{
    qsizetype length = 0;
    for (const auto &[name, value] : fields.members())
        length += name.size() + value.toDisplayString().size();
    return length;
}

} // namespace

namespace HookReader {

Result<HookEvent> read(HookPreset preset, const JsonValue &payload, const QString &githubEvent)
{
    switch (preset) {
    case HookPreset::Generic:
        return readGeneric(payload);
    case HookPreset::GitHub:
        return readGitHub(payload, githubEvent);
    case HookPreset::Grafana:
        return readGrafana(payload);
    case HookPreset::UptimeKuma:
        return readUptimeKuma(payload);
    }
    Q_UNREACHABLE();
}

void fit(HookEvent &event, qsizetype budget)
{
    event.description = cut(event.description, MaxDescription);
    JsonValue fields = JsonValue::object();
    for (const auto &[name, value] : event.fields.members()) {
        if (fields.members().size() == size_t(MaxFields))
            break;
        const QString shown = value.toDisplayString();
        if (shown.isEmpty())
            continue; // Discord refuses an empty field
        fields.insert(cut(name, MaxFieldName),
            value.isString() || shown.size() > MaxFieldValue
                ? JsonValue::string(cut(shown, MaxFieldValue))
                : value);
    }
    // Over the message's limit: the description gives way first, down to a readable length,
    // then the last fields go.
    const qsizetype over = event.description.size() + fieldsLength(fields) - budget;
    if (over > 0) {
        const qsizetype kept = qMax(MinDescription, event.description.size() - over);
        event.description = cut(event.description, kept);
    }
    while (!fields.members().empty() && event.description.size() + fieldsLength(fields) > budget) {
        JsonValue fewer = JsonValue::object();
        const auto &members = fields.members();
        for (size_t i = 0; i + 1 < members.size(); ++i)
            fewer.insert(members[i].first, members[i].second);
        fields = std::move(fewer);
    }
    event.fields = std::move(fields);
}

const JsonValue *at(const JsonValue &value, std::initializer_list<QStringView> path)
{
    const JsonValue *current = &value;
    for (QStringView key : path) {
        if (!current->isObject())
            return nullptr;
        current = current->find(key);
        if (!current)
            return nullptr;
    }
    return current;
}

QString text(const JsonValue &value, std::initializer_list<QStringView> path)
{
    const JsonValue *found = at(value, path);
    if (!found || !(found->isString() || found->isNumber() || found->isBool()))
        return {};
    return found->toDisplayString();
}

void addField(JsonValue &fields, const QString &name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        fields.insert(name, JsonValue::string(value));
}

void addField(JsonValue &fields, const QString &name, double value)
{
    fields.insert(name, JsonValue::number(value));
}

QString cut(const QString &text, qsizetype maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + u"…"_s;
}

QString firstLine(const QString &text, qsizetype maxChars)
{
    const qsizetype end = text.indexOf(u'\n');
    return cut((end < 0 ? text : text.left(end)).trimmed(), maxChars);
}

} // namespace HookReader

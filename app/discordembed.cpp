#include "discordembed.h"

using namespace Qt::StringLiterals;

DiscordEmbed DiscordEmbed::build(const Event &event, const Category *category)
{
    Category fallback;
    if (!category) {
        fallback.name = event.category;
        category = &fallback;
    }
    // JavaScript's `description || default`: an empty description gets the default too.
    const QString description = event.description.isEmpty()
        ? u"A new %1 event has occurred!"_s.arg(category->name)
        : event.description;
    const QString title = category->title();

    DiscordEmbed embed;
    embed.length = title.size() + description.size();
    JsonValue fields = JsonValue::array();
    for (const auto &[name, value] : event.fields.members()) {
        const QString shown = value.toDisplayString();
        embed.length += name.size() + shown.size();
        JsonValue field = JsonValue::object();
        field.insert(u"name"_s, JsonValue::string(name));
        field.insert(u"value"_s, JsonValue::string(shown));
        field.insert(u"inline"_s, JsonValue::boolean(true));
        fields.append(std::move(field));
    }

    embed.json = JsonValue::object();
    embed.json.insert(u"title"_s, JsonValue::string(title));
    embed.json.insert(u"description"_s, JsonValue::string(description));
    embed.json.insert(u"color"_s, JsonValue::number(category->color));
    embed.json.insert(u"timestamp"_s, JsonValue::string(Event::isoTime(event.createdAt)));
    embed.json.insert(u"fields"_s, std::move(fields));
    return embed;
}

int DiscordEmbed::batchSize(const QList<qsizetype> &lengths)
{
    int count = 0;
    qsizetype total = 0;
    for (qsizetype length : lengths) {
        if (count == MaxEmbedsPerMessage || (count > 0 && total + length > MaxCharactersPerMessage))
            break;
        total += length;
        ++count;
    }
    return qMax(count, lengths.isEmpty() ? 0 : 1);
}

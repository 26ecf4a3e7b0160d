#include "discord/discordembed.h"

using namespace Qt::StringLiterals;

namespace {

// A removed category is shown with the defaults under the event's category name.
Category shownCategory(const QString &categoryName, const Category *category)
{
    if (category)
        return *category;
    Category fallback;
    fallback.name = categoryName;
    return fallback;
}

// JavaScript's `description || default`: an empty description gets the default too.
QString shownDescription(const QString &description, const Category &category)
{
    return description.isEmpty() ? u"A new %1 event has occurred!"_s.arg(category.name)
                                 : description;
}

} // namespace

qsizetype DiscordEmbed::lengthFor(const QString &categoryName, const QString &description,
    const JsonValue &fields, const Category *category)
{
    const Category shown = shownCategory(categoryName, category);
    qsizetype length = shown.title().size() + shownDescription(description, shown).size();
    for (const auto &[name, value] : fields.members())
        length += name.size() + value.toDisplayString().size();
    return length;
}

QString DiscordEmbed::titleFor(const QString &categoryName, const Category *category)
{
    return shownCategory(categoryName, category).title();
}

DiscordEmbed DiscordEmbed::build(const Event &event, const Category *known)
{
    const Category shown = shownCategory(event.category, known);
    const Category *category = &shown;
    const QString description = shownDescription(event.description, shown);
    const QString title = category->title();

    DiscordEmbed embed;
    embed.length = lengthFor(event.category, event.description, event.fields, known);
    JsonValue fields = JsonValue::array();
    for (const auto &[name, value] : event.fields.members()) {
        const QString text = value.toDisplayString();
        JsonValue field = JsonValue::object();
        field.insert(u"name"_s, JsonValue::string(name));
        field.insert(u"value"_s, JsonValue::string(text));
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

DiscordEmbed DiscordEmbed::digest(const DigestEntry &entry, const Category *known)
{
    const Category shown = shownCategory(entry.category, known);
    QStringList lines;
    lines << tr("**%n event(s)** while sends were held.", nullptr, int(entry.count));
    for (const Event &event : entry.latest) {
        QString text = shownDescription(event.description, shown).simplified();
        if (text.size() > DigestLineLength)
            text = text.left(DigestLineLength - 1) + u"…"_s;
        lines << u"• <t:%1:t> %2"_s.arg(event.createdAt.toSecsSinceEpoch()).arg(text);
    }
    if (const qint64 more = entry.count - entry.latest.size(); more > 0)
        lines << tr("…and %n more.", nullptr, int(more));

    DiscordEmbed embed;
    const QString title = shown.title();
    const QString description = lines.join(u'\n');
    embed.length = title.size() + description.size();
    embed.json = JsonValue::object();
    embed.json.insert(u"title"_s, JsonValue::string(title));
    embed.json.insert(u"description"_s, JsonValue::string(description));
    embed.json.insert(u"color"_s, JsonValue::number(shown.color));
    if (!entry.latest.isEmpty()) {
        embed.json.insert(
            u"timestamp"_s, JsonValue::string(Event::isoTime(entry.latest.first().createdAt)));
    }
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

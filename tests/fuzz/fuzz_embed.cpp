// libFuzzer target: the Discord side. A body the API accepts becomes an embed; the length the
// API checks before answering 200 must be the length of the embed Discord will count, so that an
// accepted event never fails at Discord for being too long. Then the coalescer: how many embeds
// of the given lengths go in one message.

#include "discord/discordembed.h"
#include "domain/category.h"
#include "eventvalidator.h"
#include "json/jsonparser.h"

#include <QDateTime>

#include <cstdint>
#include <cstdlib>

namespace {

void checkEmbed(QByteArrayView body, quint8 look)
{
    const ApiResult<ValidatedEvent> validated = EventValidator::validate(body);
    if (!validated)
        return;
    Category category;
    category.name = validated->category;
    category.emoji = (look & 1) ? QString() : QStringLiteral("\U0001F4B0");
    category.color = quint32(look) * 0x010203u & 0xFFFFFF;
    Event event;
    event.id = QStringLiteral("cfuzz");
    event.category = validated->category;
    event.description = validated->description;
    event.fields = validated->fields;
    event.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

    const Category *known = (look & 2) ? &category : nullptr;
    const DiscordEmbed embed = DiscordEmbed::build(event, known);
    // What the API checks before answering 200 (EventsController).
    const qsizetype checked = DiscordEmbed::lengthFor(
        validated->category, validated->description, validated->fields, known);
    // Counted independently: what Discord counts in the message itself.
    qsizetype counted = embed.json.find(u"title")->toString().size()
        + embed.json.find(u"description")->toString().size();
    for (const JsonValue &field : embed.json.find(u"fields")->items())
        counted += field.find(u"name")->toString().size() + field.find(u"value")->toString().size();
    if (embed.length != checked || counted != checked)
        std::abort(); // the API's check and the message disagree
    const Result<JsonValue> reparsed = JsonParser::parse(embed.json.toJson());
    if (!reparsed)
        std::abort();
}

void checkBatch(QByteArrayView input)
{
    QList<qsizetype> lengths;
    for (qsizetype i = 0; i + 1 < input.size() && lengths.size() < 40; i += 2)
        lengths << 1 + (quint8(input[i]) << 8 | quint8(input[i + 1])) % 6000;
    const int n = DiscordEmbed::batchSize(lengths);
    if (lengths.isEmpty()) {
        if (n != 0)
            std::abort();
        return;
    }
    if (n < 1 || n > DiscordEmbed::MaxEmbedsPerMessage || n > lengths.size())
        std::abort();
    qsizetype total = 0;
    for (int i = 0; i < n; ++i)
        total += lengths[i];
    if (n > 1 && total > DiscordEmbed::MaxCharactersPerMessage)
        std::abort(); // over Discord's limit
    if (n < DiscordEmbed::MaxEmbedsPerMessage && n < lengths.size()
        && total + lengths[n] <= DiscordEmbed::MaxCharactersPerMessage)
        std::abort(); // one more would have fitted
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    checkEmbed(rest, data[0]);
    checkBatch(rest);
    return 0;
}

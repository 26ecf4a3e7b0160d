#pragma once

#include "domain/category.h"
#include "domain/event.h"
#include "json/jsonvalue.h"

#include <QCoreApplication>
#include <QList>

// One event as a Discord embed, built as the original service builds it:
//   title: the category's emoji (🔔 without one), a space, the name with its first letter
//          upper-cased; description: the event's, else "A new <category> event has occurred!";
//   color: the category's colour; timestamp: the event's creation time (ISO 8601);
//   fields: {"name", "value": String(value), "inline": true} in request order.
struct DiscordEmbed
{
    Q_DECLARE_TR_FUNCTIONS(DiscordEmbed)

public:
    static constexpr int MaxEmbedsPerMessage = 10;
    static constexpr int MaxCharactersPerMessage = 6000;

    JsonValue json;
    // The characters Discord counts towards a message's 6000 (title, description, fields).
    qsizetype length = 0;

    // `category` may be null when the category was removed after the event was accepted: the
    // message then uses the defaults (🔔, the default colour) under the event's category name.
    static DiscordEmbed build(const Event &event, const Category *category);

    // The characters Discord will count for an event's embed (title, description or its
    // default, field names and values as shown): what the API checks against the 6000 before
    // it accepts the event, and what build() reports, so that the two can never disagree.
    static qsizetype lengthFor(const QString &categoryName, const QString &description,
        const JsonValue &fields, const Category *category);

    // One category's part of a digest of held events: the category's title and colour, how many
    // events it held, the latest few (a line each, cut to DigestLineLength, with the time as
    // Discord's <t:SECONDS:t> so each reader sees their own clock), and how many more. Ten of
    // them always fit in one message's 6000 characters.
    static DiscordEmbed digest(const DigestEntry &entry, const Category *category);
    static constexpr int DigestLatest = 3;
    static constexpr int DigestLineLength = 100;

    // The title an event of this category gets ("💰 Sale").
    static QString titleFor(const QString &categoryName, const Category *category);

    // How many of the next embeds (their lengths, oldest first) fit in one message: at most ten,
    // within 6000 characters together, and always at least one.
    static int batchSize(const QList<qsizetype> &lengths);
};

// Burst drain: how long 1,000 events take to reach a fake Discord that enforces Discord's DM
// limits (5 messages per 5 s per channel, 50 requests per second in all), against the floor those
// limits allow with ten embeds a message. Prints a table; not a test (no pass/fail thresholds).

#include "apitesthelpers.h"
#include "categorystore.h"
#include "database.h"
#include "deliveryqueue.h"
#include "eventstore.h"
#include "fakediscord.h"
#include "liveprofile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;

    QTemporaryDir dir;
    auto db = std::move(Database::open(dir.path())).value();
    Category sale;
    sale.name = u"sale"_s;
    sale.emoji = u"💰"_s;
    if (!CategoryStore(*db).add(sale))
        return 1;
    EventStore store(*db);
    for (int i = 0; i < events; ++i) {
        JsonValue fields = JsonValue::object();
        fields.insert(u"amount"_s, JsonValue::number(49.99));
        fields.insert(u"n"_s, JsonValue::number(i));
        if (!store.add(u"sale"_s, u"New sale completed!"_s, fields))
            return 1;
    }

    FakeDiscord discord;
    discord.channelLimit = 5;
    discord.channelWindowMs = 5000;
    discord.globalLimitPerSecond = 50;
    discord.start();
    LiveProfile profile(*db);
    if (!profile.reload())
        return 1;
    DeliveryQueue queue(*db, profile);
    DeliveryQueue::Destination destination;
    destination.kind = DeliveryQueue::Destination::Kind::BotDm;
    destination.userId = discord.userId;
    destination.token = discord.botToken;
    destination.apiBase = discord.apiBase();

    QElapsedTimer timer;
    timer.start();
    queue.setDestination(destination);
    RawClient::waitFor([&] { return store.pending(1)->isEmpty(); }, 30 * 60 * 1000);
    const double seconds = timer.elapsed() / 1000.0;

    EventQuery delivered;
    delivered.status = DeliveryStatus::Delivered;
    const qint64 deliveredCount = store.count(delivered).value();
    qint64 embeds = 0;
    for (const auto &m : std::as_const(discord.messages))
        embeds += qint64(m.embeds.items().size());
    const int messages = int(std::ceil(events / 10.0));
    // The first five messages go at once; every further five wait for the next 5 s window.
    const double floor = std::ceil(messages / 5.0 - 1) * 5.0;

    std::printf("%-34s %12s %12s\n", "burst drain (fake Discord limits)", "measured", "target");
    std::printf("%-34s %12d %12s\n", "events posted", events, "");
    std::printf("%-34s %12lld %12d\n", "events delivered", deliveredCount, events);
    std::printf("%-34s %12lld %12d\n", "embeds received (no duplicates)", embeds, events);
    std::printf("%-34s %12lld %12d\n", "messages", qint64(discord.messages.size()), messages);
    std::printf("%-34s %12d %12s\n", "429 answers", discord.rateLimited, "<= 1");
    std::printf("%-34s %12.1f %12.1f\n", "drain time (s)", seconds, floor * 1.1);
    std::printf(
        "%-34s %12.3f %12s\n", "drain time / floor", floor > 0 ? seconds / floor : 0.0, "<= 1.1");
    return deliveredCount == events && embeds == events ? 0 : 1;
}

#include "domain/category.h"
#include "domain/eventid.h"
#include "storage/activityquery.h"
#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/outbox.h"
#include "storage/retention.h"
#include "json/jsonparser.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void idsAreWellFormedUniqueAndTimeOrdered();
    void idsStayOrderedWhenTheClockStepsBack();
    void addAndGet();
    void fieldsKeepRequestOrderAndTypes();
    void descriptionNullVersusEmpty();
    void addRefusesUnknownCategoryAndNonObjectFields();
    void getUnknownIsNotFound();
    void listNewestFirstWithPaging();
    void listFilters_data();
    void listFilters();
    void listRefusesBadLimits();
    void statusTransitions();
    void historyKeepsEveryDeliveryStep();
    void invalidTransitionsAreRefused();
    void jsonShape();
    void outboxIsOldestFirstWithNonces();
    void batchOutcomesApplyTogether();
    void failAllPendingGivesUpOnTheRest();
    void activitySummarisesEachCategory();
    void idempotencyKeyReplaysTheFirstEvent();
    void idempotencyKeyWithAnotherRequestIsAConflict();
    void idempotencyKeysExpireAfter24Hours();
    void indexesServeTheListQueries();
    void countsStayExactThroughEveryChange();
    void aLargeBatchKeepsEveryEventAndItsOrder();

private:
    Event addEvent(const QString &category, const QString &description = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestEventStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    CategoryStore categories(*m_db);
    for (const QString &name : {u"sale"_s, u"signup"_s, u"bug"_s}) {
        Category c;
        c.name = name;
        QVERIFY(categories.add(c).ok());
    }
}

void TestEventStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Event TestEventStore::addEvent(const QString &category, const QString &description)
{
    Result<Event> e = EventStore(*m_db).add(category, description, JsonValue::object());
    if (!e.ok())
        qFatal("could not add an event: %s", qPrintable(e.error().message));
    return e.value();
}

void TestEventStore::idsAreWellFormedUniqueAndTimeOrdered()
{
    QSet<QString> seen;
    QString previous;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        // A few distinct milliseconds, many ids in each.
        const QString id = EventId::generate(now + i / 5000);
        QVERIFY2(EventId::isValid(id), qPrintable(id));
        QCOMPARE(id.size(), EventId::Length);
        QVERIFY2(id > previous, qPrintable(id + u" <= "_s + previous));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        previous = id;
    }
    // A later time sorts later even against ids from another process (another counter).
    QVERIFY(EventId::generate(now + 10000) > previous);
    QVERIFY(!EventId::isValid(u"c123"_s));
    QVERIFY(!EventId::isValid(u"C0000000000000000000a"_s));
    QVERIFY(!EventId::isValid(u"c000000000000000000A0"_s));
}

void TestEventStore::idsStayOrderedWhenTheClockStepsBack()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + 100000;
    const QString a = EventId::generate(now);
    const QString b = EventId::generate(now - 5000);
    QVERIFY(b > a);
}

void TestEventStore::addAndGet()
{
    EventStore store(*m_db);
    Result<JsonValue> fields = JsonParser::parse(R"({"amount":49.99,"plan":"PRO"})"_ba);
    QVERIFY(fields.ok());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    Result<Event> added = store.add(u"sale"_s, u"New sale completed!"_s, fields.value());
    QVERIFY(added.ok());
    QVERIFY(EventId::isValid(added->id));
    QCOMPARE(added->status, DeliveryStatus::Pending);
    QVERIFY(added->createdAt >= before.addMSecs(-1));

    Result<Event> got = store.get(added->id);
    QVERIFY(got.ok());
    QCOMPARE(got->id, added->id);
    QCOMPARE(got->category, u"sale"_s);
    QCOMPARE(got->description, u"New sale completed!"_s);
    QVERIFY(got->fields == fields.value());
    QCOMPARE(got->createdAt, added->createdAt);
    QCOMPARE(got->status, DeliveryStatus::Pending);
    QCOMPARE(got->attempts, 0);
    QVERIFY(!got->deliveredAt.isValid());
    QVERIFY(got->error.isNull());
}

void TestEventStore::fieldsKeepRequestOrderAndTypes()
{
    const QByteArray json
        = R"({"zebra":"z","amount":1.50,"count":100,"ok":true,"apple":"a","emoji":"💰 שלום"})"_ba;
    Result<JsonValue> fields = JsonParser::parse(json);
    QVERIFY(fields.ok());
    Result<Event> added = EventStore(*m_db).add(u"sale"_s, QString(), fields.value());
    QVERIFY(added.ok());
    // Through a second connection, to read what is on disk rather than anything cached.
    auto other = Database::open(m_dir->path());
    QVERIFY(other.ok());
    Result<Event> got = EventStore(*other.value()).get(added->id);
    QVERIFY(got.ok());
    QStringList keys;
    QStringList shown;
    for (const auto &[key, value] : got->fields.members()) {
        keys << key;
        shown << value.toDisplayString();
    }
    QCOMPARE(
        keys, (QStringList {u"zebra"_s, u"amount"_s, u"count"_s, u"ok"_s, u"apple"_s, u"emoji"_s}));
    QCOMPARE(shown, (QStringList {u"z"_s, u"1.5"_s, u"100"_s, u"true"_s, u"a"_s, u"💰 שלום"_s}));
    QVERIFY(got->fields.find(u"count")->isNumber());
    QVERIFY(got->fields.find(u"ok")->isBool());
}

void TestEventStore::descriptionNullVersusEmpty()
{
    EventStore store(*m_db);
    const Event none = addEvent(u"sale"_s);
    const Event empty = addEvent(u"sale"_s, u""_s);
    QVERIFY(store.get(none.id)->description.isNull());
    QVERIFY(!store.get(empty.id)->description.isNull());
    QVERIFY(store.get(empty.id)->description.isEmpty());
}

void TestEventStore::addRefusesUnknownCategoryAndNonObjectFields()
{
    EventStore store(*m_db);
    Result<Event> unknown = store.add(u"refund"_s, QString(), JsonValue::object());
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    Result<Event> array = store.add(u"sale"_s, QString(), JsonValue::array());
    QVERIFY(!array.ok());
    QCOMPARE(array.error().code, Error::Code::InvalidInput);
    QCOMPARE(store.count({}).value(), 0);
}

void TestEventStore::getUnknownIsNotFound()
{
    Result<Event> e = EventStore(*m_db).get(u"cnothere000000000000a"_s);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, Error::Code::NotFound);
}

void TestEventStore::listNewestFirstWithPaging()
{
    EventStore store(*m_db);
    QStringList ids;
    for (int i = 0; i < 25; ++i)
        ids.prepend(addEvent(u"sale"_s, QString::number(i)).id);

    EventQuery page;
    page.limit = 10;
    QStringList listed;
    for (page.offset = 0; page.offset < 30; page.offset += 10) {
        Result<QList<Event>> events = store.list(page);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), page.offset < 20 ? 10 : 5);
        for (const Event &e : events.value())
            listed << e.id;
    }
    QCOMPARE(listed, ids);
    QCOMPARE(store.count({}).value(), 25);
}

void TestEventStore::listFilters_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("fromMinutesAgo"); // 0: no lower bound
    QTest::addColumn<QStringList>("expected"); // descriptions, newest first

    QTest::newRow("all") << QString() << QString() << 0
                         << QStringList {u"s3"_s, u"b2"_s, u"s2"_s, u"b1"_s, u"s1"_s, u"old"_s};
    QTest::newRow("category") << u"sale"_s << QString() << 0
                              << QStringList {u"s3"_s, u"s2"_s, u"s1"_s, u"old"_s};
    QTest::newRow("status delivered")
        << QString() << u"DELIVERED"_s << 0 << QStringList {u"b2"_s, u"s2"_s};
    QTest::newRow("status failed") << QString() << u"FAILED"_s << 0 << QStringList {u"b1"_s};
    QTest::newRow("category and status")
        << u"sale"_s << u"PENDING"_s << 0 << QStringList {u"s3"_s, u"s1"_s, u"old"_s};
    QTest::newRow("since an hour ago") << QString() << QString() << 60
                                       << QStringList {u"s3"_s, u"b2"_s, u"s2"_s, u"b1"_s, u"s1"_s};
    QTest::newRow("no match") << u"signup"_s << QString() << 0 << QStringList {};
}

void TestEventStore::listFilters()
{
    QFETCH(QString, category);
    QFETCH(QString, status);
    QFETCH(int, fromMinutesAgo);
    QFETCH(QStringList, expected);

    EventStore store(*m_db);
    const Event old = addEvent(u"sale"_s, u"old"_s);
    { // backdate one event by two days
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(u"UPDATE events SET created_at = created_at - 172800000 WHERE id = ?"_s));
        q.addBindValue(old.id);
        QVERIFY(q.exec());
    }
    addEvent(u"sale"_s, u"s1"_s);
    const Event b1 = addEvent(u"bug"_s, u"b1"_s);
    const Event s2 = addEvent(u"sale"_s, u"s2"_s);
    const Event b2 = addEvent(u"bug"_s, u"b2"_s);
    addEvent(u"sale"_s, u"s3"_s);
    QVERIFY(Outbox(*m_db).markFailed({b1.id}, u"nope"_s).ok());
    QVERIFY(Outbox(*m_db).markDelivered({s2.id}, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(Outbox(*m_db).markDelivered({b2.id}, QDateTime::currentDateTimeUtc()).ok());

    EventQuery query;
    query.category = category;
    if (!status.isEmpty())
        query.status = Event::parseStatus(status);
    if (fromMinutesAgo > 0)
        query.from = QDateTime::currentDateTimeUtc().addSecs(-60 * fromMinutesAgo);
    Result<QList<Event>> events = store.list(query);
    QVERIFY(events.ok());
    QStringList descriptions;
    for (const Event &e : events.value())
        descriptions << e.description;
    QCOMPARE(descriptions, expected);
    QCOMPARE(store.count(query).value(), expected.size());
}

void TestEventStore::listRefusesBadLimits()
{
    EventStore store(*m_db);
    EventQuery q;
    q.limit = 0;
    QCOMPARE(store.list(q).error().code, Error::Code::InvalidInput);
    q.limit = EventStore::MaxListLimit + 1;
    QCOMPARE(store.list(q).error().code, Error::Code::InvalidInput);
    q.limit = 10;
    q.offset = -1;
    QCOMPARE(store.list(q).error().code, Error::Code::InvalidInput);
}

void TestEventStore::statusTransitions()
{
    EventStore store(*m_db);
    const Event e = addEvent(u"sale"_s);

    QVERIFY(Outbox(*m_db).recordFailedAttempt({e.id}, u"Discord did not answer"_s).ok());
    Result<Event> got = store.get(e.id);
    QCOMPARE(got->status, DeliveryStatus::Pending);
    QCOMPARE(got->attempts, 1);
    QCOMPARE(got->error, u"Discord did not answer"_s);

    QVERIFY(Outbox(*m_db).markFailed({e.id}, u"The bot may not DM you"_s).ok());
    got = store.get(e.id);
    QCOMPARE(got->status, DeliveryStatus::Failed);
    QCOMPARE(got->attempts, 2);
    QCOMPARE(got->error, u"The bot may not DM you"_s);

    QVERIFY(Outbox(*m_db).requeue(e.id).ok());
    QCOMPARE(store.get(e.id)->status, DeliveryStatus::Pending);

    const QDateTime at
        = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QVERIFY(Outbox(*m_db).markDelivered({e.id}, at).ok());
    got = store.get(e.id);
    QCOMPARE(got->status, DeliveryStatus::Delivered);
    QCOMPARE(got->attempts, 3);
    QCOMPARE(got->deliveredAt, at);
    QVERIFY(got->error.isNull());
}

void TestEventStore::historyKeepsEveryDeliveryStep()
{
    EventStore store(*m_db);
    const Event e = addEvent(u"sale"_s);
    const Event other = addEvent(u"sale"_s);
    QVERIFY(store.history(e.id)->isEmpty());

    QVERIFY(Outbox(*m_db).recordFailedAttempt({e.id}, u"Discord could not be reached"_s).ok());
    QVERIFY(Outbox(*m_db).assignNonce({e.id}, u"123"_s).ok()); // not a step of its own
    QVERIFY(Outbox(*m_db).markFailed({e.id}, u"The bot may not DM you"_s).ok());
    QVERIFY(Outbox(*m_db).requeue(e.id).ok());
    QVERIFY(Outbox(*m_db).markDelivered({e.id}, QDateTime::currentDateTimeUtc(), u"98765"_s).ok());

    const Result<QList<DeliveryAttempt>> steps = store.history(e.id);
    QVERIFY(steps.ok());
    using O = DeliveryAttempt::Outcome;
    QCOMPARE(steps->size(), 4);
    QCOMPARE(steps->at(0).outcome, O::Retrying);
    QCOMPARE(steps->at(0).detail, u"Discord could not be reached"_s);
    QCOMPARE(steps->at(1).outcome, O::Failed);
    QCOMPARE(steps->at(1).detail, u"The bot may not DM you"_s);
    QCOMPARE(steps->at(2).outcome, O::Requeued);
    QCOMPARE(steps->at(3).outcome, O::Delivered);
    QCOMPARE(steps->at(3).detail, u"98765"_s);
    for (const DeliveryAttempt &a : steps.value())
        QVERIFY(qAbs(a.at.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
    // Another event's history is its own.
    QVERIFY(store.history(other.id)->isEmpty());

    // A refused step leaves no trace.
    QVERIFY(!Outbox(*m_db).markFailed({e.id}, u"x"_s).ok());
    QCOMPARE(store.history(e.id)->size(), 4);

    // Giving up on the backlog records the reason on each event given up on.
    QVERIFY(Outbox(*m_db).failAllPending(u"Nobody to send to"_s).ok());
    const Result<QList<DeliveryAttempt>> otherSteps = store.history(other.id);
    QCOMPARE(otherSteps->size(), 1);
    QCOMPARE(otherSteps->at(0).outcome, O::Failed);
    QCOMPARE(otherSteps->at(0).detail, u"Nobody to send to"_s);
    QCOMPARE(store.history(e.id)->size(), 4);
}

void TestEventStore::invalidTransitionsAreRefused()
{
    EventStore store(*m_db);
    const Event e = addEvent(u"sale"_s);
    Status requeuePending = Outbox(*m_db).requeue(e.id);
    QVERIFY(!requeuePending.ok());
    QCOMPARE(requeuePending.error().code, Error::Code::InvalidState);

    QVERIFY(Outbox(*m_db).markDelivered({e.id}, QDateTime::currentDateTimeUtc()).ok());
    for (Status s : {Outbox(*m_db).markFailed({e.id}, u"x"_s),
             Outbox(*m_db).markDelivered({e.id}, QDateTime::currentDateTimeUtc()),
             Outbox(*m_db).recordFailedAttempt({e.id}, u"x"_s), Outbox(*m_db).requeue(e.id)}) {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidState);
        QVERIFY2(s.error().message.contains(u"DELIVERED"_s), qPrintable(s.error().message));
    }
    Result<Event> got = store.get(e.id);
    QCOMPARE(got->status, DeliveryStatus::Delivered);
    QCOMPARE(got->attempts, 1);

    QCOMPARE(Outbox(*m_db).markFailed({u"cnothere000000000000a"_s}, u"x"_s).error().code,
        Error::Code::NotFound);
}

void TestEventStore::jsonShape()
{
    Result<JsonValue> fields = JsonParser::parse(R"({"b":2,"a":"1"})"_ba);
    Result<Event> added = EventStore(*m_db).add(u"sale"_s, QString(), fields.value());
    QVERIFY(added.ok());
    const JsonValue json = added->toJson();
    QStringList keys;
    for (const auto &member : json.members())
        keys << member.first;
    QCOMPARE(keys,
        (QStringList {u"eventId"_s, u"category"_s, u"description"_s, u"fields"_s, u"createdAt"_s,
            u"deliveryStatus"_s, u"attempts"_s, u"deliveredAt"_s, u"error"_s}));
    QVERIFY(json.find(u"description")->isNull());
    QCOMPARE(json.find(u"fields")->toJson(), R"({"b":2,"a":"1"})"_ba);
    QCOMPARE(json.find(u"deliveryStatus")->toString(), u"PENDING"_s);
    const QString created = json.find(u"createdAt")->toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                 .match(created)
                 .hasMatch(),
        qPrintable(created));
    QCOMPARE(QDateTime::fromString(created, Qt::ISODateWithMs), added->createdAt);
}

void TestEventStore::outboxIsOldestFirstWithNonces()
{
    EventStore store(*m_db);
    const Event a = addEvent(u"sale"_s, u"a"_s);
    const Event b = addEvent(u"sale"_s, u"b"_s);
    const Event c = addEvent(u"bug"_s, u"c"_s);
    QVERIFY(Outbox(*m_db).markDelivered({b.id}, QDateTime::currentDateTimeUtc()).ok());
    Result<QList<Event>> pending = Outbox(*m_db).pending(10);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).id, a.id);
    QCOMPARE(pending->at(1).id, c.id);
    QVERIFY(pending->at(0).deliveryNonce.isNull());

    QVERIFY(Outbox(*m_db).assignNonce({a.id, c.id}, u"nonce-1"_s).ok());
    Result<QList<Event>> promised = Outbox(*m_db).pendingWithNonce(u"nonce-1"_s);
    QCOMPARE(promised->size(), 2);
    QCOMPARE(store.get(a.id)->deliveryNonce, u"nonce-1"_s);
    // Delivered events are not promised to anything any more.
    QVERIFY(Outbox(*m_db).markDelivered({a.id}, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(store.get(a.id)->deliveryNonce.isNull());
    QCOMPARE(Outbox(*m_db).pendingWithNonce(u"nonce-1"_s)->size(), 1);
    // Nor are events taken back for a retry.
    QVERIFY(Outbox(*m_db).markFailed({c.id}, u"no"_s).ok());
    QVERIFY(Outbox(*m_db).requeue(c.id).ok());
    QVERIFY(store.get(c.id)->deliveryNonce.isNull());
}

void TestEventStore::batchOutcomesApplyTogether()
{
    EventStore store(*m_db);
    const Event a = addEvent(u"sale"_s);
    const Event b = addEvent(u"sale"_s);
    const Event c = addEvent(u"sale"_s);
    QVERIFY(Outbox(*m_db).markDelivered({c.id}, QDateTime::currentDateTimeUtc()).ok());
    // One event of the message is not PENDING: nothing changes, for any of them.
    Status s = Outbox(*m_db).markDelivered({a.id, b.id, c.id}, QDateTime::currentDateTimeUtc());
    QVERIFY(!s.ok());
    QCOMPARE(store.get(a.id)->status, DeliveryStatus::Pending);
    QCOMPARE(store.get(b.id)->status, DeliveryStatus::Pending);
    QVERIFY(Outbox(*m_db).recordFailedAttempt({a.id, b.id}, u"Discord is down"_s).ok());
    QCOMPARE(store.get(a.id)->attempts, 1);
    QCOMPARE(store.get(b.id)->error, u"Discord is down"_s);
    QVERIFY(Outbox(*m_db).markDelivered({a.id, b.id}, QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(store.get(b.id)->status, DeliveryStatus::Delivered);
    QCOMPARE(store.get(b.id)->attempts, 2);
}

void TestEventStore::failAllPendingGivesUpOnTheRest()
{
    EventStore store(*m_db);
    addEvent(u"sale"_s);
    addEvent(u"sale"_s);
    const Event done = addEvent(u"sale"_s);
    QVERIFY(Outbox(*m_db).markDelivered({done.id}, QDateTime::currentDateTimeUtc()).ok());
    Result<int> failed = Outbox(*m_db).failAllPending(u"The bot may not DM you"_s);
    QCOMPARE(failed.value(), 2);
    EventQuery q;
    q.status = DeliveryStatus::Failed;
    QCOMPARE(store.count(q).value(), 2);
    QCOMPARE(store.get(done.id)->status, DeliveryStatus::Delivered);
    QCOMPARE(Outbox(*m_db).pending(10)->size(), 0);
}

void TestEventStore::activitySummarisesEachCategory()
{
    EventStore store(*m_db);
    const auto add = [&](const QString &category, const QByteArray &fields, qint64 ageMs) {
        Result<Event> e = store.add(category, QString(), JsonParser::parse(fields).value());
        QVERIFY(e.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(u"UPDATE events SET created_at = created_at - ? WHERE id = ?"_s));
        q.addBindValue(ageMs);
        q.addBindValue(e->id);
        QVERIFY(q.exec());
    };
    const qint64 day = 24LL * 3600 * 1000;
    add(u"sale"_s, R"({"amount":49.99,"plan":"PRO"})", 0);
    add(u"sale"_s, R"({"amount":10,"seats":2})", 1000);
    add(u"sale"_s, R"({"amount":100})", 3 * day);
    add(u"sale"_s, R"({"amount":1000})", 40 * day);
    add(u"bug"_s, R"({"code":"E1"})", 10 * day);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ActivityQuery query(*m_db);
    const Result<QList<QPair<QString, QDateTime>>> last = query.lastEvents();
    QVERIFY(last.ok());
    QCOMPARE(last->size(), 2); // by name
    QCOMPARE(last->at(0).first, u"bug"_s);
    QVERIFY(qAbs(last->at(0).second.msecsTo(now) - 10 * day) < 5000);
    QCOMPARE(last->at(1).first, u"sale"_s);
    QVERIFY(last->at(1).second.secsTo(now) < 5);

    // The last week in quarter hours: sale's three events, none of bug's.
    const Result<QList<ActivitySlot>> quarterHours
        = query.slotsSince(now.addMSecs(-7 * day), last.value());
    QVERIFY(quarterHours.ok());
    qint64 sales = 0;
    for (const ActivitySlot &slot : quarterHours.value()) {
        QCOMPARE(slot.category, u"sale"_s);
        QCOMPARE(slot.startMs % ActivityQuery::SlotMs, 0);
        QVERIFY(slot.startMs <= now.toMSecsSinceEpoch());
        sales += slot.count;
    }
    QCOMPARE(sales, 3);
    // The two recent ones may share a slot.
    QVERIFY(quarterHours->size() == 2 || quarterHours->size() == 3);

    // Over the last week: 49.99 + 10 + 100; text fields are not added up.
    const Result<QList<FieldTotal>> totals
        = query.totalsBetween(now.addMSecs(-7 * day), now.addSecs(60));
    QVERIFY(totals.ok());
    QCOMPARE(totals->size(), 2);
    QCOMPARE(totals->at(0).field, u"amount"_s);
    QCOMPARE(totals->at(0).total, 159.99);
    QCOMPARE(totals->at(1).field, u"seats"_s);
    QCOMPARE(totals->at(1).total, 2.0);
}

void TestEventStore::idempotencyKeyReplaysTheFirstEvent()
{
    EventStore store(*m_db);
    NewEvent request;
    request.category = u"sale"_s;
    request.idempotencyKey = u"order-42"_s;
    request.requestHash = "hash-a";
    Result<StoredEvent> first = store.add(request);
    QVERIFY(first.ok());
    QVERIFY(!first->replayed);
    Result<StoredEvent> again = store.add(request);
    QVERIFY(again.ok());
    QVERIFY(again->replayed);
    QCOMPARE(again->event.id, first->event.id);
    QCOMPARE(store.count({}).value(), 1);

    // A replay answers even when the category has gone since.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"DELETE FROM categories WHERE name = 'sale'"_s));
    Result<StoredEvent> afterRemoval = store.add(request);
    QVERIFY(afterRemoval.ok());
    QCOMPARE(afterRemoval->event.id, first->event.id);
}

void TestEventStore::idempotencyKeyWithAnotherRequestIsAConflict()
{
    EventStore store(*m_db);
    NewEvent request;
    request.category = u"sale"_s;
    request.idempotencyKey = u"k"_s;
    request.requestHash = "hash-a";
    QVERIFY(store.add(request).ok());
    request.requestHash = "hash-b";
    Result<StoredEvent> other = store.add(request);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, Error::Code::Conflict);
    QVERIFY(other.error().message.contains(u"different request"_s));
    QCOMPARE(store.count({}).value(), 1);
    // Another key is another event.
    request.idempotencyKey = u"k2"_s;
    QVERIFY(store.add(request).ok());
    QCOMPARE(store.count({}).value(), 2);
}

void TestEventStore::idempotencyKeysExpireAfter24Hours()
{
    EventStore store(*m_db);
    NewEvent request;
    request.category = u"sale"_s;
    request.idempotencyKey = u"daily"_s;
    request.requestHash = "h";
    const QString firstId = store.add(request)->event.id;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE idempotency_keys SET created_at = created_at - %1"_s.arg(
        EventStore::IdempotencyWindowMs + 1)));
    Result<StoredEvent> later = store.add(request);
    QVERIFY(later.ok());
    QVERIFY(!later->replayed);
    QVERIFY(later->event.id != firstId);
    QCOMPARE(store.count({}).value(), 2);
    QVERIFY(q.exec(u"SELECT count(*) FROM idempotency_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the expired row was replaced, not kept
}

void TestEventStore::indexesServeTheListQueries()
{
    // The history must stay fast at a million rows: each filter is answered from an index.
    const QStringList queries = {
        u"SELECT id FROM events ORDER BY created_at DESC, seq DESC LIMIT 50"_s,
        u"SELECT id FROM events WHERE category = 'sale' ORDER BY created_at DESC, seq DESC LIMIT 50"_s,
        u"SELECT id FROM events WHERE status = 'PENDING' ORDER BY created_at DESC, seq DESC LIMIT 50"_s,
    };
    for (const QString &sql : queries) {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN "_s + sql));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(u" | "_s);
        // An index, and no sorting step: the index already yields the rows newest first.
        QVERIFY2(text.contains(u"USING INDEX"_s) && !text.contains(u"TEMP B-TREE"_s),
            qPrintable(sql + u": "_s + text));
    }

    // The outbox's look for a message's events goes straight to them, not through every pending
    // event (a backlog can be hundreds of thousands).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT id FROM events WHERE status = 'PENDING' AND "
                   "delivery_nonce = 'n' ORDER BY created_at, seq"_s));
    QVERIFY(q.next());
    QVERIFY2(q.value(3).toString().contains(u"events_pending_by_nonce"_s),
        qPrintable(q.value(3).toString()));
}

void TestEventStore::countsStayExactThroughEveryChange()
{
    // Totals come from event_counts, which every statement that adds, moves or deletes events
    // keeps; after each kind of change they must equal a real count of the rows.
    EventStore store(*m_db);
    const auto check = [&](const char *when) {
        for (const QString &category : {QString(), u"sale"_s, u"signup"_s, u"bug"_s, u"deploy"_s}) {
            for (const std::optional<DeliveryStatus> status :
                {std::optional<DeliveryStatus>(), std::optional(DeliveryStatus::Pending),
                    std::optional(DeliveryStatus::Delivered), std::optional(DeliveryStatus::Failed),
                    std::optional(DeliveryStatus::Muted)}) {
                EventQuery query;
                query.category = category;
                query.status = status;
                QString sql = u"SELECT count(*) FROM events WHERE 1"_s;
                if (!category.isEmpty())
                    sql += u" AND category = '%1'"_s.arg(category);
                if (status)
                    sql += u" AND status = '%1'"_s.arg(Event::statusName(*status));
                QSqlQuery q(m_db->connection());
                QVERIFY(q.exec(sql) && q.next());
                QVERIFY2(store.count(query).value() == q.value(0).toLongLong(),
                    qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(when), sql)));
            }
            if (!category.isEmpty()) {
                QSqlQuery q(m_db->connection());
                QVERIFY(q.exec(u"SELECT count(*) FROM events WHERE category = '%1'"_s.arg(category))
                    && q.next());
                QCOMPARE(
                    CategoryStore(*m_db).eventCount(category).value(), q.value(0).toLongLong());
            }
        }
    };
    check("empty");
    QStringList ids;
    for (int i = 0; i < 9; ++i)
        ids << addEvent(i % 3 == 0 ? u"sale"_s : i % 3 == 1 ? u"signup"_s : u"bug"_s).id;
    check("added");
    // One batch, as the writer thread adds them: several categories, one refused (no such
    // category), one repeated under the same Idempotency-Key (stored once).
    QList<NewEvent> batch;
    for (const QString &category :
        {u"sale"_s, u"bug"_s, u"nosuch"_s, u"sale"_s, u"signup"_s, u"sale"_s}) {
        NewEvent e;
        e.category = category;
        batch << e;
    }
    batch[4].idempotencyKey = batch[5].idempotencyKey = u"once"_s;
    batch[4].requestHash = batch[5].requestHash = "same request";
    const QList<Result<StoredEvent>> stored = store.add(batch);
    QCOMPARE(stored.size(), batch.size());
    QCOMPARE(stored.at(2).error().code, Error::Code::NotFound);
    QVERIFY(stored.at(5).ok() && stored.at(5)->replayed);
    QCOMPARE(stored.at(5)->event.id, stored.at(4)->event.id);
    check("added in one batch");
    QVERIFY(Outbox(*m_db).markDelivered(ids.mid(0, 4), QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(Outbox(*m_db).markFailed(ids.mid(4, 2), u"refused"_s).ok());
    check("delivered and failed");
    QVERIFY(Outbox(*m_db).requeue(ids.at(4)).ok());
    check("requeued");
    Category renamed = CategoryStore(*m_db).find(u"bug"_s).value();
    renamed.name = u"deploy"_s;
    QVERIFY(CategoryStore(*m_db).update(u"bug"_s, renamed).ok());
    check("category renamed");
    QVERIFY(Outbox(*m_db).failAllPending(u"gone"_s).ok());
    check("all pending failed");

    const QStringList broken {addEvent(u"sale"_s).id, addEvent(u"signup"_s).id};
    QVERIFY(Outbox(*m_db).markFailed(broken, u"no such webhook"_s, u"old webhook"_s).ok());
    QCOMPARE(Outbox(*m_db).requeueBroken({}, u"new webhook"_s).value(), 2);
    check("requeued for a new destination");
    Category sale = CategoryStore(*m_db).find(u"sale"_s).value();
    sale.muted = true;
    QVERIFY(CategoryStore(*m_db).update(u"sale"_s, sale).ok());
    check("category muted");
    // A category takes the name of a removed one whose events stayed in the history.
    QVERIFY(CategoryStore(*m_db).remove(u"signup"_s).ok());
    renamed.name = u"signup"_s;
    QVERIFY(CategoryStore(*m_db).update(u"deploy"_s, renamed).ok());
    check("renamed onto a removed category's events");
    Retention::Rule keepThree;
    keepThree.maxEvents = 3;
    QVERIFY(Retention(*m_db).run(keepThree, QDateTime::currentDateTime()).value() > 0);
    check("pruned");
}

void TestEventStore::aLargeBatchKeepsEveryEventAndItsOrder()
{
    // 45 events as the writer hands them over, written several rows to a statement: among them
    // one refused (no such category) and a key repeated (stored once), which split the rows
    // into runs of odd lengths.
    EventStore store(*m_db);
    QList<NewEvent> batch;
    for (int i = 0; i < 45; ++i) {
        NewEvent e;
        e.category = i == 7 ? u"nosuch"_s : i % 3 == 0 ? u"sale"_s : u"signup"_s;
        if (i % 4 == 1)
            e.description = u"event %1 ✓"_s.arg(i);
        else if (i % 4 == 2)
            e.description = u""_s; // empty, not null
        e.fields = JsonParser::parse(u"{\"n\":%1,\"who\":\"ü%1\"}"_s.arg(i).toUtf8()).value();
        batch << e;
    }
    batch[20].idempotencyKey = batch[33].idempotencyKey = u"k"_s;
    batch[20].requestHash = batch[33].requestHash = "same request";
    const QList<Result<StoredEvent>> stored = store.add(batch);
    QCOMPARE(stored.size(), batch.size());

    QStringList ids;
    int sales = 0;
    for (int i = 0; i < batch.size(); ++i) {
        if (i == 7) {
            QCOMPARE(stored.at(i).error().code, Error::Code::NotFound);
            continue;
        }
        QVERIFY2(stored.at(i).ok(), qPrintable(QString::number(i)));
        if (i == 33) {
            QVERIFY(stored.at(i)->replayed);
            QCOMPARE(stored.at(i)->event.id, stored.at(20)->event.id);
            continue;
        }
        ids << stored.at(i)->event.id;
        sales += batch[i].category == u"sale"_s ? 1 : 0;
        // As written: read back through another connection.
        auto other = Database::open(m_dir->path());
        QVERIFY(other.ok());
        Result<Event> got = EventStore(*other.value()).get(stored.at(i)->event.id);
        QVERIFY2(got.ok(), qPrintable(QString::number(i)));
        QCOMPARE(got->category, batch[i].category);
        QCOMPARE(got->description, batch[i].description);
        QCOMPARE(got->description.isNull(), batch[i].description.isNull());
        QVERIFY(got->fields == batch[i].fields);
        QCOMPARE(got->createdAt, stored.at(i)->event.createdAt);
    }
    // Every new event once, in the table in the order they came.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id FROM events ORDER BY seq"_s));
    QStringList inTable;
    while (q.next())
        inTable << q.value(0).toString();
    QCOMPARE(inTable, ids);
    QCOMPARE(store.count(EventQuery()).value(), qint64(ids.size()));
    // Stored as text, which the filters compare with: not as the bytes they were bound as.
    QVERIFY(q.exec(u"SELECT count(*) FROM events WHERE typeof(id) = 'text' AND typeof(category) = "
                   "'text' AND typeof(fields) = 'text' AND category = 'sale'"_s)
        && q.next());
    QCOMPARE(q.value(0).toInt(), sales);
    // A description is text or NULL; an empty one is '' (which the UI shows apart from none).
    int described = 0, empty = 0, none = 0;
    for (int i = 0; i < batch.size(); ++i) {
        if (i == 7 || i == 33)
            continue;
        const QString &d = batch[i].description;
        (d.isNull() ? none : d.isEmpty() ? empty : described) += 1;
    }
    QVERIFY(described > 0 && empty > 0 && none > 0);
    QVERIFY(q.exec(u"SELECT sum(typeof(description) = 'text' AND description <> ''), "
                   "sum(description = ''), sum(description IS NULL) FROM events"_s)
        && q.next());
    QCOMPARE(q.value(0).toInt(), described);
    QCOMPARE(q.value(1).toInt(), empty);
    QCOMPARE(q.value(2).toInt(), none);
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"

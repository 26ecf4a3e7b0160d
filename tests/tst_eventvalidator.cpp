#include "eventvalidator.h"
#include "json/jsonparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// {"category":"a","fields":{"k0":0,"k1":1,...}} with n fields.
QByteArray withFields(int n)
{
    QByteArrayList fields;
    for (int i = 0; i < n; ++i)
        fields << "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i);
    return R"({"category":"a","fields":{)" + fields.join(',') + "}}";
}

} // namespace

class TestEventValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void keepsFieldOrderAndTypes();
    void canonicalFormIgnoresWhitespace();
};

void TestEventValidator::accepts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("description"); // null: none

    // The seed's three examples, verbatim.
    QTest::newRow("seed basic") << R"({
"category": "sale"
})"_ba << u"sale"_s << QString();
    QTest::newRow("seed fields") << R"({
"category": "signup",
"fields": {
"email": "user@example.com",
"plan": "FREE"
}
})"_ba << u"signup"_s << QString();
    QTest::newRow("seed description") << R"({
"category": "error",
"description": "Payment processing failed",
"fields": {
"error_code": "PAYMENT_001",
"user_id": "12345"
}
})"_ba << u"error"_s << u"Payment processing failed"_s;
    QTest::newRow("empty description")
        << R"({"category":"a","description":""})"_ba << u"a"_s << u""_s;
    QTest::newRow("empty fields") << R"({"category":"a","fields":{}})"_ba << u"a"_s << QString();
    QTest::newRow("25 fields") << withFields(25) << u"a"_s << QString();
    QTest::newRow("4096-char description")
        << "{\"category\":\"a\",\"description\":\"" + QByteArray(4096, 'x') + "\"}" << u"a"_s
        << QString(4096, u'x');
    QTest::newRow("emoji and RTL")
        << R"({"category":"a","description":"💰 שלום","fields":{"名前":"😀"}})"_ba << u"a"_s
        << u"💰 שלום"_s;
    QTest::newRow("field value of 1024")
        << "{\"category\":\"a\",\"fields\":{\"k\":\"" + QByteArray(1024, 'v') + "\"}}" << u"a"_s
        << QString();
    QTest::newRow("field name of 256")
        << "{\"category\":\"a\",\"fields\":{\"" + QByteArray(256, 'k') + "\":1}}" << u"a"_s
        << QString();
}

void TestEventValidator::accepts()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, category);
    QFETCH(QString, description);
    ApiResult<ValidatedEvent> v = EventValidator::validate(body);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v->category, category);
    QCOMPARE(v->description.isNull(), description.isNull());
    QCOMPARE(v->description, description);
    QVERIFY(v->fields.isObject());
}

void TestEventValidator::refuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty body") << ""_ba << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("not JSON") << "category=sale"_ba << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("array") << "[]"_ba << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("string") << "\"sale\""_ba << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("truncated") << R"({"category":"sale")"_ba << 400
                               << u"Invalid JSON request body"_s;
    QTest::newRow("invalid UTF-8")
        << "{\"category\":\"s\xff\"}"_ba << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("duplicate key")
        << R"({"category":"a","category":"b"})"_ba << 400 << u"Invalid JSON request body"_s;
    QTest::newRow("deep nesting") << "{\"x\":" + QByteArray(10000, '[') + QByteArray(10000, ']')
            + "}" << 400 << u"Invalid JSON request body"_s;

    QTest::newRow("missing category")
        << R"({"fields":{}})"_ba << 422 << u"\"category\" is required"_s;
    QTest::newRow("category number")
        << R"({"category":5})"_ba << 422 << u"\"category\" must be a string"_s;
    QTest::newRow("category null")
        << R"({"category":null})"_ba << 422 << u"\"category\" must be a string"_s;
    QTest::newRow("category uppercase") << R"({"category":"Sale"})"_ba << 422 << u"lowercase"_s;
    QTest::newRow("category empty") << R"({"category":""})"_ba << 422 << u"lowercase"_s;
    QTest::newRow("category 51") << "{\"category\":\"" + QByteArray(51, 'a') + "\"}" << 422
                                 << u"1 to 50"_s;
    QTest::newRow("unknown key") << R"({"category":"a","channel":"x"})"_ba << 422
                                 << u"Unknown key \"channel\""_s;
    QTest::newRow("description number")
        << R"({"category":"a","description":5})"_ba << 422 << u"\"description\" must be a string"_s;
    QTest::newRow("description null") << R"({"category":"a","description":null})"_ba << 422
                                      << u"\"description\" must be a string, not null"_s;
    QTest::newRow("description 4097")
        << "{\"category\":\"a\",\"description\":\"" + QByteArray(4097, 'x') + "\"}" << 422
        << u"4097 characters"_s;
    QTest::newRow("fields array") << R"({"category":"a","fields":[1]})"_ba << 422
                                  << u"\"fields\" must be an object, not an array"_s;
    QTest::newRow("field object")
        << R"({"category":"a","fields":{"x":{"y":1}}})"_ba << 422
        << u"\"fields.x\" must be a string, number or boolean, not an object"_s;
    QTest::newRow("field array") << R"({"category":"a","fields":{"x":[1]}})"_ba << 422
                                 << u"not an array"_s;
    QTest::newRow("field null") << R"({"category":"a","fields":{"x":null}})"_ba << 422
                                << u"not null"_s;
    QTest::newRow("field 1e400") << R"({"category":"a","fields":{"x":1e400}})"_ba << 422
                                 << u"too large"_s;
    QTest::newRow("field empty value")
        << R"({"category":"a","fields":{"x":""}})"_ba << 422 << u"empty"_s;
    QTest::newRow("field empty name")
        << R"({"category":"a","fields":{"":"v"}})"_ba << 422 << u"empty"_s;
    QTest::newRow("26 fields") << withFields(26) << 422 << u"26 entries"_s;
    QTest::newRow("field name 257") << "{\"category\":\"a\",\"fields\":{\"" + QByteArray(257, 'k')
            + "\":1}}" << 422 << u"257 characters"_s;
    QTest::newRow("field value 1025")
        << "{\"category\":\"a\",\"fields\":{\"k\":\"" + QByteArray(1025, 'v') + "\"}}" << 422
        << u"1025 characters"_s;
}

void TestEventValidator::refuses()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, says);
    ApiResult<ValidatedEvent> v = EventValidator::validate(body);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().status(), status);
    QVERIFY2(v.error().message.contains(says), qPrintable(v.error().message));
    if (status == 400)
        QVERIFY(!v.error().detail.isEmpty()); // says what is wrong with the JSON
}

void TestEventValidator::keepsFieldOrderAndTypes()
{
    ApiResult<ValidatedEvent> v = EventValidator::validate(
        R"({"fields":{"z":1.50,"a":true,"m":"x"},"category":"sale"})"_ba);
    QVERIFY(v.ok());
    QCOMPARE(v->fields.toJson(), R"({"z":1.5,"a":true,"m":"x"})"_ba);
}

void TestEventValidator::canonicalFormIgnoresWhitespace()
{
    auto a = EventValidator::validate(R"({"category":"sale","fields":{"a":1}})"_ba);
    auto b = EventValidator::validate(
        "{ \"fields\" : { \"a\" : 1.0 } ,\n \"category\" : \"sale\" }"_ba);
    auto c = EventValidator::validate(R"({"category":"sale","fields":{"a":2}})"_ba);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QCOMPARE(a->canonical(), b->canonical());
    QVERIFY(a->canonical() != c->canonical());
}

QTEST_GUILESS_MAIN(TestEventValidator)
#include "tst_eventvalidator.moc"

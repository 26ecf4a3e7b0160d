#include "json/jsonparser.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestJsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void refuses_data();
    void refuses();
    void manyDistinctKeysAreNoDuplicates();
    void keepsMemberOrder();
    void decodesStrings();
    void depthLimit();
    void outOfRangeNumbers();
    void formatNumber_data();
    void formatNumber();
    void indentedOutput();
};

void TestJsonParser::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("seed sale")
        << R"({
"category": "sale",
"fields": {
"amount": 49.99,
"customer": "john@example.com",
"plan": "PRO"
},
"description": "New sale completed!"
})"_ba
        << R"({"category":"sale","fields":{"amount":49.99,"customer":"john@example.com","plan":"PRO"},"description":"New sale completed!"})"_ba;
    QTest::newRow("scalars") << "[true, false, null, 0, -1, 1.50, 1e3, \"x\"]"_ba
                             << R"([true,false,null,0,-1,1.5,1000,"x"])"_ba;
    QTest::newRow("empty containers") << " { \"a\" : [ ] , \"b\" : { } } "_ba
                                      << R"({"a":[],"b":{}})"_ba;
    QTest::newRow("escapes") << R"(["\"\\\/\b\f\n\r\t\u0001"])"_ba
                             << R"(["\"\\/\b\f\n\r\t\u0001"])"_ba;
    QTest::newRow("unicode escapes") << R"(["\u00e9\ud83d\udcb0"])"_ba
                                     << "[\"é💰\"]"_ba;
    QTest::newRow("raw utf-8") << "[\"日本 💰 שלום\"]"_ba
                               << "[\"日本 💰 שלום\"]"_ba;
    // Plain ASCII, other characters and escapes in turn: each run is written its own way.
    QTest::newRow("mixed runs") << R"({"clé":"é\"a\u007f\u001fz💰\\","k":"x\té"})"_ba
                                << "{\"clé\":\"é\\\"a\x7f\\u001fz💰\\\\\",\"k\":\"x\\té\"}"_ba;
    QTest::newRow("nul escape") << R"(["a\u0000b"])"_ba
                                << R"(["a\u0000b"])"_ba;
    QTest::newRow("top-level string") << "\"hi\""_ba
                                      << "\"hi\""_ba;
    QTest::newRow("negative zero") << "-0"_ba
                                   << "0"_ba;
    QTest::newRow("big integer") << "9007199254740993"_ba
                                 << "9007199254740992"_ba;
}

void TestJsonParser::roundTrip()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, compact);
    Result<JsonValue> parsed = JsonParser::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toJson(), compact);
    // Our own output parses back to the same value.
    Result<JsonValue> again = JsonParser::parse(compact);
    QVERIFY(again.ok());
    QVERIFY(again.value() == parsed.value());
}

void TestJsonParser::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""_ba << u"ends where a value"_s;
    QTest::newRow("whitespace only") << "  \n"_ba << u"ends where a value"_s;
    QTest::newRow("trailing text") << "{} x"_ba << u"unexpected text after"_s;
    QTest::newRow("two values") << "{}{}"_ba << u"unexpected text after"_s;
    QTest::newRow("trailing comma object") << R"({"a":1,})"_ba << u"key in double quotes"_s;
    QTest::newRow("trailing comma array") << "[1,]"_ba << u"expected a value"_s;
    QTest::newRow("single quotes") << "{'a':1}"_ba << u"key in double quotes"_s;
    QTest::newRow("missing colon") << R"({"a" 1})"_ba << u"expected ':'"_s;
    QTest::newRow("unclosed object") << R"({"a":1)"_ba << u"expected ',' or '}'"_s;
    QTest::newRow("unclosed string") << R"(["abc)"_ba << u"not closed"_s;
    QTest::newRow("leading zero") << "[01]"_ba << u"expected ',' or ']'"_s;
    QTest::newRow("bare dot") << "[1.]"_ba << u"digits after '.'"_s;
    QTest::newRow("bare exponent") << "[1e]"_ba << u"exponent"_s;
    QTest::newRow("plus sign") << "[+1]"_ba << u"expected a value"_s;
    QTest::newRow("NaN") << "[NaN]"_ba << u"expected a value"_s;
    QTest::newRow("Infinity") << "[Infinity]"_ba << u"expected a value"_s;
    QTest::newRow("misspelt literal") << "[tru]"_ba << u"unknown word"_s;
    QTest::newRow("raw control char") << "[\"a\tb\"]"_ba << u"control character"_s;
    QTest::newRow("raw NUL") << QByteArray("[\"a\0b\"]", 7) << u"control character"_s;
    QTest::newRow("bad escape") << R"(["\x41"])"_ba << u"unknown escape"_s;
    QTest::newRow("short unicode escape") << R"(["\u12"])"_ba << u"four hex digits"_s;
    QTest::newRow("lone high surrogate") << R"(["\ud83d"])"_ba << u"lone surrogate"_s;
    QTest::newRow("lone low surrogate") << R"(["\udcb0"])"_ba << u"lone surrogate"_s;
    QTest::newRow("high + non-low") << R"(["\ud83d\u0041"])"_ba << u"lone surrogate"_s;
    QTest::newRow("invalid utf-8 byte") << "[\"\xff\"]"_ba << u"not valid UTF-8"_s;
    QTest::newRow("truncated utf-8") << "[\"\xe6\x97\"]"_ba << u"not valid UTF-8"_s;
    QTest::newRow("overlong utf-8") << "[\"\xc0\xaf\"]"_ba << u"not valid UTF-8"_s;
    QTest::newRow("utf-8 surrogate") << "[\"\xed\xa0\x80\"]"_ba << u"not valid UTF-8"_s;
    QTest::newRow("beyond U+10FFFF") << "[\"\xf4\x90\x80\x80\"]"_ba << u"not valid UTF-8"_s;
    QTest::newRow("duplicate key") << R"({"a":1,"a":2})"_ba << u"\"a\" appears twice"_s;
    QTest::newRow("nested duplicate key")
        << R"({"f":{"k":1,"k":1}})"_ba << u"\"k\" appears twice"_s;
    // Few members are compared one by one, many through a set: a repeat on either side of the
    // switch, and right at it.
    const auto repeated = [](int distinct, int again) -> QByteArray {
        QByteArray json = "{";
        for (int i = 0; i < distinct; ++i)
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        return json + "\"k" + QByteArray::number(again) + "\":0}";
    };
    QTest::newRow("3rd key repeats the 2nd") << repeated(2, 1) << u"\"k1\" appears twice"_s;
    QTest::newRow("9th key repeats the 1st") << repeated(8, 0) << u"\"k0\" appears twice"_s;
    QTest::newRow("9th key repeats the 8th") << repeated(8, 7) << u"\"k7\" appears twice"_s;
    QTest::newRow("10th key repeats the 9th") << repeated(9, 8) << u"\"k8\" appears twice"_s;
    QTest::newRow("41st key repeats the 4th") << repeated(40, 3) << u"\"k3\" appears twice"_s;
}

void TestJsonParser::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    Result<JsonValue> parsed = JsonParser::parse(input);
    QVERIFY2(!parsed.ok(), input.constData());
    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestJsonParser::manyDistinctKeysAreNoDuplicates()
{
    QByteArray json = "{";
    for (int i = 0; i < 40; ++i)
        json += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    json += "}";
    Result<JsonValue> parsed = JsonParser::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->members().size(), size_t(40));
}

void TestJsonParser::keepsMemberOrder()
{
    Result<JsonValue> parsed = JsonParser::parse(R"({"zeta":1,"alpha":"2","mid":true})"_ba);
    QVERIFY(parsed.ok());
    QStringList keys;
    for (const auto &[key, value] : parsed->members())
        keys << key;
    QCOMPARE(keys, (QStringList {u"zeta"_s, u"alpha"_s, u"mid"_s}));
    QVERIFY(parsed->find(u"alpha")->isString());
    QVERIFY(parsed->find(u"mid")->isBool());
    QCOMPARE(parsed->find(u"nope"), nullptr);
}

void TestJsonParser::decodesStrings()
{
    Result<JsonValue> parsed = JsonParser::parse(R"(["\u00e9\ud83d\udcb0", "a\u0000b"])"_ba);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->items().at(0).toString(), u"é💰"_s);
    QCOMPARE(parsed->items().at(1).toString().size(), 3);
    QCOMPARE(parsed->items().at(1).toString().at(1), QChar(0));
}

void TestJsonParser::depthLimit()
{
    const QByteArray ok = QByteArray(64, '[') + QByteArray(64, ']');
    QVERIFY(JsonParser::parse(ok).ok());
    const QByteArray deep = QByteArray(65, '[') + QByteArray(65, ']');
    Result<JsonValue> tooDeep = JsonParser::parse(deep);
    QVERIFY(!tooDeep.ok());
    QVERIFY(tooDeep.error().message.contains(u"deeper than 64"_s));
    // 10,000 levels must be refused without exhausting the stack.
    const QByteArray hostile = QByteArray(10000, '[') + QByteArray(10000, ']');
    QVERIFY(!JsonParser::parse(hostile).ok());
    JsonParser::Options shallow;
    shallow.maxDepth = 2;
    QVERIFY(!JsonParser::parse(R"({"a":{"b":{}}})"_ba, shallow).ok());
    QVERIFY(JsonParser::parse(R"({"a":{"b":1}})"_ba, shallow).ok());
}

void TestJsonParser::outOfRangeNumbers()
{
    Result<JsonValue> parsed = JsonParser::parse("[1e400, -1e400, 1e-400]"_ba);
    QVERIFY(parsed.ok());
    QVERIFY(std::isinf(parsed->items().at(0).toDouble()) && parsed->items().at(0).toDouble() > 0);
    QVERIFY(std::isinf(parsed->items().at(1).toDouble()) && parsed->items().at(1).toDouble() < 0);
    QCOMPARE(parsed->items().at(2).toDouble(), 0.0);
    // JSON.stringify writes null for what JSON cannot hold.
    QCOMPARE(parsed->toJson(), "[null,null,0]"_ba);
}

void TestJsonParser::formatNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    // Each expected string is what a JavaScript engine prints for String(value).
    QTest::newRow("49.99") << 49.99 << u"49.99"_s;
    QTest::newRow("100") << 100.0 << u"100"_s;
    QTest::newRow("1.50") << 1.5 << u"1.5"_s;
    QTest::newRow("0") << 0.0 << u"0"_s;
    QTest::newRow("-0") << -0.0 << u"0"_s;
    QTest::newRow("-12.5") << -12.5 << u"-12.5"_s;
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << u"0.30000000000000004"_s;
    QTest::newRow("1e21") << 1e21 << u"1e+21"_s;
    QTest::newRow("1e20") << 1e20 << u"100000000000000000000"_s;
    QTest::newRow("123e18") << 123e18 << u"123000000000000000000"_s;
    QTest::newRow("1.5e21") << 1.5e21 << u"1.5e+21"_s;
    QTest::newRow("1e-6") << 1e-6 << u"0.000001"_s;
    QTest::newRow("1e-7") << 1e-7 << u"1e-7"_s;
    QTest::newRow("1.25e-7") << 1.25e-7 << u"1.25e-7"_s;
    QTest::newRow("2^53+1 rounded") << 9007199254740993.0 << u"9007199254740992"_s;
    QTest::newRow("max double") << 1.7976931348623157e308 << u"1.7976931348623157e+308"_s;
    QTest::newRow("min subnormal") << 5e-324 << u"5e-324"_s;
    QTest::newRow("infinity") << HUGE_VAL << u"Infinity"_s;
    QTest::newRow("-infinity") << -HUGE_VAL << u"-Infinity"_s;
    QTest::newRow("NaN") << std::nan("") << u"NaN"_s;
}

void TestJsonParser::formatNumber()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(JsonValue::formatNumber(value), expected);
    QCOMPARE(JsonValue::number(value).toDisplayString(), expected);
}

void TestJsonParser::indentedOutput()
{
    Result<JsonValue> parsed = JsonParser::parse(R"({"a":[1,{"b":null}],"c":{}})"_ba);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->toIndentedJson(),
        "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {}\n}\n"_ba);
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"

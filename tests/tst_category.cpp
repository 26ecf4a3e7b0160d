#include "storage/categorystore.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCategory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void names_data();
    void names();
    void colors_data();
    void colors();
    void formatColor();
    void emojis_data();
    void emojis();

    void addAndFind();
    void addRefusesDuplicatesAndBadInput();
    void listIsSortedByName();
    void updateChangesEmojiAndColor();
    void chosenTotalsAreKeptInOrder();
    void renameCarriesEvents();
    void renameOntoExistingNameIsRefused();
    void removeKeepsEventHistory();
    void removeUnknownIsNotFound();

private:
    Category make(
        const QString &name, const QString &emoji = {}, quint32 color = Category::DefaultColor);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCategory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestCategory::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Category TestCategory::make(const QString &name, const QString &emoji, quint32 color)
{
    Category c;
    c.name = name;
    c.emoji = emoji;
    c.color = color;
    return c;
}

void TestCategory::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("sale") << u"sale"_s << true;
    QTest::newRow("digits") << u"404"_s << true;
    QTest::newRow("hyphen and underscore") << u"user-signup_v2"_s << true;
    QTest::newRow("single char") << u"a"_s << true;
    QTest::newRow("50 chars") << QString(50, u'x') << true;
    QTest::newRow("leading hyphen") << u"-x"_s << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("51 chars") << QString(51, u'x') << false;
    QTest::newRow("uppercase") << u"Sale"_s << false;
    QTest::newRow("space") << u"new sale"_s << false;
    QTest::newRow("dot") << u"sale.v2"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("accented") << u"café"_s << false;
    QTest::newRow("emoji") << u"💰"_s << false;
    QTest::newRow("sql quote") << u"x'; DROP TABLE categories; --"_s << false;
    QTest::newRow("nul") << QStringView(u"a\0b", 3).toString() << false;
    QTest::newRow("fullwidth a") << u"ａ"_s << false;
}

void TestCategory::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    Status s = Category::validateName(name);
    QCOMPARE(s.ok(), valid);
    if (!valid) {
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QVERIFY(!s.error().message.isEmpty());
    }
    // The store applies the same rule and writes nothing when it refuses.
    CategoryStore store(*m_db);
    QCOMPARE(store.add(make(name)).ok(), valid);
    QCOMPARE(store.list()->size(), valid ? 1 : 0);
}

void TestCategory::colors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused

    QTest::newRow("#RRGGBB") << u"#FF6B6B"_s << 0xFF6B6B;
    QTest::newRow("RRGGBB") << u"FFEB3B"_s << 0xFFEB3B;
    QTest::newRow("lowercase") << u"#6c5ce7"_s << 0x6C5CE7;
    QTest::newRow("black") << u"000000"_s << 0;
    QTest::newRow("white") << u"#ffffff"_s << 0xFFFFFF;
    QTest::newRow("surrounding space") << u" #123456 "_s << 0x123456;

    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("hash only") << u"#"_s << -1;
    QTest::newRow("three digits") << u"#FFF"_s << -1;
    QTest::newRow("eight digits") << u"#FF6B6BFF"_s << -1;
    QTest::newRow("not hex") << u"#GG0000"_s << -1;
    QTest::newRow("name") << u"red"_s << -1;
    QTest::newRow("0x prefix") << u"0xFF6B6B"_s << -1;
    QTest::newRow("sign") << u"+12345"_s << -1;
    QTest::newRow("double hash") << u"##123456"_s << -1;
}

void TestCategory::colors()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    Result<quint32> color = Category::parseColor(text);
    QCOMPARE(color.ok(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(color.value(), quint32(expected));
    else
        QVERIFY(color.error().message.contains(u"#FF6B6B"_s)); // says how to write one
}

void TestCategory::formatColor()
{
    QCOMPARE(Category::formatColor(0xFF6B6B), u"#FF6B6B"_s);
    QCOMPARE(Category::formatColor(0x00000A), u"#00000A"_s);
    QCOMPARE(Category::formatColor(0), u"#000000"_s);
}

void TestCategory::emojis_data()
{
    QTest::addColumn<QString>("emoji");
    QTest::addColumn<bool>("valid");

    QTest::newRow("none") << QString() << true;
    QTest::newRow("money bag") << u"💰"_s << true;
    QTest::newRow("lady beetle") << u"🐞"_s << true;
    QTest::newRow("thinking") << u"🤔"_s << true;
    QTest::newRow("bell") << u"🔔"_s << true;
    QTest::newRow("BMP sun with VS16") << u"☀️"_s << true;
    QTest::newRow("BMP check mark") << u"✅"_s << true;
    QTest::newRow("star") << u"⭐"_s << true;
    QTest::newRow("skin tone") << u"👍🏽"_s << true;
    QTest::newRow("flag") << u"🇩🇪"_s << true;
    QTest::newRow("ZWJ family") << u"👨‍👩‍👧"_s << true;
    QTest::newRow("ZWJ technologist") << u"🧑🏽‍💻"_s << true;
    QTest::newRow("keycap") << u"1️⃣"_s << true;

    QTest::newRow("two emojis") << u"💰💰"_s << false;
    QTest::newRow("emoji and text") << u"💰 sale"_s << false;
    QTest::newRow("letter") << u"a"_s << false;
    QTest::newRow("digit") << u"1"_s << false;
    QTest::newRow("word") << u"money"_s << false;
    QTest::newRow("CJK") << u"日"_s << false;
    QTest::newRow("space") << u" "_s << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) << false;
    QTest::newRow("shortcode") << u":moneybag:"_s << false;
}

void TestCategory::emojis()
{
    QFETCH(QString, emoji);
    QFETCH(bool, valid);
    Status s = Category::validateEmoji(emoji);
    QVERIFY2(s.ok() == valid, qPrintable(s.ok() ? u"accepted"_s : s.error().message));
    CategoryStore store(*m_db);
    Result<Category> added = store.add(make(u"x"_s, emoji));
    QCOMPARE(added.ok(), valid);
    if (valid)
        QCOMPARE(store.find(u"x"_s)->emoji, emoji);
}

void TestCategory::addAndFind()
{
    CategoryStore store(*m_db);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Result<Category> added = store.add(make(u"sale"_s, u"💰"_s, 0xFFEB3B));
    QVERIFY(added.ok());
    QVERIFY(added->id > 0);
    Result<Category> found = store.find(u"sale"_s);
    QVERIFY(found.ok());
    QCOMPARE(found->id, added->id);
    QCOMPARE(found->emoji, u"💰"_s);
    QCOMPARE(found->color, 0xFFEB3Bu);
    QCOMPARE(found->colorName(), u"#FFEB3B"_s);
    QVERIFY(found->createdAt.toMSecsSinceEpoch() >= before);
    QCOMPARE(found->createdAt, found->updatedAt);
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
}

void TestCategory::addRefusesDuplicatesAndBadInput()
{
    CategoryStore store(*m_db);
    QVERIFY(store.add(make(u"sale"_s, u"💰"_s)).ok());
    Result<Category> again = store.add(make(u"sale"_s, u"🐞"_s));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::AlreadyExists);
    QVERIFY(again.error().message.contains(u"\"sale\" already exists"_s));
    QCOMPARE(store.find(u"sale"_s)->emoji, u"💰"_s); // the first one is untouched

    Result<Category> badColor = store.add(make(u"bug"_s, QString(), 0x1000000));
    QVERIFY(!badColor.ok());
    QCOMPARE(store.list()->size(), 1);
}

void TestCategory::listIsSortedByName()
{
    CategoryStore store(*m_db);
    for (const QString &name : {u"sale"_s, u"bug"_s, u"question"_s})
        QVERIFY(store.add(make(name)).ok());
    QStringList names;
    for (const Category &c : store.list().value())
        names << c.name;
    QCOMPARE(names, (QStringList {u"bug"_s, u"question"_s, u"sale"_s}));
}

void TestCategory::updateChangesEmojiAndColor()
{
    CategoryStore store(*m_db);
    QVERIFY(store.add(make(u"bug"_s, u"🐞"_s, 0xFF6B6B)).ok());
    QTest::qWait(2); // so that the update time differs
    Result<Category> updated = store.update(u"bug"_s, make(u"bug"_s, QString(), 0x00FF00));
    QVERIFY(updated.ok());
    Result<Category> found = store.find(u"bug"_s);
    QVERIFY(found->emoji.isEmpty());
    QCOMPARE(found->color, 0x00FF00u);
    QVERIFY(found->updatedAt > found->createdAt);

    QVERIFY(!store.update(u"bug"_s, make(u"bug"_s, u"nope"_s)).ok());
    QCOMPARE(store.find(u"bug"_s)->color, 0x00FF00u);
    QCOMPARE(store.update(u"ghost"_s, make(u"ghost"_s)).error().code, Error::Code::NotFound);
}

void TestCategory::chosenTotalsAreKeptInOrder()
{
    CategoryStore store(*m_db);
    Category sale = make(u"sale"_s);
    QVERIFY(store.add(sale).ok());
    QVERIFY(store.find(u"sale"_s)->totalFields.isEmpty()); // the dashboard's own rule

    sale.totalFields = {u"seats"_s, u"amount"_s, u"order \"id\", 2"_s};
    QVERIFY(store.update(u"sale"_s, sale).ok());
    QCOMPARE(store.find(u"sale"_s)->totalFields, sale.totalFields);
    QCOMPARE(store.list()->first().totalFields, sale.totalFields);

    sale.totalFields.clear();
    QVERIFY(store.update(u"sale"_s, sale).ok());
    QVERIFY(store.find(u"sale"_s)->totalFields.isEmpty());
}

void TestCategory::renameCarriesEvents()
{
    CategoryStore store(*m_db);
    EventStore events(*m_db);
    QVERIFY(store.add(make(u"signup"_s)).ok());
    QVERIFY(events.add(u"signup"_s, QString(), JsonValue::object()).ok());
    QVERIFY(store.update(u"signup"_s, make(u"new-user"_s)).ok());
    QCOMPARE(store.find(u"signup"_s).error().code, Error::Code::NotFound);
    QVERIFY(store.find(u"new-user"_s).ok());
    QCOMPARE(store.eventCount(u"new-user"_s).value(), 1);
    QCOMPARE(store.eventCount(u"signup"_s).value(), 0);
}

void TestCategory::renameOntoExistingNameIsRefused()
{
    CategoryStore store(*m_db);
    QVERIFY(store.add(make(u"a"_s)).ok());
    QVERIFY(store.add(make(u"b"_s)).ok());
    Result<Category> r = store.update(u"a"_s, make(u"b"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::AlreadyExists);
    QVERIFY(store.find(u"a"_s).ok());
}

void TestCategory::removeKeepsEventHistory()
{
    CategoryStore store(*m_db);
    EventStore events(*m_db);
    QVERIFY(store.add(make(u"sale"_s)).ok());
    QVERIFY(events.add(u"sale"_s, u"one"_s, JsonValue::object()).ok());
    QVERIFY(events.add(u"sale"_s, u"two"_s, JsonValue::object()).ok());
    QCOMPARE(store.eventCount(u"sale"_s).value(), 2);
    QVERIFY(store.remove(u"sale"_s).ok());
    QCOMPARE(store.find(u"sale"_s).error().code, Error::Code::NotFound);
    EventQuery all;
    QCOMPARE(events.count(all).value(), 2);
    // New events for the removed category are refused.
    QCOMPARE(
        events.add(u"sale"_s, QString(), JsonValue::object()).error().code, Error::Code::NotFound);
}

void TestCategory::removeUnknownIsNotFound()
{
    CategoryStore store(*m_db);
    Status s = store.remove(u"ghost"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::NotFound);
    QVERIFY(s.error().message.contains(u"\"ghost\""_s));
}

QTEST_GUILESS_MAIN(TestCategory)
#include "tst_category.moc"

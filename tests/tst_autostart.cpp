#include "platform/autostart.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void execLineQuotesWhatTheSpecReserves_data();
    void execLineQuotesWhatTheSpecReserves();
    void enableWritesAnEntryAndDisableRemovesIt();
    void defaultFolderFollowsXdgConfigHome();
    void unwritableFolderIsExplained();
};

void TestAutostart::execLineQuotesWhatTheSpecReserves_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("exec");

    QTest::newRow("plain") << u"/usr/bin/pingpanda"_s << QStringList() << u"/usr/bin/pingpanda"_s;
    QTest::newRow("data dir") << u"/usr/bin/pingpanda"_s
                              << QStringList {u"--data-dir"_s, u"/home/ann/pp"_s}
                              << u"/usr/bin/pingpanda --data-dir /home/ann/pp"_s;
    QTest::newRow("space") << u"/opt/Ping Panda/pingpanda"_s << QStringList()
                           << u"\"/opt/Ping Panda/pingpanda\""_s;
    // Inside quotes, " ` $ \ take a backslash; the desktop file's string escaping then doubles
    // every backslash.
    QTest::newRow("specials") << u"/usr/bin/pingpanda"_s
                              << QStringList {u"--data-dir"_s, u"/home/a$b \"c\" \\d"_s}
                              << u"/usr/bin/pingpanda --data-dir \"/home/a\\\\$b \\\\\"c\\\\\" "
                                 "\\\\\\\\d\""_s;
    QTest::newRow("percent") << u"/usr/bin/pingpanda"_s
                             << QStringList {u"--data-dir"_s, u"/tmp/100%"_s}
                             << u"/usr/bin/pingpanda --data-dir /tmp/100%%"_s;
    QTest::newRow("empty argument")
        << u"/usr/bin/pingpanda"_s << QStringList {QString()} << u"/usr/bin/pingpanda \"\""_s;
}

void TestAutostart::execLineQuotesWhatTheSpecReserves()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, exec);
    QCOMPARE(Autostart::execLine(program, arguments), exec);
}

void TestAutostart::enableWritesAnEntryAndDisableRemovesIt()
{
    QTemporaryDir home;
    const QString folder = home.filePath(u"config/autostart"_s); // does not exist yet
    Autostart autostart(folder);
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.disable().ok()); // nothing to remove is fine

    QVERIFY(autostart.enable(u"/usr/bin/pingpanda"_s, {u"--data-dir"_s, u"/srv/pp"_s}).ok());
    QVERIFY(autostart.isEnabled());
    QCOMPARE(autostart.filePath(), folder + u"/pingpanda.desktop"_s);
    QFile file(autostart.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(lines.first(), u"[Desktop Entry]"_s);
    QVERIFY(lines.contains(u"Type=Application"_s));
    QVERIFY(lines.contains(u"Name=PingPanda"_s));
    QVERIFY(lines.contains(u"Exec=/usr/bin/pingpanda --data-dir /srv/pp"_s));
    QVERIFY(lines.contains(u"Icon=pingpanda"_s));

    // Enabling again replaces the entry.
    QVERIFY(autostart.enable(u"/usr/local/bin/pingpanda"_s).ok());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString again = QString::fromUtf8(file.readAll());
    QVERIFY(again.contains(u"\nExec=/usr/local/bin/pingpanda\n"_s));
    QCOMPARE(again.count(u"Exec="_s), 1);

    QVERIFY(autostart.disable().ok());
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QFileInfo::exists(folder + u"/pingpanda.desktop"_s));
}

void TestAutostart::defaultFolderFollowsXdgConfigHome()
{
    QTemporaryDir home;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
    const QString path = Autostart().filePath();
    qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(path, home.path() + u"/autostart/pingpanda.desktop"_s);
}

void TestAutostart::unwritableFolderIsExplained()
{
    QTemporaryDir home;
    // A file where the folder should be: nothing can be created under it.
    QFile blocker(home.filePath(u"autostart"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Autostart autostart(blocker.fileName());
    const Status s = autostart.enable(u"/usr/bin/pingpanda"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Storage);
    QVERIFY2(s.error().message.contains(u"cannot start at login"_s), qPrintable(s.error().message));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"

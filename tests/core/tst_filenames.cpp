// The name proposed when saving what came in a case file from someone else: never a path.
#include "util/filenames.h"

#include <QDir>
#include <QTest>

using namespace pbw;

class TestFileNames : public QObject
{
    Q_OBJECT

private slots:
    void baseNameOnly_data();
    void baseNameOnly();
};

void TestFileNames::baseNameOnly_data()
{
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("confirmation.pdf") << QStringLiteral("confirmation.pdf");
    QTest::newRow("climbs out") << QStringLiteral("../../../../tmp/x") << QStringLiteral("x");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows") << QStringLiteral("C:\\Windows\\system.ini") << QStringLiteral("system.ini");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("fallback");
    QTest::newRow("ends in a slash") << QStringLiteral("/etc/") << QStringLiteral("fallback");
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::newRow("control characters") << QStringLiteral("a\nb\u0000c\u001b.txt") << QStringLiteral("a_b_c_.txt");
    QTest::newRow("reserved") << QStringLiteral("a:b*c?.txt") << QStringLiteral("a_b_c_.txt");
    QTest::newRow("Russian kept") << QStringLiteral("Подтверждение сети.pdf")
                                  << QStringLiteral("Подтверждение сети.pdf");
    QTest::newRow("trailing dots") << QStringLiteral("report. . ") << QStringLiteral("report");
    QTest::newRow("long") << QString(300, u'a') << QString(120, u'a');
}

void TestFileNames::baseNameOnly()
{
    QFETCH(QString, proposed);
    QFETCH(QString, expected);
    const QString name = safeFileName(proposed, QStringLiteral("fallback"));
    QCOMPARE(name, expected);
    // Joined to the user's folder, it stays in that folder.
    const QString path = QDir(QStringLiteral("/home/u/Documents")).filePath(name);
    QCOMPARE(QDir::cleanPath(path).section(u'/', 0, -2), QStringLiteral("/home/u/Documents"));
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"

// pbw capi hash end to end: human output, --json, exit status, both languages; hashes checked
// against sha256sum, the peer every user has.
#include "pbwrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace pbw::test;

class TestPbwCapi : public QObject
{
    Q_OBJECT

private slots:
    void hashesLikeSha256sum();
    void jsonAndErrors();
};

void TestPbwCapi::hashesLikeSha256sum()
{
    const PbwRun run = runPbw({QStringLiteral("capi"), QStringLiteral("hash"), QStringLiteral("em"),
                               QStringLiteral("  John_Smith@Gmail.com ")});
    QCOMPARE(run.exitCode, 0);
    QProcess sha;
    sha.start(QStringLiteral("sha256sum"));
    QVERIFY(sha.waitForStarted());
    sha.write("john_smith@gmail.com");
    sha.closeWriteChannel();
    QVERIFY(sha.waitForFinished());
    const QString expected = QString::fromLatin1(sha.readAllStandardOutput().left(64));
    QVERIFY2(run.out.contains(QStringLiteral("sha256: ") + expected), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("normalized: john_smith@gmail.com")));
}

void TestPbwCapi::jsonAndErrors()
{
    const PbwRun run
        = runPbw({QStringLiteral("capi"), QStringLiteral("hash"), QStringLiteral("ph"),
                  QStringLiteral("8 (916) 123-45-67"), QStringLiteral("call me"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1); // one value could not be normalised
    const QJsonArray values = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(0).toObject().value(QStringLiteral("normalized")).toString(), QStringLiteral("89161234567"));
    QCOMPARE(values.at(0).toObject().value(QStringLiteral("warnings")).toArray().size(), 1);
    QVERIFY(values.at(1).toObject().value(QStringLiteral("hash")).isNull());
    QVERIFY(values.at(1).toObject().contains(QStringLiteral("error")));

    const PbwRun russian = runPbw({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("capi"),
                                   QStringLiteral("hash"), QStringLiteral("em"), QStringLiteral("test@")});
    QCOMPARE(russian.exitCode, 1);
    QVERIFY2(russian.out.contains(QStringLiteral("@")) && !russian.out.contains(QStringLiteral("Nothing after")),
             qPrintable(russian.out));
    QCOMPARE(
        runPbw({QStringLiteral("capi"), QStringLiteral("hash"), QStringLiteral("eml"), QStringLiteral("x")}).exitCode,
        2);
    QCOMPARE(runPbw({QStringLiteral("capi"), QStringLiteral("send")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPbwCapi)
#include "tst_pbwcapi.moc"

// pbw case and pbw replay --case end to end: a case store in a temporary folder, exchanges saved
// with their role and verdict, secrets never written, and stores that must be refused untouched.
#include "pbwrun.h"
#include "testserver.h"

#include <QJsonArray>

using namespace pbw::test;

class TestPbwCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failingAndCorrectedInOneCase();
    void refusesAFileThatIsNotAStore();
    void unknownCaseSendsNothing();

private:
    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestPbwCase::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestPbwCase::failingAndCorrectedInOneCase()
{
    const QString db = m_dir.filePath(QStringLiteral("cases.sqlite"));
    const PbwRun created = runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Offer 7: duplicate"),
                                   QStringLiteral("--partner"), QStringLiteral("MyNet"), QStringLiteral("--db"), db,
                                   QStringLiteral("--json")});
    QCOMPARE(created.exitCode, 0);
    const QString id = QString::number(created.json().value(QStringLiteral("id")).toInteger());
    QVERIFY(id != QLatin1String("0"));

    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Duplicate conversion"})", "application/json"));
    const PbwRun failing = runPbw({QStringLiteral("replay"),
                                   m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi&token=sekr1t-value"),
                                   QStringLiteral("--case"), id, QStringLiteral("--role"), QStringLiteral("failing"),
                                   QStringLiteral("--db"), db});
    QCOMPARE(failing.exitCode, 1);
    QVERIFY2(failing.err.contains(QStringLiteral("Saved as exchange")), qPrintable(failing.err));
    m_server.setReply(ScriptedReply::text(200, "OK"));
    const PbwRun corrected = runPbw(
        {QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghj&token=sekr1t-value"),
         QStringLiteral("--case"), id, QStringLiteral("--role"), QStringLiteral("corrected"), QStringLiteral("--db"),
         db, QStringLiteral("--json")});
    QCOMPARE(corrected.exitCode, 0);
    QCOMPARE(corrected.json().value(QStringLiteral("verdict")).toObject().value(QStringLiteral("layer")).toString(),
             QStringLiteral("ok")); // stdout stays one JSON object

    const PbwRun shown = runPbw(
        {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonArray exchanges = shown.json().value(QStringLiteral("exchanges")).toArray();
    QCOMPARE(exchanges.size(), 2);
    QCOMPARE(exchanges.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("failing"));
    QCOMPARE(exchanges.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("corrected"));
    const QJsonObject first = exchanges.at(0).toObject().value(QStringLiteral("exchange")).toObject();
    QCOMPARE(first.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("bucket")).toString(),
             QStringLiteral("duplicate"));
    QVERIFY(first.value(QStringLiteral("request"))
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .endsWith(QStringLiteral("token=[redacted]")));
    QVERIFY(!shown.out.contains(QStringLiteral("sekr1t")));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QFile wal(db + QStringLiteral("-wal"));
    QByteArray everything = file.readAll();
    if (wal.open(QIODevice::ReadOnly))
        everything += wal.readAll();
    QVERIFY(!everything.contains("sekr1t"));

    const PbwRun listed = runPbw({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), db});
    QVERIFY2(listed.out.contains(QStringLiteral("Offer 7: duplicate  [open]  2 exchanges")), qPrintable(listed.out));
}

void TestPbwCase::refusesAFileThatIsNotAStore()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes\n");
    file.close();
    const PbwRun run = runPbw({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("is not a case store")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes\n"));
}

void TestPbwCase::unknownCaseSendsNothing()
{
    m_server.clear();
    const QString db = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const PbwRun run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb"),
                               QStringLiteral("--case"), QStringLiteral("99"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("There is no case 99")));
    QVERIFY(m_server.requests().isEmpty());
    QCOMPARE(runPbw({QStringLiteral("replay"), m_server.baseUrl(), QStringLiteral("--role"), QStringLiteral("failing")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestPbwCase)
#include "tst_pbwcase.moc"

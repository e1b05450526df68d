// pbw case import end to end on hostile files: a 17 MB attached file, a file that does not match its
// SHA-256 and a body declared base64 that is not are refused with exit 2 and the part named, nothing
// written; a HAR's entries that are not requests are left out and said, the others imported.
#include "pbwrun.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace pbw::test;

namespace {

QByteArray caseFileWith(const QByteArray& content, const QByteArray& sha256)
{
    return R"({"format":"postback-workbench-case","version":1,"exported":"2026-11-30T08:00:00.000Z",)"
           R"("generator":{"name":"test","version":"1"},"case":{"title":"t","offer":"","partner":"","tracker":"",)"
           R"("status":"open","created":"2026-11-30T08:00:00.000Z","updated":"2026-11-30T08:00:00.000Z"},)"
           R"("checklist":[],"notes":[],"exchanges":[],"attachments":[{"number":1,"kind":"file","title":"f",)"
           R"("text":"","file_name":"f.bin","added":"2026-11-30T08:00:00.000Z","content_base64":")"
        + content.toBase64() + R"(","sha256":")" + sha256 + R"("}]})";
}

QByteArray sha256Of(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestPbwImport : public QObject
{
    Q_OBJECT

private slots:
    void refusesHostileCaseFiles_data();
    void refusesHostileCaseFiles();
    void leavesOutHarEntriesThatAreNotRequests();

private:
    QString write(const QString& name, const QByteArray& bytes);
    qsizetype cases(const QString& db);

    QTemporaryDir m_dir;
};

QString TestPbwImport::write(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

qsizetype TestPbwImport::cases(const QString& db)
{
    return runPbw(
               {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")})
        .json()
        .value(QStringLiteral("cases"))
        .toArray()
        .size();
}

void TestPbwImport::refusesHostileCaseFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("said");
    const QByteArray big(17 * 1024 * 1024, 'x');
    QTest::newRow("17 MB attached file") << caseFileWith(big, sha256Of(big)) << QStringLiteral("attachments[0]");
    QTest::newRow("sha256 does not match")
        << caseFileWith("bytes", sha256Of("other bytes")) << QStringLiteral("SHA-256");
    QByteArray badBody = caseFileWith("bytes", sha256Of("bytes"));
    badBody.replace(
        R"("exchanges":[])",
        R"("exchanges":[{"number":1,"role":"other","note":"","saved":"2026-11-30T08:00:00.000Z","exchange":)"
        R"({"request":{"method":"GET","url":"https://a.example/","body":"","body_encoding":"text"},)"
        R"("response":{"status":200,"body":"not base64 at all!","body_encoding":"base64"}}}])");
    QTest::newRow("body declared base64 is not") << badBody << QStringLiteral("exchanges[0].exchange.response.body");
}

void TestPbwImport::refusesHostileCaseFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, said);
    const QString db = m_dir.filePath(QStringLiteral("refuse.sqlite"));
    runPbw({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("first"), QStringLiteral("--db"), db});
    const qsizetype before = cases(db);
    const QString path = write(QStringLiteral("hostile.pbcase"), bytes);
    QVERIFY(!path.isEmpty());
    const PbwRun run = runPbw({QStringLiteral("case"), QStringLiteral("import"), path, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("store")), qPrintable(run.err)); // the file's fault, in its words
    QCOMPARE(cases(db), before);
}

void TestPbwImport::leavesOutHarEntriesThatAreNotRequests()
{
    const QString db = m_dir.filePath(QStringLiteral("har.sqlite"));
    const QString path = write(
        QStringLiteral("mixed.har"),
        R"({"log":{"version":"1.2","entries":[null, 1, "x", {"request":{"method":"GET","url":"https://a.example/pb"},)"
        R"("response":{"status":200,"content":{"mimeType":"text/plain","text":"OK"}}}]}})");
    const PbwRun run = runPbw(
        {QStringLiteral("case"), QStringLiteral("import"), path, QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("exchanges")).toInt(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("Entry 1 of the HAR was left out")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Entry 3")), qPrintable(run.err));

    const QString none = write(QStringLiteral("none.har"), R"({"log":{"entries":[null, 1, "x"]}})");
    const PbwRun refused = runPbw({QStringLiteral("case"), QStringLiteral("import"), none, QStringLiteral("--db"), db});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(!refused.err.contains(QStringLiteral("not JSON")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("log.entries[0]")), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestPbwImport)
#include "tst_pbwimport.moc"

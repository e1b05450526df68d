// pbw replay's verdict end to end, against loopback servers: every layer (a real timeout, a refused
// connection, a TLS failure, a DNS failure), the exit status, the user's own answer rules, and
// pbw rules check.
#include "pbwrun.h"
#include "testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QStringEncoder>
#include <QTcpServer>

using namespace pbw::test;

namespace {

QJsonObject verdictOf(const PbwRun& run)
{
    return run.json().value(QStringLiteral("verdict")).toObject();
}

QString userRulesPath()
{
    return testDataHome() + QStringLiteral("/postback-workbench/answer-rules.json");
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

const QByteArray myRules = R"({"format": 1, "rules": [
    {"id": "mynet-already", "platform": "MyNet", "when": {"text": {"contains": ["lead already paid"]}},
     "bucket": "duplicate", "message": "duplicate", "confidence": "high"},
    {"id": "mynet-custom", "when": {"status": [200], "text": {"equals": ["kaboom"]}},
     "bucket": "none", "summary": "MyNet says kaboom.", "next_step": "Call Bob."}
]})";

} // namespace

class TestPbwVerdict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void layers_data();
    void layers();
    void duplicateInBothLanguages();
    void refusalQuotesItsReason();
    void slowAnswerIsFlagged();
    void allowUnknown();
    void refusedConnection();
    void realTimeout();
    void tlsFailure();
    void dnsFailure();
    void userRulesComeFirst();
    void brokenUserRulesKeepBuiltIns();
    void rulesCheck();
    void rulesCheckInRussian();
    void rulesList();
    void rulesExplain();

private:
    TestServer m_server;
};

void TestPbwVerdict::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestPbwVerdict::init()
{
    m_server.clear();
    QFile::remove(userRulesPath());
}

void TestPbwVerdict::cleanup()
{
    QFile::remove(userRulesPath());
}

void TestPbwVerdict::layers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("ok") << 200 << QByteArray("text/plain") << QByteArray("OK") << false << QStringLiteral("ok")
                        << QStringLiteral("accepted") << 0;
    QTest::newRow("json ok gzip") << 200 << QByteArray("application/json")
                                  << QByteArray(R"({"status":"ok","error":null})") << true << QStringLiteral("ok")
                                  << QStringLiteral("accepted") << 0;
    QTest::newRow("empty 200") << 200 << QByteArray("text/plain") << QByteArray() << false << QStringLiteral("unknown")
                               << QStringLiteral("") << 1;
    QTest::newRow("keitaro queued") << 200 << QByteArray("text/html") << QByteArray("Success") << false
                                    << QStringLiteral("unknown") << QStringLiteral("accepted") << 1;
    QTest::newRow("duplicate gzip") << 200 << QByteArray("application/json")
                                    << QByteArray(R"({"status":"error","message":"Duplicate conversion"})") << true
                                    << QStringLiteral("business") << QStringLiteral("duplicate") << 1;
    QTest::newRow("windows-1251")
        << 200 << QByteArray("text/plain; charset=windows-1251")
        << QByteArray(QStringEncoder("windows-1251").encode(QStringLiteral("Ошибка: клик не найден"))) << false
        << QStringLiteral("business") << QStringLiteral("identifier") << 1;
    QTest::newRow("403") << 403 << QByteArray("text/plain") << QByteArray("Current IP-address is denied") << false
                         << QStringLiteral("http") << QStringLiteral("auth") << 1;
    QTest::newRow("503") << 503 << QByteArray("text/plain") << QByteArray() << false << QStringLiteral("http")
                         << QStringLiteral("server-error") << 1;
}

void TestPbwVerdict::layers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, gzip);
    QFETCH(QString, layer);
    QFETCH(QString, bucket);
    QFETCH(int, exitCode);

    ScriptedReply reply = ScriptedReply::text(status, body, contentType);
    reply.gzip = gzip;
    m_server.setReply(reply);
    const PbwRun run
        = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi"),
                  QStringLiteral("--json")});
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject verdict = verdictOf(run);
    QCOMPARE(verdict.value(QStringLiteral("layer")).toString(), layer);
    QCOMPARE(verdict.value(QStringLiteral("bucket")).toString(), bucket); // null reads as ""
    QCOMPARE(verdict.value(QStringLiteral("evidence")).toArray().first().toObject().value(QStringLiteral("kind")),
             QStringLiteral("status"));
}

void TestPbwVerdict::duplicateInBothLanguages()
{
    m_server.setReply(
        ScriptedReply::text(200, R"({"status":"error","message":"Duplicate conversion"})", "application/json"));
    const QString url = m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi");
    const PbwRun en = runPbw({QStringLiteral("replay"), url});
    QCOMPARE(en.exitCode, 1);
    QVERIFY2(en.out.contains(QStringLiteral("Verdict: ✗ Refused by the partner · duplicate")), qPrintable(en.out));
    QVERIFY(en.out.contains(QStringLiteral("The partner answered but rejected it as a duplicate")));
    QVERIFY(en.out.contains(QStringLiteral("JSON field status: `error`")));
    QVERIFY(en.out.contains(QStringLiteral("Body: `Duplicate`")));

    const PbwRun ru = runPbw({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("replay"), url});
    QCOMPARE(ru.exitCode, 1);
    QVERIFY2(ru.out.contains(QStringLiteral("Отклонено партнёром · дубликат")), qPrintable(ru.out));
    QVERIFY(ru.out.contains(QStringLiteral("отклонил постбек как дубль")));
    QVERIFY(ru.out.contains(QStringLiteral("Поле JSON status: `error`")));
}

// Issue 23: the network refuses the tracker's IP address and says so; text and --json say the same.
void TestPbwVerdict::refusalQuotesItsReason()
{
    m_server.setReply(ScriptedReply::text(403, "IP not whitelisted"));
    const QString url
        = m_server.baseUrl() + QStringLiteral("/track/conv?clickid=8fk2q9x1mz0c4&payout=49.90&status=sale&token=t0k3n");
    const PbwRun json = runPbw({QStringLiteral("replay"), url, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QString summary = verdictOf(json).value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.endsWith(QStringLiteral("The partner's answer says: “IP not whitelisted”.")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("IP address they do not allow")));
    const PbwRun human = runPbw({QStringLiteral("replay"), url});
    QVERIFY2(human.out.contains(QStringLiteral("  ") + summary + QLatin1Char('\n')), qPrintable(human.out));
    QVERIFY(human.out.contains(QStringLiteral("ask them to allow-list it")));
}

void TestPbwVerdict::slowAnswerIsFlagged()
{
    ScriptedReply reply = ScriptedReply::text(200, "OK");
    reply.delayMs = 5'300; // a little over the 5 s a sender usually waits
    m_server.setReply(reply);
    const PbwRun json
        = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi"),
                  QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0); // the answer says OK: accepted, and flagged
    const QJsonObject slow = verdictOf(json).value(QStringLiteral("evidence")).toArray().last().toObject();
    QCOMPARE(slow.value(QStringLiteral("kind")).toString(), QStringLiteral("transport"));
    QCOMPARE(slow.value(QStringLiteral("where")).toString(), QStringLiteral("slow-answer"));
    QVERIFY2(slow.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Slow answer: 5.")),
             qPrintable(slow.value(QStringLiteral("text")).toString()));
}

void TestPbwVerdict::allowUnknown()
{
    m_server.setReply(ScriptedReply::text(200, ""));
    const QString url = m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi");
    QCOMPARE(runPbw({QStringLiteral("replay"), url}).exitCode, 1);
    const PbwRun allowed = runPbw({QStringLiteral("replay"), url, QStringLiteral("--allow-unknown")});
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY(allowed.out.contains(QStringLiteral("only the partner can confirm")));
}

void TestPbwVerdict::refusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const PbwRun run = runPbw(
        {QStringLiteral("replay"), QStringLiteral("http://127.0.0.1:%1/pb").arg(port), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(verdictOf(run).value(QStringLiteral("layer")).toString(), QStringLiteral("transport"));
    QCOMPARE(verdictOf(run).value(QStringLiteral("message")).toString(), QStringLiteral("transport-connect"));
}

void TestPbwVerdict::realTimeout()
{
    ScriptedReply reply;
    reply.neverAnswer = true;
    m_server.setReply(reply);
    const PbwRun run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/never"),
                               QStringLiteral("--timeout"), QStringLiteral("0.3")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("The partner did not answer in time.")), qPrintable(run.out));
}

void TestPbwVerdict::tlsFailure()
{
    TestServer https(TestServer::Scheme::Https);
    QVERIFY(https.listen());
    const PbwRun run
        = runPbw({QStringLiteral("replay"), https.baseUrl() + QStringLiteral("/pb"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(verdictOf(run).value(QStringLiteral("message")).toString(), QStringLiteral("transport-tls"));
    // The same server with -k answers, and the answer is judged.
    https.setReply(ScriptedReply::text(200, "OK"));
    const PbwRun accepted = runPbw({QStringLiteral("replay"), https.baseUrl() + QStringLiteral("/pb"),
                                    QStringLiteral("-k"), QStringLiteral("--json")});
    QCOMPARE(verdictOf(accepted).value(QStringLiteral("layer")).toString(), QStringLiteral("ok"));
}

void TestPbwVerdict::dnsFailure()
{
    // A valid URL host longer than a DNS name can be (255 bytes): the resolver refuses to build the
    // query, so the lookup fails on this machine and no name is sent to a DNS server.
    const QString host = QStringList(5, QString(60, u'p')).join(u'.') + QStringLiteral(".invalid");
    const PbwRun run = runPbw({QStringLiteral("replay"), QStringLiteral("http://%1/pb?subid=1").arg(host),
                               QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(verdictOf(run).value(QStringLiteral("layer")).toString(), QStringLiteral("transport"));
    QCOMPARE(verdictOf(run).value(QStringLiteral("message")).toString(), QStringLiteral("transport-dns"));
}

void TestPbwVerdict::userRulesComeFirst()
{
    writeFile(userRulesPath(), myRules);
    const QString url = m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi");
    m_server.setReply(ScriptedReply::text(200, "Error: lead already paid"));
    PbwRun run = runPbw({QStringLiteral("replay"), url, QStringLiteral("--json")});
    QCOMPARE(verdictOf(run).value(QStringLiteral("rule")).toString(), QStringLiteral("mynet-already"));
    QCOMPARE(verdictOf(run).value(QStringLiteral("platform")).toString(), QStringLiteral("MyNet"));
    QCOMPARE(verdictOf(run).value(QStringLiteral("bucket")).toString(), QStringLiteral("duplicate"));

    m_server.setReply(ScriptedReply::text(200, "kaboom"));
    run = runPbw({QStringLiteral("replay"), url});
    QVERIFY2(run.out.contains(QStringLiteral("MyNet says kaboom.")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Next step: Call Bob.")));
    QVERIFY(run.err.isEmpty());
}

void TestPbwVerdict::brokenUserRulesKeepBuiltIns()
{
    writeFile(userRulesPath(), R"({"rules": [{"id": "x", "when": {"status": ["2xy"]}, "bucket": "dup"}]})");
    m_server.setReply(ScriptedReply::text(200, "OK"));
    const PbwRun run
        = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?subid=abc123def456ghi")});
    QCOMPARE(run.exitCode, 0); // the built-in rules still judge
    QVERIFY2(run.err.contains(QStringLiteral("Your answer rules are not used")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("\"2xy\"")));
}

void TestPbwVerdict::rulesCheck()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    writeFile(good, myRules);
    PbwRun run = runPbw({QStringLiteral("rules"), QStringLiteral("check"), good});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("2 rules, no problems")), qPrintable(run.out));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, R"({"rules": [
        {"id": "a", "when": {"status": ["2xy"], "txt": {}}, "bucket": "dup", "confidence": "sure"},
        {"id": "a", "when": {"text": {"regex": "("}}, "bucket": "duplicate"},
        {"when": {"use": "nothing"}, "bucket": "duplicate", "message": "no-such-message"},
        {"id": "d", "when": {"status": [200]}, "bucket": "accepted", "layer": "http"}
    ]})");
    run = runPbw({QStringLiteral("rules"), QStringLiteral("check"), bad, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
    const QString problems = json.value(QStringLiteral("problems")).toVariant().toStringList().join(QLatin1Char('\n'));
    for (const char* expected :
         {"Rule \"a\": \"status\" entry \"2xy\"", "unknown condition \"txt\"", "\"dup\" is not a bucket",
          "\"sure\" is not a confidence", "the id is used by an earlier rule too", "invalid regular expression",
          "Rule \"#3\": a rule needs an \"id\"", "\"use\" names \"nothing\"", "\"no-such-message\" is not a message",
          "\"http\" is not a layer a rule can give"})
        QVERIFY2(problems.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral("\n") + problems));

    const QString notJson = dir.filePath(QStringLiteral("broken.json"));
    writeFile(notJson, "{\"rules\": [");
    run = runPbw({QStringLiteral("rules"), QStringLiteral("check"), notJson});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("not valid JSON")), qPrintable(run.out));

    const QString newer = dir.filePath(QStringLiteral("newer.json"));
    writeFile(newer, R"({"format": 7, "rules": []})");
    run = runPbw({QStringLiteral("rules"), QStringLiteral("check"), newer});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QStringLiteral("format 7")));

    run = runPbw({QStringLiteral("rules"), QStringLiteral("check"), dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("cannot be read")));
    QCOMPARE(runPbw({QStringLiteral("rules"), QStringLiteral("frob")}).exitCode, 2);
}

void TestPbwVerdict::rulesCheckInRussian()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, R"({"rules": [{"id": "a", "when": {"status": [200]}, "bucket": "dup"}]})");
    const PbwRun run = runPbw(
        {QStringLiteral("rules"), QStringLiteral("check"), bad, QStringLiteral("--lang"), QStringLiteral("ru")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("Правило «a»")), qPrintable(run.out));
}

void TestPbwVerdict::rulesList()
{
    const PbwRun run = runPbw({QStringLiteral("rules"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("built-in  tune-duplicate → duplicate (TUNE / HasOffers)")));
    QVERIFY(run.out.contains(QStringLiteral("(none yet)")));
    writeFile(userRulesPath(), myRules);
    const PbwRun withMine = runPbw({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray rules = withMine.json().value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("mynet-already"));
    QCOMPARE(rules.first().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("answer-rules.json"));
}

// pbw rules explain: how an answer was read, from standard input or a file, in both languages.
void TestPbwVerdict::rulesExplain()
{
    PbwRun run = runPbw({QStringLiteral("rules"), QStringLiteral("explain"), QStringLiteral("-"),
                         QStringLiteral("--content-type"), QStringLiteral("application/json")},
                        R"({"status":"error","message":"Offer is paused for this affiliate"})");
    QCOMPARE(run.exitCode, 0);
    for (const char* expected :
         {"Outcome member: status = \"error\" — says failure", "Reason member: message = \"Offer is paused",
          "Vocabulary, in a reason member: offer — pattern \"{offer} {inactive}\", words \"offer is paused\"",
          "  – the platforms' documented answers", "  ✓ the answer's outcome member: concept \"offer\"",
          "Verdict: ✗ Refused by the partner · business rule · high confidence"})
        QVERIFY2(run.out.contains(QString::fromUtf8(expected)), qPrintable(expected + QStringLiteral("\n") + run.out));

    // A whole answer as curl -i prints it: the status and headers come from the file.
    QTemporaryDir dir;
    const QString answer = dir.filePath(QStringLiteral("answer.txt"));
    writeFile(answer, "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nError: duplicate");
    run = runPbw({QStringLiteral("rules"), QStringLiteral("explain"), answer, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), 500);
    QCOMPARE(json.value(QStringLiteral("reading")).toObject().value(QStringLiteral("step")).toString(),
             QStringLiteral("http-status"));
    QCOMPARE(json.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("bucket")).toString(),
             QStringLiteral("server-error"));
    const QJsonArray concepts
        = json.value(QStringLiteral("reading")).toObject().value(QStringLiteral("concepts")).toArray();
    QVERIFY(!concepts.isEmpty()); // read for the explanation, though the status decided

    run = runPbw({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("rules"), QStringLiteral("explain"),
                  QStringLiteral("-")},
                 "DUPLICATE_CLICK_ID");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Шаги по порядку")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("документированные ответы платформ: правило «trackier-duplicate»")),
             qPrintable(run.out));

    QCOMPARE(
        runPbw({QStringLiteral("rules"), QStringLiteral("explain"), dir.filePath(QStringLiteral("none"))}).exitCode, 2);
    run = runPbw({QStringLiteral("rules"), QStringLiteral("explain"), QStringLiteral("-"), QStringLiteral("--status"),
                  QStringLiteral("abc")},
                 "OK");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--status")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestPbwVerdict)
#include "tst_pbwverdict.moc"

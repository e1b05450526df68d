// pbw replay end to end: the real binary against the loopback server.
#include "pbwrun.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw::test;

using Run = PbwRun;

class TestPbwReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void humanOutputExplainsWhatWasSent();
    void jsonOutput();
    void exitStatusFollowsTheAnswer();
    void deadServerIsAProblem();
    void curlCommand();
    void curlFromStandardInput();
    void postWithDataFile();
    void badInput_data();
    void badInput();
    void russianMessages();
    void timeoutEndsTheRun();
    void hugeBodyIsCapped();
    void jsonBodyIsTheAnswerExactly();
    void repeatedHeadersAreRefused();
    void timeoutMidAnswerPrintsNoInternalWarning();
    void curlOptionHeadersYieldToItsOwn();
    void dataFileIsReadToTheLimitOnly_data();
    void dataFileIsReadToTheLimitOnly();

private:
    TestServer m_server;
};

void TestPbwReplay::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestPbwReplay::init()
{
    m_server.clear();
    m_server.setReply(ScriptedReply::text(200, "OK"));
}

void TestPbwReplay::humanOutputExplainsWhatWasSent()
{
    const QString url = m_server.baseUrl() + QStringLiteral("/pb?cid={clickid}&p=1#frag");
    const Run run = runPbw({QStringLiteral("replay"), url});
    QCOMPARE(run.exitCode, 1); // a 200, but {clickid} went literally: the callback is wrong
    QVERIFY2(run.out.contains(QStringLiteral("200 OK")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Verdict: ✗ Wrong callback")));
    QVERIFY(run.out.contains(QStringLiteral("`{` was sent as `%7B`")));
    QVERIFY(run.out.contains(QStringLiteral("the rest of the URL (`#frag`) is a fragment and was not sent")));
    QCOMPARE(m_server.lastRequest().target, QByteArray("/pb?cid=%7Bclickid%7D&p=1"));
}

void TestPbwReplay::jsonOutput()
{
    const Run run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb?x={y}"),
                            QStringLiteral("--json"), QStringLiteral("-H"), QStringLiteral("X-Key: 1")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("request")).toObject().value(QStringLiteral("target")).toString(),
             QString::fromLatin1(m_server.lastRequest().target));
    QCOMPARE(json.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(json.value(QStringLiteral("response")).toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("OK"));
    const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("layer")).toString(), QStringLiteral("template"));
    QCOMPARE(verdict.value(QStringLiteral("confidence")).toString(), QStringLiteral("high"));
    QVERIFY(!verdict.value(QStringLiteral("summary")).toString().isEmpty());
    QVERIFY(!verdict.value(QStringLiteral("next_step")).toString().isEmpty());
    QCOMPARE(verdict.value(QStringLiteral("evidence")).toArray().last().toObject().value(QStringLiteral("where")),
             QStringLiteral("macro-literal"));
    QVERIFY(json.value(QStringLiteral("error")).isNull());
    QVERIFY(json.value(QStringLiteral("tls")).isNull());
    QCOMPARE(json.value(QStringLiteral("notes")).toArray().size(), 2);
    QCOMPARE(m_server.lastRequest().header("X-Key"), QByteArray("1"));
}

void TestPbwReplay::exitStatusFollowsTheAnswer()
{
    m_server.setReply(ScriptedReply::text(403, "Current IP-address is denied"));
    const Run run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QStringLiteral("Current IP-address is denied")));
}

void TestPbwReplay::deadServerIsAProblem()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run run = runPbw(
        {QStringLiteral("replay"), QStringLiteral("http://127.0.0.1:%1/pb").arg(port), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("response")).isNull());
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("layer")).toString(),
             QStringLiteral("connect"));
    const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("layer")).toString(), QStringLiteral("transport"));
    QCOMPARE(verdict.value(QStringLiteral("message")).toString(), QStringLiteral("transport-connect"));
}

void TestPbwReplay::curlCommand()
{
    const QString command
        = QStringLiteral("curl '%1/pb?sub={s}' \\\n  -H 'X-A: 1' \\\n  --data-raw 'cid=1&p=2' \\\n  --compressed")
              .arg(m_server.baseUrl());
    const Run run = runPbw({QStringLiteral("replay"), QStringLiteral("--curl"), command});
    QCOMPARE(run.exitCode, 1); // {s} was sent literally
    const RecordedRequest arrived = m_server.lastRequest();
    QCOMPARE(arrived.method, QByteArray("POST"));
    QCOMPARE(arrived.body, QByteArray("cid=1&p=2"));
    QCOMPARE(arrived.header("X-A"), QByteArray("1"));
    QCOMPARE(arrived.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(arrived.target, QByteArray("/pb?sub=%7Bs%7D"));
}

void TestPbwReplay::curlFromStandardInput()
{
    const QByteArray command = "curl '" + m_server.baseUrl().toUtf8() + "/stdin' -H 'X-B: 2'\n";
    const Run run = runPbw({QStringLiteral("replay"), QStringLiteral("--curl"), QStringLiteral("-")}, command);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server.lastRequest().target, QByteArray("/stdin"));
    QCOMPARE(m_server.lastRequest().header("X-B"), QByteArray("2"));
}

void TestPbwReplay::postWithDataFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("body.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"event\":\"Purchase\"}");
    file.close();
    const Run run = runPbw(
        {QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/api"), QStringLiteral("--data-file"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server.lastRequest().method, QByteArray("POST"));
    QCOMPARE(m_server.lastRequest().body, QByteArray("{\"event\":\"Purchase\"}"));
    QCOMPARE(m_server.lastRequest().header("Content-Type"), QByteArray("application/json"));
}

void TestPbwReplay::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no url") << QStringList{"replay"} << "The URL is empty";
    QTest::newRow("empty url") << QStringList{"replay", ""} << "The URL is empty";
    QTest::newRow("file scheme") << QStringList{"replay", "file:///etc/passwd"} << "\"file:\" is not supported";
    QTest::newRow("ftp scheme") << QStringList{"replay", "ftp://h/x"} << "\"ftp:\" is not supported";
    QTest::newRow("javascript") << QStringList{"replay", "javascript:alert(1)"} << "\"javascript:\" is not supported";
    QTest::newRow("bad host") << QStringList{"replay", "http://bad host/"} << "is not valid";
    QTest::newRow("port") << QStringList{"replay", "http://127.0.0.1:70000/"} << "use a number from 1 to 65535";
    QTest::newRow("data file") << QStringList{"replay", "http://127.0.0.1/", "--data-file", "/nonexistent/x"}
                               << "cannot be read";
    QTest::newRow("curl") << QStringList{"replay", "--curl", "curl 'http://h/"} << "not closed";
    QTest::newRow("header") << QStringList{"replay", "http://127.0.0.1/", "-H", "nocolon"} << "Name: value";
    QTest::newRow("proxy") << QStringList{"replay", "http://127.0.0.1/", "--proxy", "ftp://x:1"} << "proxy";
    QTest::newRow("timeout") << QStringList{"replay", "http://127.0.0.1/", "--timeout", "soon"} << "--timeout";
    QTest::newRow("timeout nan") << QStringList{"replay", "http://127.0.0.1/", "--timeout", "nan"} << "--timeout";
    QTest::newRow("timeout inf") << QStringList{"replay", "http://127.0.0.1/", "--timeout", "inf"} << "--timeout";
    QTest::newRow("max-body 100 GB") << QStringList{"replay", "http://127.0.0.1/", "--max-body", "107374182400"}
                                     << "--max-body";
    QTest::newRow("unknown option") << QStringList{"replay", "http://127.0.0.1/", "--frob"} << "frob";
    QTest::newRow("unknown command") << QStringList{"replya"} << "Unknown command";
    QTest::newRow("language") << QStringList{"replay", "--lang", "de", "http://127.0.0.1/"} << "Unknown language";
}

void TestPbwReplay::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runPbw(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(m_server.requests().isEmpty());
}

void TestPbwReplay::russianMessages()
{
    const Run bad = runPbw(
        {QStringLiteral("replay"), QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("ftp://h/x")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("http://")) && bad.err.contains(QStringLiteral("Отправить можно")),
             qPrintable(bad.err));
    const Run good = runPbw(
        {QStringLiteral("replay"), QStringLiteral("--lang=ru"), m_server.baseUrl() + QStringLiteral("/pb?c={x}#f")});
    QCOMPARE(good.exitCode, 1);
    QVERIFY2(good.out.contains(QStringLiteral("отправлен как `%7B`")), qPrintable(good.out));
    QVERIFY(good.out.contains(QStringLiteral("Ответ")));
}

void TestPbwReplay::timeoutEndsTheRun()
{
    ScriptedReply reply;
    reply.neverAnswer = true;
    m_server.setReply(reply);
    QElapsedTimer clock;
    clock.start();
    const Run run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/never"),
                            QStringLiteral("--timeout"), QStringLiteral("0.5"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(clock.elapsed() < 10000);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("layer")).toString(),
             QStringLiteral("timeout"));
    QCOMPARE(json.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("transport-timeout"));
}

void TestPbwReplay::hugeBodyIsCapped()
{
    ScriptedReply reply;
    reply.headers.append(RawHeader("Content-Type", "application/octet-stream"));
    reply.streamBytes = qint64(1) << 30;
    m_server.setReply(reply);
    const Run run
        = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/huge"), QStringLiteral("--max-body"),
                  QStringLiteral("65536"), QStringLiteral("--json"), QStringLiteral("--allow-unknown")});
    QCOMPARE(run.exitCode, 0); // a binary 200 cannot be judged: allowed here
    QCOMPARE(run.json().value(QStringLiteral("verdict")).toObject().value(QStringLiteral("layer")).toString(),
             QStringLiteral("unknown"));
    const QJsonObject response
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("response")).toObject();
    QVERIFY(response.value(QStringLiteral("truncated")).toBool());
    QCOMPARE(QByteArray::fromBase64(response.value(QStringLiteral("body")).toString().toLatin1()).size(), 65536);
    QCOMPARE(response.value(QStringLiteral("body_size")).toDouble(), double(qint64(1) << 30));
}

void TestPbwReplay::timeoutMidAnswerPrintsNoInternalWarning()
{
    ScriptedReply reply;
    reply.chunked = true;
    reply.chunks = {"{\"status\":", "\"ok\"}"};
    reply.chunkDelayMs = 5000; // the second part comes long after the timeout
    m_server.setReply(reply);
    const Run run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/slow"),
                            QStringLiteral("--timeout"), QStringLiteral("0.5")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.contains(QStringLiteral("QIODevice")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("{\"status\":")), qPrintable(run.out)); // what came is kept
}

void TestPbwReplay::jsonBodyIsTheAnswerExactly()
{
    // The body is written into --json's output straight from its bytes: what a JSON reader gets back
    // is the answer, whatever it holds (quotes, backslashes, control characters, emoji, non-ASCII).
    const QByteArray text = QStringLiteral("{\"message\":\"Кириллица \\\"q\\\" \\\\ \t\n😀 \u0001\u001f /s/ "
                                           "\u2028\"}")
                                .toUtf8();
    m_server.setReply(ScriptedReply::text(200, text, "application/json; charset=utf-8"));
    const Run run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/t"),
                            QStringLiteral("--json"), QStringLiteral("--allow-unknown")});
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("response")).toObject().value(QStringLiteral("body")).toString(),
             QString::fromUtf8(text));
    QVERIFY(json.contains(QStringLiteral("verdict")));
    // A binary body comes back as the same bytes, through base64 written in pieces.
    QByteArray binary;
    for (int i = 0; i < 3 * 1024 * 1024 + 7; ++i)
        binary.append(char(i * 7));
    ScriptedReply reply = ScriptedReply::text(200, binary, "application/octet-stream");
    m_server.setReply(reply);
    const Run big = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/b"),
                            QStringLiteral("--json"), QStringLiteral("--allow-unknown")});
    const QJsonObject response = big.json().value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("body_encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(QByteArray::fromBase64(response.value(QStringLiteral("body")).toString().toLatin1()), binary);
}

void TestPbwReplay::repeatedHeadersAreRefused()
{
    // Qt sends one field a name: the second would replace the first on the wire while the exchange
    // recorded both. Refused before anything is sent, whatever the case of the names.
    const Run run = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb"), QStringLiteral("-H"),
                            QStringLiteral("X-A: one"), QStringLiteral("-H"), QStringLiteral("x-a: two"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("\"x-a\" is given more than once")), qPrintable(run.err));
    QVERIFY(m_server.requests().isEmpty());
    // One header a name goes out exactly as recorded.
    const Run one = runPbw({QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb"), QStringLiteral("-H"),
                            QStringLiteral("X-A: one, two"), QStringLiteral("--json")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(m_server.lastRequest().raw.contains("\r\nX-A: one, two\r\n"));
    int recorded = 0;
    for (const QJsonValue& header :
         one.json().value(QStringLiteral("request")).toObject().value(QStringLiteral("headers")).toArray())
        recorded += header.toArray().at(0).toString().compare(QStringLiteral("x-a"), Qt::CaseInsensitive) == 0;
    QCOMPARE(recorded, 1);
}

void TestPbwReplay::curlOptionHeadersYieldToItsOwn()
{
    // curl 7.88 sends its own -H over the header an option makes (-u, -A, -e, -b), keeps the last of
    // a repeated -u or -A, and joins repeated -b with ";": the same command sends the same here.
    const QString command = QStringLiteral("curl '%1/auth' -H 'Authorization: Bearer T0KEN-abc' -u bob:pw -A one "
                                           "-A two -b 'a=1' -b 'b=2' -e r1 -H 'Referer: r2'")
                                .arg(m_server.baseUrl());
    const Run run = runPbw({QStringLiteral("replay"), QStringLiteral("--curl"), command});
    QCOMPARE(run.exitCode, 0);
    const RecordedRequest arrived = m_server.lastRequest();
    QCOMPARE(arrived.header("Authorization"), QByteArray("Bearer T0KEN-abc"));
    QCOMPARE(arrived.header("User-Agent"), QByteArray("two"));
    QCOMPARE(arrived.header("Cookie"), QByteArray("a=1;b=2"));
    QCOMPARE(arrived.header("Referer"), QByteArray("r2"));
    QCOMPARE(arrived.raw.count("Authorization:"), 1);
    const Run basic = runPbw({QStringLiteral("replay"), QStringLiteral("--curl"),
                              QStringLiteral("curl '%1/auth' -u a:b -u c:d").arg(m_server.baseUrl())});
    QCOMPARE(basic.exitCode, 0);
    QCOMPARE(m_server.lastRequest().header("Authorization"), QByteArray("Basic Yzpk")); // c:d, as curl sends
}

void TestPbwReplay::dataFileIsReadToTheLimitOnly_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
    QTest::newRow("a pipe") << QStringLiteral("/dev/stdin");
}

void TestPbwReplay::dataFileIsReadToTheLimitOnly()
{
    // A device has no size to check first: read in pieces, never past 64 MB, then refuse.
    QFETCH(QString, device);
    const QByteArray piped = device == QLatin1String("/dev/stdin") ? QByteArray(64 * 1024 * 1024 + 4096, 'a') : "";
    const Run run = runPbw(
        {QStringLiteral("replay"), m_server.baseUrl() + QStringLiteral("/pb"), QStringLiteral("--data-file"), device},
        piped);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("larger than 64 MB")), qPrintable(run.err));
    QVERIFY(m_server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestPbwReplay)
#include "tst_pbwreplay.moc"

// The catcher on loopback: what curl and pbw replay send arrives byte for byte (compared with the
// sender's own record: curl's --trace, pbw's --json); keep-alive, chunked and 100-continue requests
// are read whole; a path outside the secret prefix is refused and not kept; oversize and slow clients
// are cut off; the rate limit answers 429; the answer configured is the answer received (and the
// verdict reads it as its platform documents it); findings against a template are right;
// X-Forwarded-For is believed only from a trusted proxy; HTTPS with the program's own certificate.
#include "analysis/verdict.h"
#include "catch/catchanswers.h"
#include "catch/catchcertificate.h"
#include "catch/catchcheck.h"
#include "catch/catcher.h"
#include "catch/requestreader.h"
#include "pbwrun.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pbw;
using namespace pbw::test;

class TestCatcher : public QObject
{
    Q_OBJECT

private slots:
    void readerReadsWhatClientsSend_data();
    void readerReadsWhatClientsSend();
    void curlArrivesByteForByte();
    void pbwReplayArrivesAsItSaysItSent();
    void keepAliveChunkedAndContinue();
    void outsideThePrefixIsRefusedNotKept();
    void oversizeAndSlowAreCutOff();
    void rateLimitAnswers429();
    void theAnswerChosenIsTheAnswerReceived();
    void findingsAgainstTheTemplate();
    void forwardedOnlyFromATrustedProxy();
    void httpsWithTheProgramsCertificate();

private:
    struct Curl
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray sent; // every byte curl says it sent (its --trace), head and body
    };
    Curl curl(const QStringList& arguments);
    QByteArray rawExchange(const QByteArray& bytes, quint16 port, int waitMs = 3000);

    QTemporaryDir m_dir;
};

// curl's --trace: "=> Send header, 98 bytes" then lines "0000: 47 45 54 …" (16 bytes a line).
static QByteArray sentBytesOfTrace(const QByteArray& trace)
{
    QByteArray sent;
    bool sending = false;
    for (const QByteArray& line : trace.split('\n')) {
        if (line.startsWith("=> Send header") || line.startsWith("=> Send data")) {
            sending = true;
            continue;
        }
        if (line.size() > 6 && line.at(4) == ':' && line.at(5) == ' ') {
            if (!sending)
                continue;
            const QByteArray hex = line.mid(6, 48);
            for (const QByteArray& token : hex.split(' ')) {
                if (token.size() == 2)
                    sent += QByteArray::fromHex(token);
            }
            continue;
        }
        sending = false;
    }
    return sent;
}

TestCatcher::Curl TestCatcher::curl(const QStringList& arguments)
{
    static int n = 0;
    const QString tracePath = m_dir.filePath(QStringLiteral("trace-%1.txt").arg(++n));
    QProcess process;
    process.start(QStringLiteral("curl"),
                  QStringList{QStringLiteral("-sS"), QStringLiteral("-g"), QStringLiteral("--trace"), tracePath}
                      + arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(20000))
        return {};
    Curl result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    QFile trace(tracePath);
    if (trace.open(QIODevice::ReadOnly))
        result.sent = sentBytesOfTrace(trace.readAll());
    return result;
}

// Writes bytes on a plain connection and returns what came back before the server closed (or waitMs).
QByteArray TestCatcher::rawExchange(const QByteArray& bytes, quint16 port, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(20);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

void TestCatcher::readerReadsWhatClientsSend_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state"); // RequestReader::State
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("failure");
    using S = RequestReader::State;
    QTest::newRow("get") << QByteArray("GET /c/p/pb?a=1 HTTP/1.1\r\nHost: x\r\n\r\n") << int(S::Complete)
                         << QByteArray() << 0;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << int(S::Complete) << QByteArray() << 0;
    QTest::newRow("post") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\na=1") << int(S::Complete)
                          << QByteArray("a=1") << 0;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n")
                             << int(S::Complete) << QByteArray("abcde") << 0;
    QTest::newRow("head only") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << int(S::NeedMore) << QByteArray() << 0;
    QTest::newRow("body to come") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc") << int(S::HeadRead)
                                  << QByteArray() << 0;
    QTest::newRow("both lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: "
                                                "chunked\r\n\r\n")
                                  << int(S::Failed) << QByteArray() << 400;
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                 << int(S::Failed) << QByteArray() << 400;
    QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nA: 1\r\n  2\r\n\r\n") << int(S::Failed) << QByteArray()
                            << 400;
    QTest::newRow("http2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << int(S::Failed) << QByteArray()
                                   << 505;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n\n", 13) << int(S::Failed)
                            << QByteArray() << 400;
    QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n") << int(S::Failed)
                               << QByteArray() << 413;
    QTest::newRow("huge head") << "GET / HTTP/1.1\r\nA: " + QByteArray(20000, 'a') << int(S::Failed) << QByteArray()
                               << 431;
}

void TestCatcher::readerReadsWhatClientsSend()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(QByteArray, body);
    QFETCH(int, failure);
    // Fed whole, and fed a byte at a time: the same outcome.
    for (const bool byteByByte : {false, true}) {
        RequestReader reader;
        RequestReader::State reached = RequestReader::State::NeedMore;
        if (byteByByte) {
            for (const char c : bytes) {
                reached = reader.feed(QByteArrayView(&c, 1));
                if (reached == RequestReader::State::Failed || reached == RequestReader::State::Complete)
                    break;
            }
        } else {
            reached = reader.feed(bytes);
        }
        QCOMPARE(int(reached), state);
        if (reached == RequestReader::State::Complete) {
            const ReadRequest request = reader.take();
            QCOMPARE(request.body, body);
            QCOMPARE(request.raw, bytes);
        }
        if (reached == RequestReader::State::Failed)
            QCOMPARE(reader.failure(), failure);
    }
}

void TestCatcher::curlArrivesByteForByte()
{
    Catcher catcher;
    QVERIFY(catcher.start(CatchOptions{}));
    QSignalSpy caught(&catcher, &Catcher::caught);
    const QString url = catcher.catchUrl() + QStringLiteral("/pb?cid=abc123&payout=4.50&sub1=%7Bsub1%7D");
    const Curl get = curl({url, QStringLiteral("-H"), QStringLiteral("X-Custom: Mixed Case")});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QByteArray("OK"));
    QTRY_COMPARE(caught.size(), 1);
    const Exchange exchange = caught.at(0).at(0).value<Exchange>();
    QVERIFY(exchange.arrival);
    QVERIFY(!get.sent.isEmpty());
    QCOMPARE(exchange.arrival->raw, get.sent);
    QCOMPARE(exchange.request.method, QByteArray("GET"));
    QCOMPARE(exchange.request.url, url);
    QCOMPARE(headerValue(exchange.request.headers, "X-Custom"), QByteArray("Mixed Case"));
    QVERIFY(exchange.arrival->peer.startsWith(QStringLiteral("127.0.0.1:")));

    // A form POST: the body too.
    const Curl post = curl({url, QStringLiteral("--data"), QStringLiteral("cid=abc&amount=1%2C5")});
    QCOMPARE(post.exitCode, 0);
    QTRY_COMPARE(caught.size(), 2);
    const Exchange posted = caught.at(1).at(0).value<Exchange>();
    QCOMPARE(posted.arrival->raw, post.sent);
    QCOMPARE(posted.request.body, QByteArray("cid=abc&amount=1%2C5"));
    QCOMPARE(catcher.caughtCount(), 2);
}

void TestCatcher::pbwReplayArrivesAsItSaysItSent()
{
    Catcher catcher;
    QVERIFY(catcher.start(CatchOptions{}));
    QSignalSpy caught(&catcher, &Catcher::caught);
    const QString url = catcher.catchUrl() + QStringLiteral("/pb?cid=r-77&amount=9.90&goal=purchase");
    const PbwRun run = runPbw({QStringLiteral("replay"), url, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    QTRY_COMPARE(caught.size(), 1);
    const Exchange exchange = caught.at(0).at(0).value<Exchange>();
    const QJsonObject request = run.json().value(QStringLiteral("request")).toObject();
    // pbw's own record of what it sent: its request line and each header, in order, are what arrived.
    const QByteArray line = request.value(QStringLiteral("method")).toString().toLatin1() + ' '
        + request.value(QStringLiteral("target")).toString().toLatin1() + " HTTP/1.1\r\n";
    QVERIFY2(exchange.arrival->raw.startsWith(line), exchange.arrival->raw.constData());
    qsizetype from = 0;
    for (const QJsonValue& header : request.value(QStringLiteral("headers")).toArray()) {
        const QByteArray written
            = header.toArray().at(0).toString().toLatin1() + ": " + header.toArray().at(1).toString().toUtf8() + "\r\n";
        const qsizetype at = exchange.arrival->raw.indexOf(written, from);
        QVERIFY2(at >= from, written.constData());
        from = at + written.size();
    }
    QCOMPARE(run.json().value(QStringLiteral("response")).toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("OK"));
}

void TestCatcher::keepAliveChunkedAndContinue()
{
    Catcher catcher;
    QVERIFY(catcher.start(CatchOptions{}));
    QSignalSpy caught(&catcher, &Catcher::caught);
    const QByteArray path = "/c/" + catcher.options().prefix.toLatin1() + "/pb";
    const QByteArray first = "GET " + path + "?n=1 HTTP/1.1\r\nHost: t\r\n\r\n";
    const QByteArray second = "POST " + path
        + " HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\n\r\n4\r\nn=2&\r\n3\r\nb=3\r\n0\r\n\r\n";
    const QByteArray third = "POST " + path
        + " HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: "
          "3\r\nConnection: close\r\n\r\n";
    // Two requests in one write (pipelined), then one that waits for 100 Continue.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, catcher.port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write(first + second + third);
    QByteArray answers;
    QTRY_VERIFY((answers += socket.readAll()).contains("100 Continue"));
    socket.write("n=3");
    QTRY_COMPARE(caught.size(), 3);
    QTRY_VERIFY((answers += socket.readAll()).count("HTTP/1.1 200 OK") == 3);
    QCOMPARE(caught.at(0).at(0).value<Exchange>().arrival->raw, first);
    QCOMPARE(caught.at(1).at(0).value<Exchange>().arrival->raw, second);
    QCOMPARE(caught.at(1).at(0).value<Exchange>().request.body, QByteArray("n=2&b=3"));
    QCOMPARE(caught.at(2).at(0).value<Exchange>().arrival->raw, third + "n=3");
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState); // it asked to close
}

void TestCatcher::outsideThePrefixIsRefusedNotKept()
{
    Catcher catcher;
    QVERIFY(catcher.start(CatchOptions{}));
    QSignalSpy caught(&catcher, &Catcher::caught);
    const QString base = catcher.listenerUrl();
    for (const QString& path : {QStringLiteral("/"), QStringLiteral("/pb?cid=1"), QStringLiteral("/c/guess/pb"),
                                QStringLiteral("/c/") + catcher.options().prefix + QStringLiteral("x/pb")}) {
        const Curl run = curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                               QStringLiteral("%{http_code}"), base + path});
        QCOMPARE(run.out, QByteArray("404"));
    }
    QCOMPARE(catcher.refusalCount(CatchRefusal::OutsidePrefix), 4);
    QCOMPARE(caught.size(), 0);
    QCOMPARE(catcher.caughtCount(), 0);
}

void TestCatcher::oversizeAndSlowAreCutOff()
{
    CatchOptions options;
    options.limits.maxBodyBytes = 1000;
    options.headTimeoutMs = 400;
    Catcher catcher;
    QVERIFY(catcher.start(options));
    QSignalSpy caught(&catcher, &Catcher::caught);
    const QByteArray path = "/c/" + catcher.options().prefix.toLatin1() + "/pb";

    const QByteArray big
        = rawExchange("POST " + path + " HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\n\r\n" + QByteArray(5000, 'x'),
                      catcher.port());
    QVERIFY2(big.startsWith("HTTP/1.1 413 "), big.constData());
    const QByteArray head
        = rawExchange("GET " + path + " HTTP/1.1\r\nX: " + QByteArray(40000, 'a') + "\r\n\r\n", catcher.port());
    QVERIFY2(head.startsWith("HTTP/1.1 431 "), head.constData());
    QCOMPARE(catcher.refusalCount(CatchRefusal::TooLarge), 2);

    // A head that never ends, a body that never comes: 408 within the deadline, the connection closed.
    QElapsedTimer clock;
    clock.start();
    const QByteArray slow = rawExchange("GET " + path + " HTTP/1.1\r\nHost: t\r\n", catcher.port(), 5000);
    QVERIFY2(slow.startsWith("HTTP/1.1 408 "), slow.constData());
    QVERIFY(clock.elapsed() < 3000);
    const QByteArray slowBody
        = rawExchange("POST " + path + " HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc", catcher.port(), 5000);
    QVERIFY2(slowBody.startsWith("HTTP/1.1 408 "), slowBody.constData());
    QCOMPARE(catcher.refusalCount(CatchRefusal::TimedOut), 2);
    const QByteArray garbage
        = rawExchange(QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\r\n\r\n", 13), catcher.port());
    QVERIFY2(garbage.startsWith("HTTP/1.1 400 "), garbage.constData());
    QCOMPARE(catcher.refusalCount(CatchRefusal::Malformed), 1);
    QCOMPARE(caught.size(), 0);
    QTRY_COMPARE(catcher.openConnections(), 0);
}

void TestCatcher::rateLimitAnswers429()
{
    CatchOptions options;
    options.maxPerMinute = 3;
    Catcher catcher;
    QVERIFY(catcher.start(options));
    QSignalSpy caught(&catcher, &Catcher::caught);
    QByteArray codes;
    for (int i = 0; i < 5; ++i)
        codes += curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                       QStringLiteral("%{http_code} "), catcher.catchUrl() + QStringLiteral("/pb?n=%1").arg(i)})
                     .out;
    QCOMPARE(codes, QByteArray("200 200 200 429 429 "));
    QCOMPARE(caught.size(), 3);
    QCOMPARE(catcher.refusalCount(CatchRefusal::TooMany), 2);
}

void TestCatcher::theAnswerChosenIsTheAnswerReceived()
{
    for (const QString& id : {QStringLiteral("everflow-duplicate"), QStringLiteral("keitaro-auth-key"),
                              QStringLiteral("prosper202-identifier"), QStringLiteral("plain-no-content")}) {
        const auto choice = catchAnswerChoice(id);
        QVERIFY2(choice, qPrintable(id));
        CatchOptions options;
        options.answer = choice->answer;
        Catcher catcher;
        QVERIFY(catcher.start(options));
        // What pbw replay received from the catcher is judged as the platform documents the answer.
        const PbwRun run = runPbw(
            {QStringLiteral("replay"), catcher.catchUrl() + QStringLiteral("/pb?cid=1"), QStringLiteral("--json")});
        const QJsonObject response = run.json().value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toInt(), choice->answer.status);
        QCOMPARE(response.value(QStringLiteral("body")).toString().toUtf8(), choice->answer.body);
        const QString bucket
            = run.json().value(QStringLiteral("verdict")).toObject().value(QStringLiteral("bucket")).toString();
        if (choice->kind == QLatin1String("duplicate"))
            QCOMPARE(bucket, QStringLiteral("duplicate"));
        else if (choice->kind == QLatin1String("identifier"))
            QCOMPARE(bucket, QStringLiteral("identifier"));
        else if (choice->kind == QLatin1String("auth-key"))
            QCOMPARE(bucket, QStringLiteral("auth"));
        QVERIFY(!catchAnswerLabel(*choice).isEmpty());
    }
}

void TestCatcher::findingsAgainstTheTemplate()
{
    const QString templ
        = QStringLiteral("https://partner.example/postback?cid={clickid}&amount={payout}&goal=purchase&token=t0k");
    Catcher catcher;
    QVERIFY(catcher.start(CatchOptions{}));
    QSignalSpy caught(&catcher, &Catcher::caught);
    // Right: every parameter filled.
    QCOMPARE(
        curl({catcher.catchUrl() + QStringLiteral("/postback?cid=abc&amount=4.5&goal=purchase&token=t0k")}).exitCode,
        0);
    // A macro left literal, and the tail cut (what a '#' in the tracker's postback does).
    QCOMPARE(curl({catcher.catchUrl() + QStringLiteral("/postback?cid=abc&amount={payout}")}).exitCode, 0);
    QTRY_COMPARE(caught.size(), 2);

    const Exchange good = caught.at(0).at(0).value<Exchange>();
    const CatchCheck right = checkCaught(good, catcher.options().prefix, templ);
    QCOMPARE(right.url, QStringLiteral("https://partner.example/postback?cid=abc&amount=4.5&goal=purchase&token=t0k"));
    QVERIFY2(right.clean(), qPrintable(catchVerdictLine(right)));
    QVERIFY(catchVerdictLine(right).startsWith(QStringLiteral("✓")));
    QCOMPARE(judgeCaught(good, right).layer, Verdict::Layer::Ok); // a clean callback, answered "OK"

    const CatchCheck wrong = checkCaught(caught.at(1).at(0).value<Exchange>(), catcher.options().prefix, templ);
    QStringList ids;
    for (const Finding& finding : wrong.findings)
        ids.append(finding.id + QLatin1Char(':') + finding.param);
    QVERIFY2(ids.contains(QStringLiteral("literal-param:amount")), qPrintable(ids.join(u' ')));
    QVERIFY2(ids.contains(QStringLiteral("missing-param:goal")), qPrintable(ids.join(u' ')));
    QVERIFY2(ids.contains(QStringLiteral("missing-param:token")), qPrintable(ids.join(u' ')));
    QVERIFY2(ids.contains(QStringLiteral("cut-before-arrival:goal")), qPrintable(ids.join(u' ')));
    QVERIFY(catchVerdictLine(wrong).startsWith(QStringLiteral("✗")));
    QCOMPARE(judgeCaught(caught.at(1).at(0).value<Exchange>(), wrong).layer, Verdict::Layer::Template);
}

void TestCatcher::forwardedOnlyFromATrustedProxy()
{
    for (const bool trusted : {false, true}) {
        CatchOptions options;
        if (trusted)
            options.trustedProxies = {QHostAddress::LocalHost};
        Catcher catcher;
        QVERIFY(catcher.start(options));
        QSignalSpy caught(&catcher, &Catcher::caught);
        QCOMPARE(curl({catcher.catchUrl() + QStringLiteral("/pb"), QStringLiteral("-H"),
                       QStringLiteral("X-Forwarded-For: 198.51.100.9, 127.0.0.1")})
                     .exitCode,
                 0);
        QCOMPARE(curl({catcher.catchUrl() + QStringLiteral("/pb"), QStringLiteral("-H"),
                       QStringLiteral("Forwarded: for=\"[2001:db8::5]:4711\";proto=https")})
                     .exitCode,
                 0);
        QTRY_COMPARE(caught.size(), 2);
        QCOMPARE(caught.at(0).at(0).value<Exchange>().arrival->client,
                 trusted ? QStringLiteral("198.51.100.9") : QString());
        QCOMPARE(caught.at(1).at(0).value<Exchange>().arrival->client,
                 trusted ? QStringLiteral("[2001:db8::5]:4711") : QString());
    }
}

void TestCatcher::httpsWithTheProgramsCertificate()
{
    const auto tls = catchCertificateIn(m_dir.filePath(QStringLiteral("tls")));
    QVERIFY2(tls, tls ? "" : qPrintable(tls.error()));
    // Made once: asked again, the same certificate (the fingerprint the tracker's machine trusts).
    QCOMPARE(catchCertificateIn(m_dir.filePath(QStringLiteral("tls")))->certificate, tls->certificate);
    CatchOptions options;
    options.certificate = tls->certificate;
    options.key = tls->key;
    Catcher catcher;
    QVERIFY(catcher.start(options));
    QVERIFY(catcher.catchUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
    QCOMPARE(catcher.certificateFingerprint().size(), 32 * 3 - 1);
    QSignalSpy caught(&catcher, &Catcher::caught);
    const Curl run = curl(
        {QStringLiteral("--cacert"), tls->certificatePath, catcher.catchUrl() + QStringLiteral("/pb?cid=tls-1")});
    QCOMPARE(run.exitCode, 0);
    QTRY_COMPARE(caught.size(), 1);
    const Exchange exchange = caught.at(0).at(0).value<Exchange>();
    QVERIFY(exchange.arrival->secure);
    QCOMPARE(exchange.arrival->raw, run.sent);
    QVERIFY(exchange.tls && !exchange.tls->protocol.isEmpty());
    // Plain HTTP to the HTTPS port: a failed handshake, counted, nothing kept.
    const Curl plain = curl({QStringLiteral("--max-time"), QStringLiteral("5"),
                             catcher.listenerUrl().replace(QStringLiteral("https:"), QStringLiteral("http:"))
                                 + QStringLiteral("/c/") + catcher.options().prefix + QStringLiteral("/pb")});
    QVERIFY(plain.exitCode != 0);
    QTRY_COMPARE(catcher.refusalCount(CatchRefusal::TlsFailed), 1);
    QCOMPARE(caught.size(), 1);
}

QTEST_GUILESS_MAIN(TestCatcher)
#include "tst_catcher.moc"

#include "net/curlcommand.h"
#include "net/shellwords.h"

#include <QTest>

using namespace pbw;

class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void shellWords_data();
    void shellWords();
    void chromeBash();
    void firefoxPost();
    void dataImpliesPostAndForm();
    void dataUrlencodeAndGet();
    void shortOptionForms();
    void userAndCookies();
    void refused_data();
    void refused();
    void roundTripThroughCurlCommandFor();
    void looksLikeCurl();
};

void TestCurlCommand::shellWords_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << "a b  c" << QStringList{"a", "b", "c"};
    QTest::newRow("single quotes") << "curl 'http://h/?a=1&b={x}'" << QStringList{"curl", "http://h/?a=1&b={x}"};
    QTest::newRow("double quotes") << "a \"x \\\"y\\\" \\$z \\n\"" << QStringList{"a", "x \"y\" $z \\n"};
    QTest::newRow("ansi-c") << "a $'it\\'s\\nnew\\x41\\u0418'" << QStringList{"a", "it's\nnewAИ"};
    QTest::newRow("continuation") << "curl 'u' \\\n  -H 'a: b'" << QStringList{"curl", "u", "-H", "a: b"};
    QTest::newRow("crlf continuation") << "curl 'u' \\\r\n  -H 'a: b'" << QStringList{"curl", "u", "-H", "a: b"};
    QTest::newRow("escaped space") << "a\\ b c" << QStringList{"a b", "c"};
    QTest::newRow("adjacent quotes") << "'a'\"b\"c" << QStringList{"abc"};
    QTest::newRow("empty quoted") << "a '' b" << QStringList{"a", "", "b"};
    QTest::newRow("utf-8") << "curl 'http://h/?n=Иван'" << QStringList{"curl", "http://h/?n=Иван"};
}

void TestCurlCommand::shellWords()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    const auto split = splitShellWords(command);
    QVERIFY(split.ok());
    QCOMPARE(split.value(), words);
}

void TestCurlCommand::chromeBash()
{
    // As Chrome's "Copy as cURL (bash)" writes it.
    const QString command
        = QStringLiteral("curl 'https://trk.example.com/postback?subid=abc123&status=sale&payout=1.5' \\\n"
                         "  -H 'accept: text/html,application/xhtml+xml' \\\n"
                         "  -H 'accept-language: ru-RU,ru;q=0.9' \\\n"
                         "  -b 'sid=42; theme=dark' \\\n"
                         "  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64)' \\\n"
                         "  --compressed");
    const auto parsed = parseCurlCommand(command);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    const ReplayRequest& request = parsed.value().request;
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.url, QStringLiteral("https://trk.example.com/postback?subid=abc123&status=sale&payout=1.5"));
    QCOMPARE(request.headers.size(), 4);
    QCOMPARE(request.headers.at(0), qMakePair(QByteArray("accept"), QByteArray("text/html,application/xhtml+xml")));
    QCOMPARE(headerValue(request.headers, "Cookie"), QByteArray("sid=42; theme=dark"));
    QCOMPARE(headerValue(request.headers, "User-Agent"), QByteArray("Mozilla/5.0 (X11; Linux x86_64)"));
    QVERIFY(parsed.value().compressed);
    QVERIFY(request.body.isEmpty());
}

void TestCurlCommand::firefoxPost()
{
    const QString command
        = QStringLiteral("curl 'https://api.example.com/conv' -X POST -H 'Content-Type: application/json' "
                         "--data-raw $'{\"click_id\":\"x\",\"note\":\"it\\'s\"}'");
    const auto parsed = parseCurlCommand(command);
    QVERIFY(parsed.ok());
    const ReplayRequest& request = parsed.value().request;
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.body, QByteArray("{\"click_id\":\"x\",\"note\":\"it's\"}"));
    QCOMPARE(headerValue(request.headers, "content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.size(), 1);
}

void TestCurlCommand::dataImpliesPostAndForm()
{
    const auto parsed = parseCurlCommand(QStringLiteral("curl http://h/pb -d cid=1 -d payout=2"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().request.method, QByteArray("POST"));
    QCOMPARE(parsed.value().request.body, QByteArray("cid=1&payout=2"));
    QCOMPARE(headerValue(parsed.value().request.headers, "Content-Type"),
             QByteArray("application/x-www-form-urlencoded"));
}

void TestCurlCommand::dataUrlencodeAndGet()
{
    const auto parsed = parseCurlCommand(
        QStringLiteral("curl -G 'http://h/pb?a=1#frag' --data-urlencode 'goal=first deposit' -d x=y"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().request.method, QByteArray("GET"));
    QCOMPARE(parsed.value().request.url, QStringLiteral("http://h/pb?a=1&goal=first%20deposit&x=y#frag"));
    QVERIFY(parsed.value().request.body.isEmpty());
}

void TestCurlCommand::shortOptionForms()
{
    const auto parsed = parseCurlCommand(QStringLiteral("curl -sSLk -XPUT -H'X-A: 1' --max-time 2.5 'http://h/'"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    const ReplayRequest& request = parsed.value().request;
    QCOMPARE(request.method, QByteArray("PUT"));
    QVERIFY(request.options.followRedirects);
    QVERIFY(request.options.acceptInvalidCertificate);
    QCOMPARE(request.options.timeoutMs, 2500);
    QCOMPARE(headerValue(request.headers, "X-A"), QByteArray("1"));
}

void TestCurlCommand::userAndCookies()
{
    const auto parsed = parseCurlCommand(QStringLiteral("curl -u 'aff:pa:ss' -A 'UA/1' -e 'http://ref/' http://h/"));
    QVERIFY(parsed.ok());
    const HeaderList& headers = parsed.value().request.headers;
    QCOMPARE(headerValue(headers, "Authorization"), "Basic " + QByteArray("aff:pa:ss").toBase64());
    QCOMPARE(headerValue(headers, "User-Agent"), QByteArray("UA/1"));
    QCOMPARE(headerValue(headers, "Referer"), QByteArray("http://ref/"));
}

void TestCurlCommand::refused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("not curl") << "wget http://h/";
    QTest::newRow("no url") << "curl -H 'a: b'";
    QTest::newRow("two urls") << "curl http://a/ http://b/";
    QTest::newRow("open quote") << "curl 'http://h/";
    QTest::newRow("open double quote") << "curl \"http://h/";
    QTest::newRow("unknown option") << "curl --frobnicate http://h/";
    QTest::newRow("multipart") << "curl -F a=@x http://h/";
    QTest::newRow("file body") << "curl -d @body.txt http://h/";
    QTest::newRow("windows cmd") << "curl ^\"http://h/^\" -H ^\"a: b^\"";
    QTest::newRow("missing value") << "curl http://h/ -H";
    QTest::newRow("bad header") << "curl http://h/ -H 'no colon here'";
    QTest::newRow("empty") << "";
}

void TestCurlCommand::refused()
{
    QFETCH(QString, command);
    const auto parsed = parseCurlCommand(command);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message().isEmpty());
}

void TestCurlCommand::roundTripThroughCurlCommandFor()
{
    SentRequest sent;
    sent.method = "POST";
    sent.url = QStringLiteral("http://h/pb?cid=%7Bx%7D");
    sent.headers = {{"Host", "h"}, {"X-Note", "it's"}, {"Content-Type", "application/json"}};
    sent.body = "{\"a\":\"b'c\"}\n";
    const QString command = curlCommandFor(sent);
    QVERIFY(command.startsWith(QStringLiteral("curl --globoff --path-as-is 'http://h/pb?cid=%7Bx%7D'")));
    const auto parsed = parseCurlCommand(command);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed.value().request.url, sent.url);
    QCOMPARE(parsed.value().request.body, sent.body);
    QCOMPARE(parsed.value().request.method, QByteArray("POST"));
    QCOMPARE(headerValue(parsed.value().request.headers, "X-Note"), QByteArray("it's"));
    QVERIFY(!hasHeader(parsed.value().request.headers, "Host"));
}

void TestCurlCommand::looksLikeCurl()
{
    QVERIFY(looksLikeCurlCommand(QStringLiteral("curl 'http://h/'")));
    QVERIFY(looksLikeCurlCommand(QStringLiteral("  /usr/bin/curl -s http://h/")));
    QVERIFY(!looksLikeCurlCommand(QStringLiteral("http://h/curl ")));
    QVERIFY(!looksLikeCurlCommand(QStringLiteral("curly")));
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"

#include "io/exchangejson.h"
#include "net/bodytext.h"
#include "net/replayer.h"
#include "text/bodyformat.h"
#include "text/exchangetext.h"
#include "text/jsonindent.h"

#include <QJsonArray>
#include <QTest>

using namespace pbw;

class TestExchangeFormat : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDocumentedKeys();
    void jsonOfAFailure();
    void binaryBodyIsBase64();
    void readsBackWhatItWrote();
    void textNamesEverything();
    void charset_data();
    void charset();
    void jsonKeepsThePartnersOrder();
    void unbalancedJsonIsNotIndented();
};

namespace {

Exchange answered()
{
    ReplayRequest request;
    request.url = QStringLiteral("http://127.0.0.1:9/pb?cid={clickid}#x");
    Exchange exchange = Replayer::prepare(request).value();
    ReceivedResponse response;
    response.status = 200;
    response.reason = "OK";
    response.httpVersion = "HTTP/1.1";
    response.headers = {{"Content-Type", "text/plain"}};
    response.body = "Success";
    response.bodySize = 7;
    response.text = QStringLiteral("Success");
    exchange.response = response;
    exchange.timing.started = QDateTime::currentDateTimeUtc();
    exchange.timing.firstByteMs = 3;
    exchange.timing.totalMs = 4;
    return exchange;
}

} // namespace

void TestExchangeFormat::jsonHasTheDocumentedKeys()
{
    const QJsonObject json = exchangeToJson(answered());
    const QJsonObject request = json.value(QStringLiteral("request")).toObject();
    for (const char* key : {"method", "input", "url", "target", "headers", "body"})
        QVERIFY2(request.contains(QLatin1String(key)), key);
    QCOMPARE(request.value(QStringLiteral("input")).toString(),
             QStringLiteral("http://127.0.0.1:9/pb?cid={clickid}#x"));
    QCOMPARE(request.value(QStringLiteral("target")).toString(), QStringLiteral("/pb?cid=%7Bclickid%7D"));
    const QJsonArray firstHeader = request.value(QStringLiteral("headers")).toArray().first().toArray();
    QCOMPARE(firstHeader.size(), 2);
    const QJsonObject response = json.value(QStringLiteral("response")).toObject();
    for (const char* key :
         {"status", "reason", "http_version", "headers", "body", "body_encoding", "body_size", "truncated"})
        QVERIFY2(response.contains(QLatin1String(key)), key);
    QCOMPARE(response.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(response.value(QStringLiteral("body_encoding")).toString(), QStringLiteral("text"));
    const QJsonObject timing = json.value(QStringLiteral("timing")).toObject();
    QCOMPARE(timing.value(QStringLiteral("ttfb_ms")).toInt(), 3);
    QCOMPARE(timing.value(QStringLiteral("total_ms")).toInt(), 4);
    QVERIFY(json.value(QStringLiteral("tls")).isNull());
    QVERIFY(json.value(QStringLiteral("error")).isNull());
    QCOMPARE(json.value(QStringLiteral("notes")).toArray().size(), 3); // {, }, #
}

void TestExchangeFormat::jsonOfAFailure()
{
    Exchange exchange = answered();
    exchange.response.reset();
    exchange.error = TransportError{TransportError::Layer::Connect, QStringLiteral("Connection refused")};
    const QJsonObject json = exchangeToJson(exchange);
    QVERIFY(json.value(QStringLiteral("response")).isNull());
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("layer")).toString(), QStringLiteral("connect"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void TestExchangeFormat::binaryBodyIsBase64()
{
    Exchange exchange = answered();
    exchange.response->body = QByteArray("\x00\x01\x02", 3);
    exchange.response->isBinary = true;
    exchange.response->text.clear();
    const QJsonObject response = exchangeToJson(exchange).value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("body_encoding")).toString(), QStringLiteral("base64"));
    QCOMPARE(response.value(QStringLiteral("body")).toString(), QStringLiteral("AAEC"));
}

void TestExchangeFormat::readsBackWhatItWrote()
{
    Exchange exchange = answered();
    exchange.tls = TlsInfo{QStringLiteral("TLS 1.3"),
                           QStringLiteral("TLS_AES_128_GCM_SHA256"),
                           CertificateInfo{QStringLiteral("CN=t.example"), QStringLiteral("CN=Test CA"),
                                           QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                           QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)},
                           {QStringLiteral("The certificate is self-signed")},
                           true};
    exchange.error = TransportError{TransportError::Layer::RedirectLoop, QStringLiteral("too many redirects")};
    const QJsonObject json = exchangeToJson(exchange);
    const Exchange back = exchangeFromJson(json);
    QCOMPARE(exchangeToJson(back), json);
    QCOMPARE(back.notes, exchange.notes);
    QCOMPARE(back.error->layer, TransportError::Layer::RedirectLoop);

    exchange.response->body = QByteArray("\x00\x01\x02", 3);
    exchange.response->isBinary = true;
    exchange.response->text.clear();
    exchange.request.body = QByteArray("\xff\xfe", 2);
    QCOMPARE(exchangeFromJson(exchangeToJson(exchange)).response->body, exchange.response->body);
    QCOMPARE(exchangeFromJson(exchangeToJson(exchange)).request.body, exchange.request.body);
    // Anything else comes back empty, never as a crash.
    QVERIFY(!exchangeFromJson(QJsonObject{{QStringLiteral("response"), 42}}).response);
}

void TestExchangeFormat::textNamesEverything()
{
    const QString text = exchangeAsText(answered());
    QVERIFY(text.contains(QStringLiteral("GET http://127.0.0.1:9/pb?cid=%7Bclickid%7D")));
    QVERIFY(text.contains(QStringLiteral("`{` was sent as `%7B`")));
    QVERIFY(text.contains(QStringLiteral("is a fragment and was not sent")));
    QVERIFY(text.contains(QStringLiteral("HTTP/1.1 200 OK")));
    QVERIFY(text.contains(QStringLiteral("Success")));
}

void TestExchangeFormat::charset_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("binary");
    QTest::newRow("utf-8 default") << QByteArray("Успех") << QByteArray("text/plain") << QStringLiteral("Успех")
                                   << false;
    QTest::newRow("quoted charset") << QByteArray("\xd3\xf1") << QByteArray("text/plain; charset=\"windows-1251\"")
                                    << QStringLiteral("Ус") << false;
    QTest::newRow("latin1") << QByteArray("caf\xe9") << QByteArray("text/html; Charset=ISO-8859-1")
                            << QStringLiteral("café") << false;
    QTest::newRow("unknown charset falls back")
        << QByteArray("ok") << QByteArray("text/plain; charset=x-nope") << QStringLiteral("ok") << false;
    QTest::newRow("nul byte") << QByteArray("a\0b", 3) << QByteArray("text/plain") << QString() << true;
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe\xfd") << QByteArray() << QString() << true;
}

void TestExchangeFormat::charset()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, text);
    QFETCH(bool, binary);
    const BodyText decoded = decodeBody(body, contentType);
    QCOMPARE(decoded.isBinary, binary);
    QCOMPARE(decoded.text, text);
}

// The Body tab's JSON: indented, and nothing else changed — QJsonDocument would sort the members
// (amount before status) and write 1.50e2 as 150 and \u00e9 as é.
void TestExchangeFormat::jsonKeepsThePartnersOrder()
{
    const QString body
        = QStringLiteral(R"( {"status":"error","message":"Invalid click_id \"x\", caf\u00e9 \/ {ok}","code":1.50e2,)"
                         R"("amount" : 49.90,"errors":[],"meta":{},"ok":false,"list":[1,-0.0,null,{"z":1,"a":2}]})");
    const QString expected = QStringLiteral(R"({
    "status": "error",
    "message": "Invalid click_id \"x\", caf\u00e9 \/ {ok}",
    "code": 1.50e2,
    "amount": 49.90,
    "errors": [],
    "meta": {},
    "ok": false,
    "list": [
        1,
        -0.0,
        null,
        {
            "z": 1,
            "a": 2
        }
    ]
})");
    QCOMPARE(indentJson(body), std::optional<QString>(expected));
    QCOMPARE(prettyBody(body, BodyKind::Json), expected);
    // Nothing but white space differs: the tokens are the partner's, in the partner's order.
    QString squeezedBody = body;
    QString squeezedShown = expected;
    squeezedBody.remove(u' ');
    squeezedShown.remove(u' ').remove(u'\n');
    QCOMPARE(squeezedShown, squeezedBody);
    QCOMPARE(indentJson(u"[]"), std::optional<QString>(QStringLiteral("[]")));
    QCOMPARE(indentJson(u"\"a\""), std::optional<QString>(QStringLiteral("\"a\"")));
}

void TestExchangeFormat::unbalancedJsonIsNotIndented()
{
    for (const QString& text : {QStringLiteral("{\"a\":1"), QStringLiteral("{\"a\":\"1}"), QStringLiteral("[1}"),
                                QStringLiteral("]"), QStringLiteral("{\"a\\\":1}")})
        QVERIFY2(!indentJson(text), qPrintable(text));
    // Shown as it came when it cannot be indented.
    QCOMPARE(prettyBody(QStringLiteral("{\"a\":1"), BodyKind::Json), QStringLiteral("{\"a\":1"));
}

QTEST_GUILESS_MAIN(TestExchangeFormat)
#include "tst_exchangeformat.moc"

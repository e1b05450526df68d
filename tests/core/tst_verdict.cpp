// The verdict, answer by answer: status × body × content type → layer and bucket, including the
// traps ("error": null, "error_count": 0, "error" inside a script, an empty 200, gzip, windows-1251),
// the request's own errors outranking a 200, and transport errors.
#include "analysis/answerrules.h"
#include "analysis/answervocabulary.h"
#include "analysis/checker.h"
#include "analysis/verdict.h"
#include "analysis/verdictmessages.h"
#include "i18n/language.h"
#include "net/bodytext.h"
#include "net/contentdecoder.h"
#include "net/exchange.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace pbw;

namespace {

// The answer as the replayer keeps it: decompressed, then decoded with its declared charset.
ReceivedResponse answer(int status, const QByteArray& contentType, const QByteArray& wireBody,
                        const QByteArray& contentEncoding = {}, const HeaderList& headers = {})
{
    ReceivedResponse response;
    response.status = status;
    response.contentType = contentType;
    response.headers = headers;
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type", contentType});
    QByteArray body = wireBody;
    if (!contentEncoding.isEmpty()) {
        response.headers.append({"Content-Encoding", contentEncoding});
        ContentDecoder decoder(contentEncoding);
        body.clear();
        decoder.feed(wireBody, body, 1 << 20);
    }
    response.body = body;
    response.bodySize = body.size();
    const BodyText text = decodeBody(body, contentType);
    response.text = text.text;
    response.isBinary = text.isBinary;
    return response;
}

// {"status":"error","message":"Duplicate conversion"} as gzip sends it; made with
// printf '%s' "$json" | gzip -n | base64.
QByteArray gzippedDuplicate()
{
    return QByteArray::fromBase64(
        "H4sIAAAAAAAAA6tWKi5JLCktVrJSSi0qyi9S0lHKTS0uTkxPBYq4lBbkZCYnlqQqJOfnlaUWFWfm5ynVAgDkzw55MwAAAA==");
}

// A GET exchange as typed (input) and as sent (url, the typed text without a fragment by default).
Exchange sent(const QString& input, const QString& url = {})
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.input = input;
    exchange.request.url = url.isEmpty() ? input : url;
    return exchange;
}

Verdict judge(const ReceivedResponse& response)
{
    return judgeAnswer(response, {}, AnswerRules::builtIn());
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedRulesAreValid();
    void answers_data();
    void answers();
    void evidencePointsIntoTheBody();
    void doneWhenDuplicateInBothLanguages();
    void requestErrorsOutrankA200();
    void requestErrorsAreMentionedOnAnHttpError();
    void unknownClickIdPointsAtTheParameterName();
    void refusalQuotesItsReason_data();
    void refusalQuotesItsReason();
    void slowAnswerIsFlagged();
    void transportErrors_data();
    void transportErrors();
    void largeBodyIsJudgedOnItsBeginning();
    void everyMessageHasWords();
    void hostileBodiesAreJudgedSafely();
};

void TestVerdict::initTestCase()
{
    Language::apply(QStringLiteral("en"));
}

void TestVerdict::shippedRulesAreValid()
{
    // The shapes file and every platform's pack, each valid on its own; each pack rule names its platform.
    QStringList files{QStringLiteral(":/rules/answers.json")};
    const QDir packs(QStringLiteral(":/rules/answers"));
    for (const QString& name : packs.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(packs.filePath(name));
    QVERIFY(files.size() >= 12);
    qsizetype total = 0;
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList problems;
        const AnswerRules rules = AnswerRules::fromJson(file.readAll(), QStringLiteral("built-in"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(path + QLatin1Char(' ') + problems.join(QLatin1Char('\n'))));
        for (const AnswerRule& rule : rules.rules()) {
            if (path.contains(QLatin1String("/answers/"))) {
                QVERIFY2(!rule.platform.isEmpty(), qPrintable(rule.id));
                QVERIFY2(!rule.documentedAt.isEmpty(), qPrintable(rule.id));
            }
        }
        total += rules.size();
    }
    QVERIFY(total >= 50);
    QCOMPARE(AnswerRules::builtIn().size(), total);

    QFile vocabulary(QStringLiteral(":/rules/vocabulary.json"));
    QVERIFY(vocabulary.open(QIODevice::ReadOnly));
    QStringList problems;
    const AnswerVocabulary words = AnswerVocabulary::fromJson(vocabulary.readAll(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(words.concepts().size() >= 15);
}

void TestVerdict::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("bucket");

    const QByteArray text = "text/plain";
    const QByteArray json = "application/json";
    const QByteArray html = "text/html; charset=utf-8";
    const QByteArray xml = "application/xml";
    const auto row = [](const char* name, int status, const QByteArray& type, const QByteArray& body, const char* layer,
                        const char* bucket, const QByteArray& encoding = {}) {
        QTest::newRow(name) << status << type << body << encoding << QString::fromLatin1(layer)
                            << QString::fromLatin1(bucket);
    };

    // Generic shapes.
    row("plain OK", 200, text, "OK", "ok", "accepted");
    row("plain ok with newline", 200, "text/html", "ok\n", "ok", "accepted");
    row("plain 1", 200, text, "1", "ok", "accepted");
    row("plain 0", 200, text, "0", "business", "none");
    row("plain ERROR", 200, text, "ERROR", "business", "none");
    row("plain duplicate", 200, text, "Duplicate", "business", "duplicate");
    row("plain not found", 200, text, "Not found", "business", "identifier");
    row("plain expired in a sentence", 200, text, "Conversion rejected: click expired", "business", "identifier");
    row("json status error duplicate", 200, json, R"({"status":"error","message":"Duplicate conversion"})", "business",
        "duplicate");
    row("json success false click", 200, json, R"({"success":false,"error":"Click not found"})", "business",
        "identifier");
    row("json error token", 200, json, R"({"error":"Invalid token"})", "business", "auth");
    row("json result error payout", 200, json, R"({"result":"error","reason":"Payout mismatch"})", "business",
        "business-rule");
    row("json error without reason", 200, json, R"({"status":"error"})", "business", "none");
    row("json array of errors", 200, json, R"([{"status":"error","message":"Offer disabled"}])", "business",
        "business-rule");
    row("json ok", 200, json, R"({"ok":true})", "ok", "accepted");
    row("json scaleo success", 200, json, R"({"status":"success","code":200,"message":"Conversion created"})", "ok",
        "accepted");
    row("xml status 0 goal", 200, xml, "<response><status>0</status><error>Goal not found</error></response>",
        "business", "business-rule");
    row("xml status 1", 200, xml, "<?xml version=\"1.0\"?><result><status>1</status></result>", "ok", "accepted");
    row("xml error element duplicate", 200, "text/xml", "<error>Duplicate conversion</error>", "business", "duplicate");
    // Traps: not errors.
    row("trap error null", 200, json, R"({"status":"ok","error":null})", "ok", "accepted");
    row("trap error_count 0", 200, json, R"({"error_count": 0, "received": 1})", "unknown", "none");
    row("trap errors empty", 200, json, R"({"status":"success","errors":[]})", "ok", "accepted");
    row("trap error in script", 200, html,
        "<!doctype html><html><head><title>Thank you</title><script>if (x) console.error('error');</script></head>"
        "<body><h1>Thanks for your order</h1></body></html>",
        "unknown", "none");
    row("trap empty 200", 200, text, "", "unknown", "none");
    row("trap whitespace 200", 200, text, " \r\n ", "unknown", "none");
    row("trap unrecognised text", 200, text, "received", "unknown", "none");
    row("binary 200", 200, "image/gif", QByteArray("GIF89a\x01\x00\x01\x00\x00\x00", 12), "unknown", "none");
    row("html error page with 200", 200, html, "<html><head><title>404 Not Found</title></head><body></body></html>",
        "business", "none");
    row("html error heading with 200", 200, html, "<html><body><h1>Internal Server Error</h1></body></html>",
        "business", "none");
    // Trackers' documented answers (DOMAIN.md section 4).
    row("keitaro success is queued", 200, "text/html", "Success", "unknown", "accepted");
    row("keitaro incorrect subid", 200, "text/html", "Incorrect subid", "business", "identifier");
    row("keitaro postback code", 200, "text/html", "Incorrect postback code (abc1234)", "business", "auth");
    row("tune success", 200, text, "success=true;", "ok", "accepted");
    row("tune invalid transaction", 200, text, "success=false; err_msg=Invalid Trans. ID #123;", "business",
        "identifier");
    row("tune duplicate", 200, text, "success=false; err_msg=Duplicate conversion;", "business", "duplicate");
    row("cake success", 200, "text/xml", "<result>SUCCESS</result>", "ok", "accepted");
    row("exoclick ok", 200, text, "OK", "ok", "accepted");
    row("exoclick duplicate", 200, text, "ERROR: This conversion has already been notified and saved.", "business",
        "duplicate");
    row("exoclick tag", 200, text, "ERROR: Tag is invalid!", "business", "identifier");
    row("exoclick secret", 200, text, "ERROR: Secret key is invalid.", "business", "auth");
    row("exoclick price", 200, text, "ERROR: Price is invalid.", "business", "business-rule");
    row("exoclick goal", 200, text, "ERROR: Goal ID is invalid.", "business", "business-rule");
    row("trackier invalid click", 200, json, R"({"error":"INVALID_CLICK_ID"})", "business", "identifier");
    row("trackier duplicate", 200, text, "DUPLICATE_CLICK_ID", "business", "duplicate");
    row("affise ip denied", 200, text, "Current IP-address is denied", "business", "auth");
    row("affise access denied", 200, text, "Access denied", "business", "auth");
    row("affise not pending", 200, text, "Conversion status is not pending", "business", "business-rule");
    row("offer18 recorded", 200, text, "Conversion Recorded", "ok", "accepted");
    row("offer18 expiry", 200, text, "Cleared due to click expiry", "business", "identifier");
    row("taboola 204", 204, {}, "", "ok", "accepted");
    row("test mode hint", 200, json, R"({"status":"ok","test":true})", "business", "test-mode");
    // HTTP statuses.
    row("301 redirect", 301, html, "<a href=\"https://x\">moved</a>", "http", "redirect");
    row("302 redirect", 302, {}, "", "http", "redirect");
    row("400 empty", 400, {}, "", "http", "none");
    row("400 invalid click", 400, json, R"({"error":"invalid click id"})", "http", "identifier");
    row("401", 401, text, "Unauthorized", "http", "auth");
    row("403 ip whitelist", 403, text, "IP not in Whitelist", "http", "auth");
    row("404", 404, html, "<html><title>Not Found</title></html>", "http", "none");
    row("418", 418, text, "I'm a teapot", "http", "none");
    row("429", 429, text, "slow down", "http", "rate-limit");
    row("500", 500, html, "<h1>Internal Server Error</h1>", "http", "server-error");
    row("500 saying OK", 500, text, "OK", "http", "server-error");
    // Issue 20's two examples: a 5xx whose body says "Error" is the server failing, not a refusal;
    // "conversion accepted", gzip-compressed, is accepted.
    row("500 internal server error", 500, text, "Internal Server Error", "http", "server-error");
    row("gzip conversion accepted", 200, text,
        QByteArray::fromBase64("H4sIAAAAAAAAA0vOzytLLSrOzM9TSExOTi0oSU0BAE374egTAAAA"), "ok", "accepted", "gzip");
    row("503", 503, {}, "", "http", "server-error");
    // Encodings.
    row("gzip json duplicate", 200, json, gzippedDuplicate(), "business", "duplicate", "gzip");
    QStringEncoder cp1251("windows-1251");
    row("windows-1251 duplicate", 200, "text/plain; charset=windows-1251",
        cp1251.encode(QStringLiteral("Ошибка: дубликат конверсии")), "business", "duplicate");
}

void TestVerdict::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, layer);
    QFETCH(QString, bucket);

    const Verdict verdict = judge(answer(status, contentType, body, encoding));
    const QString got = layerKey(verdict.layer) + QLatin1Char('/') + bucketKey(verdict.bucket) + QStringLiteral(" (")
        + verdict.rule + QLatin1Char(')');
    QCOMPARE(got.section(u' ', 0, 0), layer + QLatin1Char('/') + bucket);
    QVERIFY(!verdict.summary.isEmpty());
    QVERIFY(!verdict.nextStep.isEmpty());
    QVERIFY(!verdict.evidence.isEmpty());
    QCOMPARE(verdict.evidence.first().kind, Evidence::Kind::Status);
}

void TestVerdict::evidencePointsIntoTheBody()
{
    const ReceivedResponse response
        = answer(200, "application/json", R"({"status": "error", "message": "Duplicate conversion"})");
    const Verdict verdict = judge(response);
    QCOMPARE(verdict.rule, QStringLiteral("rejected-duplicate"));
    bool sawJson = false;
    bool sawBody = false;
    for (const Evidence& evidence : verdict.evidence) {
        if (evidence.kind == Evidence::Kind::Json) {
            sawJson = true;
            QCOMPARE(evidence.where, QStringLiteral("status"));
            QCOMPARE(evidence.text, QStringLiteral("error"));
            QCOMPARE(response.text.mid(evidence.offset, evidence.length), QStringLiteral("\"status\": \"error\""));
        }
        if (evidence.kind == Evidence::Kind::Body) {
            sawBody = true;
            QCOMPARE(response.text.mid(evidence.offset, evidence.length), QStringLiteral("Duplicate"));
        }
    }
    QVERIFY(sawJson && sawBody);

    const ReceivedResponse page = answer(200, "text/html", "<html><title>Error 404</title></html>");
    const Verdict pageVerdict = judge(page);
    QCOMPARE(pageVerdict.evidence.last().kind, Evidence::Kind::Title);
    QCOMPARE(page.text.mid(pageVerdict.evidence.last().offset, pageVerdict.evidence.last().length),
             QStringLiteral("Error 404"));
}

void TestVerdict::doneWhenDuplicateInBothLanguages()
{
    const ReceivedResponse response
        = answer(200, "application/json", R"({"status":"error","message":"Duplicate conversion"})");
    Verdict verdict = judge(response);
    QCOMPARE(verdict.layer, Verdict::Layer::Business);
    QCOMPARE(verdict.bucket, Verdict::Bucket::Duplicate);
    QVERIFY2(verdict.summary.contains(QLatin1String("the partner answered but rejected it as a duplicate"),
                                      Qt::CaseInsensitive),
             qPrintable(verdict.summary));
    QVERIFY(Language::apply(QStringLiteral("ru")));
    verdict = judge(response);
    QVERIFY2(verdict.summary.contains(QStringLiteral("как дубль")), qPrintable(verdict.summary));
    QCOMPARE(layerName(verdict.layer), QStringLiteral("Отклонено партнёром"));
    Language::apply(QStringLiteral("en"));
}

void TestVerdict::requestErrorsOutrankA200()
{
    Exchange exchange = sent(QStringLiteral("https://t.example/postback?subid={clickid}&payout=1.5"));
    exchange.response = answer(200, "text/plain", "OK");
    const Verdict verdict = judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn());
    QCOMPARE(verdict.layer, Verdict::Layer::Template);
    QCOMPARE(verdict.confidence, Verdict::Confidence::High);
    QCOMPARE(verdict.evidence.last().kind, Evidence::Kind::Request);
    QCOMPARE(verdict.evidence.last().where, QStringLiteral("macro-literal"));

    // The '#' that cut the typed URL is seen even though the wire form no longer has it.
    exchange.request = sent(QStringLiteral("https://t.example/postback?subid=abc123def456ghi&status=#status#&payout=2"),
                            QStringLiteral("https://t.example/postback?subid=abc123def456ghi&status="))
                           .request;
    QCOMPARE(judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn()).layer, Verdict::Layer::Template);

    // A correct callback answered OK is accepted.
    exchange.request = sent(QStringLiteral("https://t.example/postback?subid=abc123def456ghi&payout=2")).request;
    QCOMPARE(judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn()).layer, Verdict::Layer::Ok);
}

void TestVerdict::requestErrorsAreMentionedOnAnHttpError()
{
    Exchange exchange = sent(QStringLiteral("https://t.example/postback?subid={clickid}"));
    exchange.response = answer(403, "text/plain", "Forbidden");
    const Verdict verdict = judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn());
    QCOMPARE(verdict.layer, Verdict::Layer::Http);
    QCOMPARE(verdict.bucket, Verdict::Bucket::Auth);
    QVERIFY2(verdict.nextStep.contains(QLatin1String("also has 1 error: fix it too")), qPrintable(verdict.nextStep));
}

// Issue 23's media buyer: a Keitaro-style tracker sends clickid=… to a network whose template reads
// click_id={clickid}; the network answers that the click ID is invalid.
void TestVerdict::unknownClickIdPointsAtTheParameterName()
{
    Exchange exchange = sent(QStringLiteral(
        "https://pb.network.example/track/conv?clickid=8fk2q9x1mz0c4&payout=49.90&status=sale&token=t0k3n"));
    exchange.response = answer(200, "application/json", R"({"status":"error","message":"Invalid click_id"})");
    const Verdict verdict = judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn());
    QCOMPARE(verdict.bucket, Verdict::Bucket::Identifier);
    for (const QString& words :
         {QStringLiteral("This callback sends the click ID as clickid."),
          QStringLiteral("parameter name the partner's template expects"), QStringLiteral("clickid is not click_id"),
          QStringLiteral("Template diff"), QStringLiteral("fresh QA click")})
        QVERIFY2(verdict.nextStep.contains(words), qPrintable(verdict.nextStep));
    // The words alone, wherever an answer names an unknown or empty click ID.
    for (const char* key : {"identifier", "identifier-empty"}) {
        QVERIFY(messageNextStep(QLatin1String(key)).contains(QStringLiteral("Template diff")));
        QVERIFY(messageNextStep(QLatin1String(key)).contains(QStringLiteral("parameter name")));
        QVERIFY(messageNextStep(QLatin1String(key)).contains(QStringLiteral("fresh QA click")));
    }
}

void TestVerdict::refusalQuotesItsReason_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("quoted"); // empty: the body states no reason of its own
    // Offer18 "IP not in Whitelist", Affise "Current IP-address is denied" (DOMAIN.md section 4);
    // "IP not whitelisted" as issue 23 saw it.
    QTest::newRow("403 ip not whitelisted") << 403 << QByteArray("text/plain") << QByteArray("IP not whitelisted\n")
                                            << QStringLiteral("allow-list") << QStringLiteral("IP not whitelisted");
    QTest::newRow("403 offer18") << 403 << QByteArray("text/plain") << QByteArray("IP not in Whitelist")
                                 << QStringLiteral("allow-list") << QStringLiteral("IP not in Whitelist");
    QTest::newRow("403 json message") << 403 << QByteArray("application/json")
                                      << QByteArray(R"({"status":"error","message":"Current IP-address is denied"})")
                                      << QStringLiteral("allow-list") << QStringLiteral("Current IP-address is denied");
    QTest::newRow("401 token") << 401 << QByteArray("application/json") << QByteArray(R"({"error":"Invalid token"})")
                               << QStringLiteral("auth-key") << QStringLiteral("Invalid token");
    QTest::newRow("400 missing amount") << 400 << QByteArray("text/plain") << QByteArray("Missing parameter: amount")
                                        << QString() << QStringLiteral("Missing parameter: amount");
    // A 5xx is the server failing, whatever it says; a cause it names is quoted and named in the next step.
    QTest::newRow("500 ip not whitelisted") << 500 << QByteArray("text/plain") << QByteArray("IP not whitelisted")
                                            << QStringLiteral("server-error") << QStringLiteral("IP not whitelisted");
    // Words that only repeat the status, and servers' own error pages, are no reason.
    QTest::newRow("403 forbidden") << 403 << QByteArray("text/plain") << QByteArray("Forbidden") << QString()
                                   << QString();
    QTest::newRow("404 nginx page") << 404 << QByteArray("text/html")
                                    << QByteArray(
                                           "<html><head><title>404 Not Found</title></head><body><center><h1>404 "
                                           "Not Found</h1></center><hr><center>nginx</center></body></html>")
                                    << QStringLiteral("not-found") << QString();
    QTest::newRow("500 internal") << 500 << QByteArray("text/plain") << QByteArray("Internal Server Error")
                                  << QStringLiteral("server-error") << QString();
    QTest::newRow("503 empty") << 503 << QByteArray("text/plain") << QByteArray() << QStringLiteral("server-error")
                               << QString();
}

void TestVerdict::refusalQuotesItsReason()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, quoted);
    const Verdict verdict = judge(answer(status, contentType, body));
    QCOMPARE(verdict.layer, Verdict::Layer::Http);
    if (!message.isEmpty())
        QCOMPARE(verdict.message, message);
    if (quoted.isEmpty()) {
        QVERIFY2(!verdict.summary.contains(QStringLiteral("answer says")), qPrintable(verdict.summary));
    } else {
        // Said after what it means: "…an IP address they do not allow. The partner's answer says: “…”."
        QVERIFY2(verdict.summary.startsWith(messageSummary(verdict.message, status)), qPrintable(verdict.summary));
        QVERIFY2(verdict.summary.endsWith(QStringLiteral(" The partner's answer says: “%1”.").arg(quoted)),
                 qPrintable(verdict.summary));
    }
    if (message == QLatin1String("allow-list") || quoted.contains(QStringLiteral("whitelisted")))
        QVERIFY2(verdict.nextStep.contains(QStringLiteral("ask them to allow-list it")), qPrintable(verdict.nextStep));
    if (status >= 500 && !quoted.isEmpty())
        QVERIFY(verdict.nextStep.startsWith(messageNextStep(QStringLiteral("server-error"))));
}

void TestVerdict::slowAnswerIsFlagged()
{
    QCOMPARE(usualPartnerTimeoutMs, 5'000);
    Exchange exchange = sent(QStringLiteral("https://t.example/postback?subid=abc123def456ghi&payout=2"));
    exchange.response = answer(200, "text/plain", "OK");
    exchange.timing.firstByteMs = 6'150;
    exchange.timing.totalMs = 6'200;
    Verdict verdict = judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn());
    QCOMPARE(verdict.layer, Verdict::Layer::Ok); // the answer still says OK…
    const Evidence& slow = verdict.evidence.last(); // …and the verdict says it came late
    QCOMPARE(slow.kind, Evidence::Kind::Transport);
    QCOMPARE(slow.where, QStringLiteral("slow-answer"));
    QVERIFY2(slow.text.startsWith(QStringLiteral("Slow answer: 6.2 s, longer than the 5 s")), qPrintable(slow.text));
    QVERIFY(verdict.nextStep.contains(QStringLiteral("did not time out")));
    // At the limit or under it, nothing is said.
    exchange.timing.totalMs = usualPartnerTimeoutMs;
    verdict = judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn());
    QVERIFY(std::none_of(verdict.evidence.cbegin(), verdict.evidence.cend(),
                         [](const Evidence& e) { return e.where == QLatin1String("slow-answer"); }));
}

void TestVerdict::transportErrors_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<QString>("message");
    QTest::newRow("dns") << int(TransportError::Layer::Dns) << QStringLiteral("transport-dns");
    QTest::newRow("connect") << int(TransportError::Layer::Connect) << QStringLiteral("transport-connect");
    QTest::newRow("tls") << int(TransportError::Layer::Tls) << QStringLiteral("transport-tls");
    QTest::newRow("timeout") << int(TransportError::Layer::Timeout) << QStringLiteral("transport-timeout");
    QTest::newRow("reset") << int(TransportError::Layer::Reset) << QStringLiteral("transport-reset");
    QTest::newRow("loop") << int(TransportError::Layer::RedirectLoop) << QStringLiteral("transport-redirect-loop");
    QTest::newRow("cancelled") << int(TransportError::Layer::Cancelled) << QStringLiteral("transport-cancelled");
    QTest::newRow("other") << int(TransportError::Layer::Other) << QStringLiteral("transport-other");
}

void TestVerdict::transportErrors()
{
    QFETCH(int, layer);
    QFETCH(QString, message);
    Exchange exchange;
    exchange.request.input = QStringLiteral("https://t.example/pb?subid=abc123def456ghi");
    exchange.error = TransportError{TransportError::Layer(layer), QStringLiteral("system words")};
    const Verdict verdict = judgeExchange(exchange, AnswerRules::builtIn(), ParamTable::builtIn());
    QCOMPARE(verdict.layer, Verdict::Layer::Transport);
    QCOMPARE(verdict.message, message);
    QVERIFY(!verdict.summary.isEmpty());
    QVERIFY(!verdict.passes(true));
}

void TestVerdict::largeBodyIsJudgedOnItsBeginning()
{
    QByteArray body = "ERROR: duplicate conversion\n";
    body += QByteArray(3 * 1024 * 1024, 'x');
    ReceivedResponse response = answer(200, "text/plain", body);
    response.truncated = true;
    const Verdict verdict = judge(response);
    QCOMPARE(verdict.bucket, Verdict::Bucket::Duplicate);
    QVERIFY(verdict.judgedOnPart);

    // A UTF-8 body cut inside a character at the capture limit is still text.
    const QByteArray cut = QStringLiteral("Ошибка: дубликат").toUtf8().chopped(1);
    QVERIFY(decodeBody(cut, "text/plain", false).isBinary);
    QCOMPARE(decodeBody(cut, "text/plain", true).text, QStringLiteral("Ошибка: дублика"));
}

void TestVerdict::everyMessageHasWords()
{
    for (const QString& key : ruleMessageKeys()) {
        QVERIFY2(!messageSummary(key, 200).isEmpty(), qPrintable(key));
        QVERIFY2(!messageNextStep(key).isEmpty(), qPrintable(key));
    }
    for (const AnswerRule& rule : AnswerRules::builtIn().rules())
        QVERIFY2(isRuleMessage(rule.message), qPrintable(rule.id));
}

void TestVerdict::hostileBodiesAreJudgedSafely()
{
    QStringList bodies{QStringLiteral("<script"),
                       QStringLiteral("<!--"),
                       QStringLiteral("<![CDATA["),
                       QStringLiteral("{\"a\":\"\\"),
                       QStringLiteral("\""),
                       QStringLiteral("<"),
                       QStringLiteral("<title>"),
                       QStringLiteral("<html><title>x"),
                       QStringLiteral("<a><b></a>"),
                       QString(100000, u'[') + QString(100000, u']'),
                       QString(50000, u'<') + QStringLiteral("x"),
                       QStringLiteral("{\"status\":\"error\",\"message\":\"") + QString(300000, u'd')};
    QRandomGenerator random(5);
    const QString alphabet = QStringLiteral("<>{}[]\":,/\\!-=? abcdeo\u0130\u00df\U0001F600");
    for (int i = 0; i < 2000; ++i) {
        QString body;
        const int length = int(random.bounded(40));
        for (int c = 0; c < length; ++c)
            body += alphabet.at(random.bounded(int(alphabet.size())));
        bodies.append(body);
    }
    for (const QString& body : bodies) {
        for (const QByteArray& type :
             {QByteArray("text/html"), QByteArray("application/json"), QByteArray("text/xml")}) {
            for (const int status : {200, 403, 500}) { // a refusal's reason is quoted from the body too
                const ReceivedResponse response = answer(status, type, body.toUtf8());
                const Verdict verdict = judge(response);
                for (const Evidence& evidence : verdict.evidence) {
                    QVERIFY(evidence.offset < 0 || evidence.offset + evidence.length <= response.text.size());
                    QVERIFY(evidence.length >= 0);
                }
                QVERIFY(verdict.summary.size() < 1000);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"

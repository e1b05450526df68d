// How an answer is read: its words (snake and camel case, "code | text" lines, Russian), the
// vocabulary's concepts and their negations, the outcome member of a structured answer, the
// precedence of the steps (docs/answer-rules.md) and the confidence that follows the evidence.
#include "analysis/answerjudge.h"
#include "analysis/answerrules.h"
#include "analysis/answervocabulary.h"
#include "analysis/answerwords.h"
#include "analysis/verdict.h"
#include "net/rawanswer.h"

#include <QTest>

using namespace pbw;

namespace {

struct Judged
{
    Verdict verdict;
    AnswerReading reading;
};

Judged judge(int status, const QByteArray& contentType, const QByteArray& body,
             const AnswerRules& rules = AnswerRules::builtIn())
{
    Judged out;
    out.verdict = judgeAnswer(readRawAnswer(body, status, contentType), {}, rules, &out.reading);
    return out;
}

QString wordsOf(const QString& text)
{
    QStringList words;
    for (const AnswerWord& word : splitAnswerWords(text))
        words.append(word.word);
    return words.join(u' ');
}

} // namespace

class TestAnswerReading : public QObject
{
    Q_OBJECT

private slots:
    void words_data();
    void words();
    void wordsPointIntoTheText();
    void vocabularyProblemsAreReported_data();
    void vocabularyProblemsAreReported();
    void negation_data();
    void negation();
    void precedence_data();
    void precedence();
    void userRulesComeFirst();
    void confidenceFollowsTheEvidence_data();
    void confidenceFollowsTheEvidence();
    void nothingMatchedSaysSo();
    void outcomeMember_data();
    void outcomeMember();
    void rawAnswer();
};

void TestAnswerReading::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::newRow("snake case") << "INVALID_CLICK_ID"
                                << "invalid click id";
    QTest::newRow("camel case") << "invalidClickId"
                                << "invalid click id";
    QTest::newRow("pascal case") << "DuplicateConversion"
                                 << "duplicate conversion";
    QTest::newRow("upper run") << "HTTPError"
                               << "http error";
    QTest::newRow("run-together") << "UIDDoesNotExist"
                                  << "uid does not exist";
    QTest::newRow("code | text") << "8 | Duplicate Conversion"
                                 << "8 duplicate conversion";
    QTest::newRow("apostrophe") << "click doesn't exist"
                                << "click doesnt exist";
    QTest::newRow("punctuation") << "ERROR: Tag is invalid!"
                                 << "error tag is invalid";
    QTest::newRow("russian") << QStringLiteral("Ошибка: Клик не найдён") << QStringLiteral("ошибка клик не найден");
    QTest::newRow("digits stay") << "code 40002"
                                 << "code 40002";
    QTest::newRow("empty") << ""
                           << "";
}

void TestAnswerReading::words()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QCOMPARE(wordsOf(text), words);
}

void TestAnswerReading::wordsPointIntoTheText()
{
    const QString text = QStringLiteral("err: invalidClickId | retry");
    const QList<AnswerWord> words = splitAnswerWords(text);
    QCOMPARE(words.size(), 5);
    QCOMPARE(text.mid(words.at(2).offset, words.at(2).length), QStringLiteral("Click"));
    QVERIFY(!words.at(1).breakBefore);
    QVERIFY(words.at(4).breakBefore); // after the '|'
    QCOMPARE(splitAnswerWords(QStringLiteral("a b c d"), 2).size(), 2);
}

void TestAnswerReading::vocabularyProblemsAreReported_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not json") << QByteArray("{") << "concepts";
    QTest::newRow("unknown class") << QByteArray(
        R"({"concepts":[{"id":"x","kind":"reason","bucket":"duplicate","patterns":["{nope} here"]}]})")
                                   << "{nope}";
    QTest::newRow("unknown kind") << QByteArray(
        R"({"concepts":[{"id":"x","kind":"maybe","bucket":"duplicate","patterns":["dup"]}]})")
                                  << "kind";
    QTest::newRow("no patterns") << QByteArray(R"({"concepts":[{"id":"x","kind":"reason","bucket":"duplicate"}]})")
                                 << "patterns";
    QTest::newRow("same id twice") << QByteArray(
        R"({"concepts":[{"id":"x","kind":"reason","bucket":"none","patterns":["a"]},)"
        R"({"id":"x","kind":"reason","bucket":"none","patterns":["b"]}]})")
                                   << "id";
    QTest::newRow("gap too large") << QByteArray(
        R"({"concepts":[{"id":"x","kind":"reason","bucket":"none","gap":40,"patterns":["a b"]}]})")
                                   << "gap";
}

void TestAnswerReading::vocabularyProblemsAreReported()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QStringList problems;
    const AnswerVocabulary vocabulary = AnswerVocabulary::fromJson(json, &problems);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(u' ').contains(problem), qPrintable(problems.join(u'\n')));
    QVERIFY(vocabulary.concepts().isEmpty()); // a vocabulary with problems is not used
}

void TestAnswerReading::negation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("layer");
    QTest::newRow("not recorded") << QByteArray("Conversion not recorded") << "none"
                                  << "business";
    QTest::newRow("was not accepted") << QByteArray("The postback was not accepted") << "none"
                                      << "business";
    QTest::newRow("no errors") << QByteArray("No errors, conversion recorded") << "accepted"
                               << "ok";
    QTest::newRow("errors: 0") << QByteArray("Conversion saved. Errors: 0") << "accepted"
                               << "ok";
    QTest::newRow("success: false") << QByteArray("success: false") << "none"
                                    << "business";
    QTest::newRow("not a duplicate") << QByteArray("Recorded: not a duplicate") << "accepted"
                                     << "ok";
    QTest::newRow("does not exist is no duplicate") << QByteArray("Click id does not exists") << "identifier"
                                                    << "business";
    QTest::newRow("russian not found") << QStringLiteral("Клик не найден").toUtf8() << "identifier"
                                       << "business";
}

void TestAnswerReading::negation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, bucket);
    QFETCH(QString, layer);
    const Judged judged = judge(200, "text/plain; charset=utf-8", body);
    QCOMPARE(bucketKey(judged.verdict.bucket), bucket);
    QCOMPARE(layerKey(judged.verdict.layer), layer);
}

void TestAnswerReading::precedence_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("message");
    const QByteArray text = "text/plain";
    const QByteArray json = "application/json";
    // The status decides 3xx, 429 and 5xx whatever the body says.
    QTest::newRow("5xx over the body") << 500 << text << QByteArray("Internal Server Error") << "http-status"
                                       << "server-error"
                                       << "server-error";
    QTest::newRow("5xx saying duplicate")
        << 502 << json << QByteArray(R"({"status":"error","message":"Duplicate"})") << "http-status"
        << "server-error"
        << "server-error";
    QTest::newRow("429") << 429 << text << QByteArray("Invalid click") << "http-status"
                         << "rate-limit"
                         << "rate-limit";
    QTest::newRow("302") << 302 << text << QByteArray() << "http-status"
                         << "redirect"
                         << "redirect";
    // 401/403: auth unless the body names another reason.
    QTest::newRow("403 bare") << 403 << text << QByteArray("Forbidden") << "vocabulary"
                              << "auth"
                              << "auth";
    QTest::newRow("403 empty") << 403 << text << QByteArray() << "status-default"
                               << "auth"
                               << "auth";
    QTest::newRow("403 ip") << 403 << text << QByteArray("IP not whitelisted") << "vocabulary"
                            << "auth"
                            << "allow-list";
    QTest::newRow("403 names the offer") << 403 << json << QByteArray(R"({"error":"Offer is inactive"})")
                                         << "structured"
                                         << "business-rule"
                                         << "offer";
    // Other 4xx are read with the body.
    QTest::newRow("404 bare") << 404 << QByteArray("text/html") << QByteArray("<html><title>Not Found</title></html>")
                              << "status-default"
                              << "none"
                              << "not-found";
    QTest::newRow("404 says click") << 404 << json << QByteArray(R"({"error":"Click not found"})") << "structured"
                                    << "identifier"
                                    << "identifier";
    QTest::newRow("400 empty") << 400 << text << QByteArray() << "status-default"
                               << "none"
                               << "bad-request";
    QTest::newRow("409") << 409 << text << QByteArray() << "status-default"
                         << "duplicate"
                         << "duplicate";
    QTest::newRow("422 field and message")
        << 422 << json << QByteArray(R"({"errors":[{"field":"amount","message":"must be greater than 0"}]})")
        << "structured"
        << "business-rule"
        << "payout";
    // A 2xx: platform, outcome member, vocabulary, shape, nothing.
    QTest::newRow("platform pack") << 200 << text << QByteArray("ERROR: Goal ID is invalid.") << "platform-rule"
                                   << "business-rule"
                                   << "goal";
    QTest::newRow("outcome member") << 200 << json << QByteArray(R"({"status":"error","message":"Duplicate"})")
                                    << "structured"
                                    << "duplicate"
                                    << "duplicate";
    QTest::newRow("enum token") << 200 << text << QByteArray("OFFER_CAP_REACHED") << "vocabulary"
                                << "business-rule"
                                << "cap";
    QTest::newRow("code | reason") << 200 << text << QByteArray("13 | Invalid Click") << "vocabulary"
                                   << "identifier"
                                   << "identifier";
    QTest::newRow("must be unique") << 200 << text << QByteArray("transaction_id must be unique") << "vocabulary"
                                    << "duplicate"
                                    << "duplicate";
    QTest::newRow("lookback") << 200 << text << QByteArray("Conversion outside the lookback window") << "vocabulary"
                              << "identifier"
                              << "expired";
    QTest::newRow("secure code") << 200 << text << QByteArray("Secure code is not valid") << "vocabulary"
                                 << "auth"
                                 << "auth-key";
    QTest::newRow("price not configured") << 200 << text << QByteArray("Price not configured") << "vocabulary"
                                          << "business-rule"
                                          << "payout";
    QTest::newRow("success in words") << 200 << text << QByteArray("conversion accepted") << "vocabulary"
                                      << "accepted"
                                      << "accepted";
    QTest::newRow("code 0 and OK") << 200 << json << QByteArray(R"({"code":0,"message":"OK"})") << "structured"
                                   << "accepted"
                                   << "accepted";
    QTest::newRow("code 200 and success")
        << 200 << json << QByteArray(R"({"code":200,"msg":"success"})") << "structured"
        << "accepted"
        << "accepted";
    QTest::newRow("queued") << 200 << json << QByteArray(R"({"Status":"QUEUED"})") << "structured"
                            << "accepted"
                            << "queued";
    QTest::newRow("204") << 204 << text << QByteArray() << "shape"
                         << "accepted"
                         << "accepted-no-content";
    QTest::newRow("html page") << 200 << QByteArray("text/html")
                               << QByteArray("<html><body><p>Welcome to our shop</p></body></html>") << "shape"
                               << "none"
                               << "html-page";
    QTest::newRow("nothing") << 200 << text << QByteArray("received") << "nothing"
                             << "none"
                             << "unknown-body";
}

void TestAnswerReading::precedence()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, step);
    QFETCH(QString, bucket);
    QFETCH(QString, message);
    const Judged judged = judge(status, contentType, body);
    const QString got = stepKey(judged.reading.step) + QLatin1Char(' ') + bucketKey(judged.verdict.bucket)
        + QLatin1Char(' ') + judged.verdict.message;
    QCOMPARE(got, step + QLatin1Char(' ') + bucket + QLatin1Char(' ') + message);
    if (status >= 300)
        QCOMPARE(judged.verdict.layer, Verdict::Layer::Http);
    if (step != QLatin1String("platform-rule"))
        QVERIFY2(judged.verdict.platform.isEmpty(), qPrintable(judged.verdict.platform));
}

void TestAnswerReading::userRulesComeFirst()
{
    // A user's rule is tried before the platforms' (ExoClick documents this answer) and the vocabulary.
    QStringList problems;
    const AnswerRules rules = AnswerRules::fromJson(R"({"rules":[{"id":"mine","when":{"text":{"contains":
        ["tag is invalid"]}},"bucket":"test-mode","summary":"MyNet says so."}]})",
                                                    QStringLiteral("mine.json"), &problems);
    QVERIFY(problems.isEmpty());
    const Judged mine = judge(200, "text/plain", "ERROR: Tag is invalid!", rules);
    QCOMPARE(stepKey(mine.reading.step), QStringLiteral("user-rule"));
    QCOMPARE(mine.verdict.bucket, Verdict::Bucket::TestMode);
    QCOMPARE(mine.verdict.summary, QStringLiteral("MyNet says so."));
}

void TestAnswerReading::confidenceFollowsTheEvidence_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("confidence");
    QTest::newRow("platform pack") << QByteArray("text/plain") << QByteArray("DUPLICATE_CLICK_ID") << "high";
    QTest::newRow("outcome member with a reason")
        << QByteArray("application/json") << QByteArray(R"({"success":false,"message":"Click expired"})") << "high";
    QTest::newRow("outcome member, no reason")
        << QByteArray("application/json") << QByteArray(R"({"success":false})") << "medium";
    QTest::newRow("vocabulary") << QByteArray("text/plain") << QByteArray("Conversion limit reached for today")
                                << "medium";
    QTest::newRow("a lone word in a long text")
        << QByteArray("text/plain")
        << QByteArray("Thank you for using our service; we have looked at the request you sent and there was an "
                      "error somewhere along the way, maybe")
        << "low";
    QTest::newRow("generic words only") << QByteArray("text/plain") << QByteArray("Validation failed") << "low";
}

void TestAnswerReading::confidenceFollowsTheEvidence()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, confidence);
    QCOMPARE(confidenceKey(judge(200, contentType, body).verdict.confidence), confidence);
}

void TestAnswerReading::nothingMatchedSaysSo()
{
    const Judged judged = judge(200, "application/json", R"({"state":"in_progress","ref":"a1"})");
    QCOMPARE(judged.reading.step, AnswerReading::Step::Nothing);
    QCOMPARE(judged.verdict.layer, Verdict::Layer::Unknown);
    QVERIFY2(judged.verdict.summary.contains(QLatin1String("no rule recognised"), Qt::CaseInsensitive),
             qPrintable(judged.verdict.summary));
    // The answer's own outcome member is shown, though no rule knew its value.
    bool shown = false;
    for (const Evidence& evidence : judged.verdict.evidence)
        shown = shown || (evidence.kind == Evidence::Kind::Json && evidence.where == QLatin1String("state"));
    QVERIFY(shown);
}

void TestAnswerReading::outcomeMember_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("polarity");
    QTest::addColumn<QString>("member");
    QTest::newRow("status error") << QByteArray(R"({"status":"error","message":"x"})") << "failure"
                                  << "status";
    QTest::newRow("nested error") << QByteArray(R"({"data":{"error":{"code":12}}})") << "failure"
                                  << "data.error";
    QTest::newRow("error null") << QByteArray(R"({"status":"ok","error":null})") << "success"
                                << "status";
    QTest::newRow("empty error list") << QByteArray(R"({"validationMessages":[]})") << "success"
                                      << "validationMessages";
    QTest::newRow("events processed") << QByteArray(R"({"data":{"conversions_processed":0}})") << "failure"
                                      << "data.conversions_processed";
    QTest::newRow("code 0 alone") << QByteArray(R"({"code":0})") << "success"
                                  << "code";
    QTest::newRow("code 40002") << QByteArray(R"({"code":40002,"message":"Invalid value"})") << "failure"
                                << "code";
    QTest::newRow("key=value text") << QByteArray("success=false; err_msg=Invalid Trans. ID;") << "failure"
                                    << "success";
    QTest::newRow("xml") << QByteArray("<r><success>false</success><message>x</message></r>") << "failure"
                         << "success";
}

void TestAnswerReading::outcomeMember()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, polarity);
    QFETCH(QString, member);
    const QByteArray type = body.startsWith('{') ? "application/json"
        : body.startsWith('<')                   ? "text/xml"
                                                 : "text/plain";
    const Judged judged = judge(200, type, body);
    QCOMPARE(polarityKey(judged.reading.outcome.polarity), polarity);
    QVERIFY(judged.reading.outcome.deciding.has_value());
    QCOMPARE(judged.reading.outcome.deciding->path, member);
}

void TestAnswerReading::rawAnswer()
{
    // As curl -i prints it, with a 100 Continue first; a gzip body is decompressed.
    const QByteArray raw = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; "
                           "charset=utf-8\r\nX-A: 1\r\n\r\nIP not in whitelist";
    const ReceivedResponse response = readRawAnswer(raw, 200, "text/html");
    QCOMPARE(response.status, 403);
    QCOMPARE(response.reason, QByteArray("Forbidden"));
    QCOMPARE(response.headers.size(), 2);
    QCOMPARE(response.text, QStringLiteral("IP not in whitelist"));
    const ReceivedResponse bodyOnly = readRawAnswer("OK", 204, "text/plain");
    QCOMPARE(bodyOnly.status, 204);
    QCOMPARE(bodyOnly.contentType, QByteArray("text/plain"));
    const ReceivedResponse big = readRawAnswer(QByteArray(5000, 'a'), 200, {}, 1000);
    QVERIFY(big.truncated);
    QCOMPARE(big.body.size(), 1000);
}

QTEST_GUILESS_MAIN(TestAnswerReading)
#include "tst_answerreading.moc"

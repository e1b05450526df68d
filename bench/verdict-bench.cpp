// Answers judged per second on one core, over stored answers shaped like the trackers' (DOMAIN.md
// section 4), the generic shapes and every answer of tests/data/answer-corpus (documented by the
// platforms), next to only parsing the same bodies (JSON with QJsonDocument, the rest lower-cased):
// the floor any reading of an answer pays.
//
//   pbw-verdict-bench [COUNT]     (default 100000)
#include "analysis/answerrules.h"
#include "analysis/answervocabulary.h"
#include "analysis/verdict.h"
#include "answercorpus.h"
#include "net/exchange.h"
#include "rate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace pbw;

namespace {

struct Sample
{
    int status;
    const char* type;
    const char* body;
};

constexpr Sample samples[] = {
    {200, "text/plain", "OK"},
    {200, "text/html", "Success"},
    {200, "application/json", R"({"status":"error","message":"Duplicate conversion"})"},
    {200, "application/json", R"({"status":"ok","error":null})"},
    {200, "application/json", R"({"status":"success","code":200,"message":"Conversion created","id":"c1"})"},
    {200, "application/json", R"({"success":false,"error":"Click not found","code":12})"},
    {200, "text/plain", "success=false; err_msg=Invalid Trans. ID #1234567;"},
    {200, "text/plain", "success=true;"},
    {200, "text/plain", "ERROR: This conversion has already been notified and saved."},
    {200, "text/plain", ""},
    {200, "application/xml",
     "<?xml version=\"1.0\"?><response><status>0</status><error>Goal not found</error></response>"},
    {200, "text/html",
     "<!doctype html><html><head><title>Thank you</title><script>console.error('x')</script></head><body><h1>Thanks"
     "</h1><p>Your order is confirmed.</p></body></html>"},
    {403, "text/plain", "Current IP-address is denied"},
    {404, "text/html", "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"},
    {500, "text/plain", "Internal Server Error"},
    {200, "text/plain", "received"},
};

struct Shape
{
    int status;
    QByteArray type;
    QByteArray body;
};

// The documented answers, as tst_answercorpus judges them.
QList<Shape> corpusShapes()
{
    QList<Shape> shapes;
    for (const pbw::test::CorpusEntry& entry : pbw::test::answerCorpus(QStringLiteral(PBW_SOURCE_DIR))) {
        const ReceivedResponse response = pbw::test::corpusAnswer(entry.object);
        shapes.append({response.status, response.contentType, response.body});
    }
    return shapes;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QList<Shape> shapes;
    for (const Sample& sample : samples)
        shapes.append({sample.status, sample.type, sample.body});
    const qsizetype builtInShapes = shapes.size();
    shapes += corpusShapes();
    QList<ReceivedResponse> answers;
    answers.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Shape& shape = shapes.at(i % shapes.size());
        ReceivedResponse response;
        response.status = shape.status;
        response.reason = "OK";
        response.contentType = shape.type;
        response.headers = {{"Content-Type", shape.type}, {"Server", "nginx"}};
        response.body = shape.body;
        response.text = QString::fromUtf8(shape.body) + (i % 3 == 0 ? QString() : QStringLiteral(" "));
        answers.append(response);
    }
    const AnswerRules& rules = AnswerRules::builtIn(); // loaded once at start, as in the app

    QElapsedTimer timer;
    qsizetype sink = 0;
    timer.start();
    for (const ReceivedResponse& response : answers) {
        if (response.contentType.contains("json"))
            sink += QJsonDocument::fromJson(response.text.toUtf8()).object().size();
        else
            sink += response.text.toLower().size();
    }
    const qint64 parseNs = timer.nsecsElapsed();

    timer.restart();
    int judged[6] = {};
    for (const ReceivedResponse& response : answers)
        ++judged[int(judgeAnswer(response, {}, rules).layer)];
    const qint64 judgeNs = timer.nsecsElapsed();

    std::printf("%d stored answers (%lld shapes: %lld generic, %lld documented), %lld rules, %lld concepts, one core\n",
                count, static_cast<long long>(shapes.size()), static_cast<long long>(builtInShapes),
                static_cast<long long>(shapes.size() - builtInShapes), static_cast<long long>(rules.size()),
                static_cast<long long>(AnswerVocabulary::builtIn().concepts().size()));
    std::printf("parse only (JSON / lower-case)  %10.0f /s   (peer: reading without judging; %lld units)\n",
                perSecond(count, parseNs), static_cast<long long>(sink));
    std::printf("verdicts (prepare + rules + words) %7.0f /s   (target >= 50000: %s)\n", perSecond(count, judgeNs),
                perSecond(count, judgeNs) >= 50000 ? "ok" : "UNDER TARGET");
    std::printf("  layers: transport %d, http %d, template %d, business %d, ok %d, unknown %d\n", judged[0], judged[1],
                judged[2], judged[3], judged[4], judged[5]);

    // The 16 generic shapes alone, as earlier runs of this benchmark measured them.
    QList<ReceivedResponse> generic;
    for (const ReceivedResponse& response : answers) {
        if (generic.size() == count)
            break;
        if (std::any_of(std::begin(samples), std::end(samples),
                        [&](const Sample& sample) { return response.body == QByteArray(sample.body); }))
            generic.append(response);
    }
    while (!generic.isEmpty() && generic.size() < count)
        generic.append(generic.at(generic.size() % std::size(samples)));
    timer.restart();
    for (const ReceivedResponse& response : generic)
        sink += int(judgeAnswer(response, {}, rules).layer);
    const qint64 genericNs = timer.nsecsElapsed();
    std::printf("verdicts, the 16 generic shapes %9.0f /s\n", perSecond(int(generic.size()), genericNs));
    return 0;
}

// The answer rules and the verdict: any body, under the content type the first byte picks, judged by
// the shipped rules (words, vocabulary, outcome member, platform packs) with its reading kept as pbw
// rules explain does; the same bytes read as a raw answer (curl -i), as a user's answer-rules file
// and as a vocabulary.
#include "analysis/answerjudge.h"
#include "analysis/answerrules.h"
#include "analysis/answervocabulary.h"
#include "analysis/verdict.h"
#include "fuzzmain.h"
#include "net/bodytext.h"
#include "net/exchange.h"
#include "net/rawanswer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static const QByteArray types[]
        = {"application/json", "text/html", "text/xml", "text/plain", "application/octet-stream"};
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    pbw::Exchange exchange;
    pbw::ReceivedResponse response;
    response.status = 200 + (data[0] % 5) * 100;
    response.contentType = types[data[0] % 5];
    response.headers.append({QByteArrayLiteral("Content-Type"), response.contentType});
    response.body = body;
    const pbw::BodyText text = pbw::decodeBody(body, response.contentType, false);
    response.text = text.text;
    response.isBinary = text.isBinary;
    exchange.response = response;
    pbw::judgeExchange(exchange);
    pbw::AnswerReading reading;
    pbw::judgeAnswer(pbw::readRawAnswer(body, response.status, response.contentType, 1 << 20), {},
                     pbw::AnswerRules::builtIn(), &reading);
    QStringList problems;
    pbw::AnswerRules::fromJson(body, QStringLiteral("fuzz"), &problems);
    pbw::AnswerVocabulary::fromJson(body, &problems);
    return 0;
}

// The answer rules and the verdict: any body, under the content type the first byte picks, judged by
// the shipped rules; and the same bytes read as a user's answer-rules file.
#include "analysis/answerrules.h"
#include "analysis/verdict.h"
#include "fuzzmain.h"
#include "net/bodytext.h"
#include "net/exchange.h"

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
    QStringList problems;
    pbw::AnswerRules::fromJson(body, QStringLiteral("fuzz"), &problems);
    return 0;
}

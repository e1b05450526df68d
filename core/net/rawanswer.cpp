#include "net/rawanswer.h"

#include "net/bodytext.h"
#include "net/contentdecoder.h"
#include "net/headers.h"

namespace pbw {

namespace {

constexpr int maxHeaderLines = 200;

// "HTTP/1.1 200 OK" or "HTTP/2 200": the status and its reason; false when it is not a status line.
bool readStatusLine(const QByteArray& line, ReceivedResponse& response)
{
    if (!line.startsWith("HTTP/"))
        return false;
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() < 2)
        return false;
    bool ok = false;
    const int status = parts.at(1).toInt(&ok);
    if (!ok || status < 100 || status > 999)
        return false;
    response.status = status;
    response.httpVersion = parts.at(0).mid(5);
    response.reason = parts.size() > 2 ? line.trimmed().mid(parts.at(0).size() + parts.at(1).size() + 2) : QByteArray();
    return true;
}

} // namespace

ReceivedResponse readRawAnswer(const QByteArray& bytes, int status, const QByteArray& contentType, qint64 maxBodyBytes)
{
    ReceivedResponse response;
    response.status = status;
    QByteArray body = bytes;
    const qsizetype firstEnd = bytes.indexOf('\n');
    if (readStatusLine(bytes.left(firstEnd < 0 ? bytes.size() : firstEnd), response)) {
        // A response as curl -i shows it; a 100 Continue before the real one is skipped.
        qsizetype at = firstEnd < 0 ? bytes.size() : firstEnd + 1;
        int lines = 0;
        while (at < bytes.size() && lines < maxHeaderLines) {
            qsizetype end = bytes.indexOf('\n', at);
            if (end < 0)
                end = bytes.size();
            const QByteArray line = bytes.mid(at, end - at).trimmed();
            at = end + 1;
            ++lines;
            if (line.isEmpty()) {
                if (response.status == 100 && at < bytes.size()) {
                    const qsizetype next = bytes.indexOf('\n', at);
                    if (readStatusLine(bytes.mid(at, (next < 0 ? bytes.size() : next) - at), response)) {
                        response.headers.clear();
                        at = next < 0 ? bytes.size() : next + 1;
                        continue;
                    }
                }
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        body = at < bytes.size() ? bytes.mid(at) : QByteArray();
        response.contentType = headerValue(response.headers, "content-type");
    } else {
        response.contentType = contentType;
        if (!contentType.isEmpty())
            response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    }
    QByteArray decoded;
    ContentDecoder decoder(headerValue(response.headers, "content-encoding"));
    const ContentDecoder::State state = decoder.feed(body, decoded, maxBodyBytes);
    if (state == ContentDecoder::State::Error)
        decoded = body.left(maxBodyBytes); // judged as it came: a body that is not what it says it is
    response.truncated = state == ContentDecoder::State::LimitReached || body.size() > maxBodyBytes;
    response.body = decoded;
    response.bodySize = decoded.size();
    const BodyText text = decodeBody(decoded, response.contentType, response.truncated);
    response.text = text.text;
    response.isBinary = text.isBinary;
    return response;
}

} // namespace pbw

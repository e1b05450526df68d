#include "catch/requestreader.h"

namespace pbw {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// The end of the line starting at from (the index of its '\n'), or -1.
qsizetype lineEnd(const QByteArray& buffer, qsizetype from)
{
    return buffer.indexOf('\n', from);
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

RequestReader::RequestReader(const RequestLimits& limits)
    : m_limits(limits)
{
}

RequestReader::State RequestReader::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return m_state;
    m_buffer.append(bytes);
    if (m_state == State::Complete)
        return m_state; // take() reads on
    if (m_headEnd < 0)
        m_state = readHead();
    if (m_state == State::HeadRead)
        m_state = readBody();
    return m_state;
}

bool RequestReader::expectsContinue() const
{
    return m_state == State::HeadRead && m_continueAsked && m_bodyPos == m_headEnd;
}

RequestReader::State RequestReader::fail(int status, const QByteArray& reason)
{
    m_failure = status;
    m_failureReason = reason;
    return State::Failed;
}

RequestReader::State RequestReader::readHead()
{
    // Blank lines before a request line are skipped (RFC 9112 2.2).
    while (m_scanFrom == 0 && (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n')))
        m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
    qsizetype end = -1;
    for (qsizetype at = lineEnd(m_buffer, m_scanFrom); at >= 0; at = lineEnd(m_buffer, at + 1)) {
        // A line that is empty (or only "\r") after the request line ends the head.
        const qsizetype previous = at == 0 ? -1 : m_buffer.lastIndexOf('\n', at - 1);
        const qsizetype lineStart = previous < 0 ? 0 : previous + 1;
        if (lineStart > 0 && (at == lineStart || (at == lineStart + 1 && m_buffer.at(lineStart) == '\r'))) {
            end = at + 1;
            break;
        }
        m_scanFrom = at + 1;
    }
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeadBytes)
            return fail(431, "Request Header Fields Too Large");
        return State::NeedMore;
    }
    if (end > m_limits.maxHeadBytes)
        return fail(431, "Request Header Fields Too Large");
    m_headEnd = end;

    const QByteArrayView head(m_buffer.constData(), end);
    qsizetype at = head.indexOf('\n');
    const QByteArrayView requestLine = withoutCr(head.first(at));
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return fail(400, "Bad Request");
    m_request.method = requestLine.first(firstSpace).toByteArray();
    m_request.target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1).toByteArray();
    m_request.version = requestLine.sliced(lastSpace + 1).toByteArray();
    if (!isToken(m_request.method) || m_request.target.contains(' '))
        return fail(400, "Bad Request");
    if (m_request.version != "HTTP/1.1" && m_request.version != "HTTP/1.0")
        return fail(505, "HTTP Version Not Supported");

    while (true) {
        const qsizetype start = at + 1;
        at = head.indexOf('\n', start);
        const QByteArrayView line = withoutCr(head.sliced(start, at - start));
        if (line.isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t')
            return fail(400, "Bad Request"); // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "Bad Request");
        if (m_request.headers.size() >= m_limits.maxHeaders)
            return fail(431, "Request Header Fields Too Large");
        m_request.headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }

    bool lengthSeen = false;
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || value.isEmpty() || value.front() == '+' || value.front() == '-'
                || (lengthSeen && length != m_contentLength))
                return fail(400, "Bad Request");
            lengthSeen = true;
            m_contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            const QByteArray codings = value.toLower();
            if (!codings.trimmed().endsWith("chunked"))
                return fail(501, "Not Implemented");
            m_chunked = true;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            m_continueAsked = value.trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (m_chunked && lengthSeen)
        return fail(400, "Bad Request"); // could be read two ways: smuggling's door
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(413, "Content Too Large");

    const QByteArray connection = headerValue(m_request.headers, "Connection").toLower();
    m_request.keepAlive
        = m_request.version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    m_bodyPos = m_headEnd;
    return State::HeadRead;
}

RequestReader::State RequestReader::readBody()
{
    if (!m_chunked) {
        const qint64 length = qMax<qint64>(m_contentLength, 0);
        if (m_buffer.size() - m_headEnd < length)
            return State::HeadRead;
        m_request.body = m_buffer.sliced(m_headEnd, length);
        m_bodyPos = m_headEnd + length;
        return State::Complete;
    }
    // Chunks: "size[;ext]\r\n data \r\n", the last of size 0, then trailer lines and a blank line.
    while (true) {
        const qsizetype sizeEnd = m_buffer.indexOf('\n', m_bodyPos);
        if (sizeEnd < 0)
            return m_buffer.size() - m_bodyPos > 1024 ? fail(400, "Bad Request") : State::HeadRead;
        QByteArrayView sizeLine = withoutCr(QByteArrayView(m_buffer).sliced(m_bodyPos, sizeEnd - m_bodyPos));
        if (const qsizetype semicolon = sizeLine.indexOf(';'); semicolon >= 0)
            sizeLine = sizeLine.first(semicolon);
        sizeLine = sizeLine.trimmed();
        bool ok = false;
        const qint64 size = sizeLine.isEmpty() || sizeLine.size() > 15 ? -1 : sizeLine.toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail(400, "Bad Request");
        if (size == 0) {
            // Trailer lines, then the blank line that ends the request.
            qsizetype at = sizeEnd + 1;
            while (true) {
                const qsizetype end = m_buffer.indexOf('\n', at);
                if (end < 0)
                    return m_buffer.size() - at > m_limits.maxHeadBytes ? fail(431, "Request Header Fields Too Large")
                                                                        : State::HeadRead;
                const QByteArrayView line = withoutCr(QByteArrayView(m_buffer).sliced(at, end - at));
                at = end + 1;
                if (line.isEmpty())
                    break;
            }
            m_bodyPos = at;
            return State::Complete;
        }
        if (m_request.body.size() + size > m_limits.maxBodyBytes)
            return fail(413, "Content Too Large");
        const qsizetype dataStart = sizeEnd + 1;
        if (m_buffer.size() < dataStart + size + 1)
            return State::HeadRead;
        qsizetype after = dataStart + size;
        if (m_buffer.at(after) == '\r') {
            if (m_buffer.size() < after + 2)
                return State::HeadRead;
            ++after;
        }
        if (m_buffer.at(after) != '\n')
            return fail(400, "Bad Request");
        m_request.body.append(QByteArrayView(m_buffer).sliced(dataStart, size));
        m_bodyPos = after + 1;
    }
}

ReadRequest RequestReader::take()
{
    ReadRequest request = std::move(m_request);
    request.raw = m_buffer.first(m_bodyPos);
    const QByteArray rest = m_buffer.sliced(m_bodyPos);
    m_buffer.clear();
    m_request = {};
    m_scanFrom = 0;
    m_headEnd = -1;
    m_bodyPos = 0;
    m_contentLength = -1;
    m_chunked = false;
    m_continueAsked = false;
    m_state = State::NeedMore;
    if (!rest.isEmpty())
        feed(rest);
    return request;
}

} // namespace pbw

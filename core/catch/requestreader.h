#pragma once

#include "net/headers.h"

#include <QByteArray>

namespace pbw {

// What a catcher takes from one client before it stops reading.
struct RequestLimits
{
    qsizetype maxHeadBytes = 16 * 1024; // request line and headers
    int maxHeaders = 100;
    qsizetype maxBodyBytes = 1024 * 1024; // the body, decoded (chunked framing not counted)
};

// One HTTP/1.x request read off a connection, and every byte it took.
struct ReadRequest
{
    QByteArray raw; // request line, headers and body (chunk framing included) exactly as they arrived
    QByteArray method;
    QByteArray target; // as written: "/c/abc/pb?x=1"
    QByteArray version; // "HTTP/1.1"
    HeaderList headers; // in order and case, repeats kept
    QByteArray body; // decoded from chunks when it came chunked
    bool keepAlive = true; // what the client asked for (HTTP/1.1 unless "close"; HTTP/1.0 only if asked)
};

// Reads requests off a stream of bytes as they arrive (RFC 9112): the head, then a body of
// Content-Length bytes or chunks. Bytes after a request stay for the next one (keep-alive). Lenient
// where clients are (a bare LF ends a line) and strict where a request could be read two ways (both
// Content-Length and chunked, two different lengths, a folded header: refused).
class RequestReader
{
public:
    enum class State {
        NeedMore, // nothing complete yet
        HeadRead, // the head is complete, the body is not (expectsContinue() may say to answer 100)
        Complete, // take() gives the request
        Failed, // failure() gives the status to answer with; the connection is to be closed
    };

    explicit RequestReader(const RequestLimits& limits = {});

    State feed(QByteArrayView bytes); // appends and reads as far as it can
    State state() const { return m_state; }
    bool expectsContinue() const; // the head asked "Expect: 100-continue" and the body has not come
    bool hasPartialRequest() const { return !m_buffer.isEmpty(); } // bytes of a request not complete
    int failure() const { return m_failure; } // 400, 413, 431, 501 or 505
    QByteArray failureReason() const { return m_failureReason; }
    ReadRequest take(); // the complete request; then reads what followed it

private:
    State readHead();
    State readBody();
    State fail(int status, const QByteArray& reason);

    RequestLimits m_limits;
    QByteArray m_buffer; // bytes of the request being read, from its first byte
    qsizetype m_scanFrom = 0; // where to look for the head's end next
    qsizetype m_headEnd = -1; // bytes of the head, its blank line included
    qsizetype m_bodyPos = 0; // how far the body has been read (into m_buffer)
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_continueAsked = false;
    ReadRequest m_request;
    State m_state = State::NeedMore;
    int m_failure = 0;
    QByteArray m_failureReason;
};

} // namespace pbw

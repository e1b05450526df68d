#include "catch/catchconnection.h"

#include "catch/catcher.h"
#include "catch/forwarded.h"
#include "net/bodytext.h"

#include <QSslCipher>
#include <QSslSocket>

namespace pbw {

namespace {

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 300 ? "OK" : status < 400 ? "Redirect" : status < 500 ? "Client Error" : "Server Error";
    }
}

QString addressText(const QHostAddress& address, quint16 port)
{
    QHostAddress plain = address;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        plain = QHostAddress(v4);
    if (plain.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(plain.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(plain.toString()).arg(port);
}

} // namespace

CatchConnection::CatchConnection(Catcher* catcher, QTcpSocket* socket, bool secure, qint64 nowMs)
    : m_catcher(catcher)
    , m_socket(socket)
    , m_secure(secure)
    , m_peer(addressText(socket->peerAddress(), socket->peerPort()))
    , m_reader(catcher->m_options.limits)
{
    m_clock.start();
    armHeadDeadline(nowMs);
}

void CatchConnection::armHeadDeadline(qint64 nowMs)
{
    // Until a request begins: the idle time of a kept-alive connection; once it has: the head's.
    m_deadlineMs = nowMs
        + (m_reader.hasPartialRequest() ? m_catcher->m_options.headTimeoutMs : m_catcher->m_options.idleTimeoutMs);
}

void CatchConnection::read(qint64 nowMs)
{
    if (!m_socket || m_closing)
        return;
    // A client that sends request after request and never reads the answers would have them pile up
    // here: past 256 KB waiting to be written it is a slow client, cut off like one.
    if (m_socket->bytesToWrite() > 256 * 1024) {
        m_catcher->refuse(CatchRefusal::TimedOut, m_peer);
        m_closing = true;
        m_socket->abort();
        return;
    }
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_reader.hasPartialRequest()) {
        m_startedMs = nowMs;
        m_started = QDateTime::currentDateTimeUtc();
        m_deadlineMs = nowMs + m_catcher->m_options.headTimeoutMs;
    }
    RequestReader::State state = m_reader.feed(bytes);
    while (!m_closing) {
        if (state == RequestReader::State::Failed) {
            const int status = m_reader.failure();
            m_catcher->refuse(status == 413 || status == 431 ? CatchRefusal::TooLarge : CatchRefusal::Malformed,
                              m_peer);
            refuse(status, m_reader.failureReason(), true);
            return;
        }
        if (state == RequestReader::State::HeadRead) {
            // The head is in: the body has as long again as the head had.
            m_deadlineMs = m_startedMs + 2 * qint64(m_catcher->m_options.headTimeoutMs);
            if (m_reader.expectsContinue() && !m_continueSent) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            return;
        }
        if (state != RequestReader::State::Complete)
            return;
        ReadRequest request = m_reader.take();
        m_continueSent = false;
        handle(std::move(request));
        state = m_reader.state();
        if (m_reader.hasPartialRequest()) {
            m_startedMs = nowMs;
            m_started = QDateTime::currentDateTimeUtc();
            m_deadlineMs = nowMs + m_catcher->m_options.headTimeoutMs;
        } else {
            armHeadDeadline(nowMs);
        }
    }
}

void CatchConnection::timeOut()
{
    if (m_reader.hasPartialRequest()) {
        m_catcher->refuse(CatchRefusal::TimedOut, m_peer);
        refuse(408, "Request Timeout", true);
    } else {
        m_closing = true;
        if (m_socket)
            m_socket->disconnectFromHost();
    }
}

void CatchConnection::refuse(int status, const QByteArray& reason, bool close)
{
    const QByteArray body = QByteArray::number(status) + ' ' + reason + '\n';
    answer(status, reason, "text/plain; charset=utf-8", body, !close);
}

void CatchConnection::answer(int status, const QByteArray& reason, const QByteArray& contentType,
                             const QByteArray& body, bool keepAlive, bool headOnly)
{
    if (!m_socket)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    const bool bodyAllowed = status != 204 && status != 304;
    if (bodyAllowed) {
        head += "Content-Type: " + contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    head += "Cache-Control: no-store\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (bodyAllowed && !headOnly)
        m_socket->write(body);
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void CatchConnection::handle(ReadRequest request)
{
    const QString prefix = QStringLiteral("/c/") + m_catcher->m_options.prefix;
    const QByteArray target = request.target;
    const QByteArray prefixBytes = prefix.toLatin1();
    const bool inside = target.startsWith(prefixBytes)
        && (target.size() == prefixBytes.size() || target.at(prefixBytes.size()) == '/'
            || target.at(prefixBytes.size()) == '?');
    if (!inside) {
        m_catcher->refuse(CatchRefusal::OutsidePrefix, m_peer);
        answer(404, "Not Found", "text/plain; charset=utf-8", "404 Not Found\n", request.keepAlive,
               request.method == "HEAD");
        return;
    }
    if (!m_catcher->underRateLimit()) {
        m_catcher->refuse(CatchRefusal::TooMany, m_peer);
        refuse(429, "Too Many Requests", true);
        return;
    }
    const CatchAnswer& reply = m_catcher->m_options.answer;
    const QByteArray reason = reasonOf(reply.status);
    answer(reply.status, reason, reply.contentType, reply.body, request.keepAlive, request.method == "HEAD");
    m_catcher->keep(exchangeOf(request, reply.body, reply.status, reason));
}

QString CatchConnection::forwardedClient(const HeaderList& headers) const
{
    if (!m_socket)
        return {};
    bool trusted = false;
    for (const QHostAddress& proxy : std::as_const(m_catcher->m_options.trustedProxies)) {
        if (proxy.isEqual(m_socket->peerAddress(), QHostAddress::TolerantConversion))
            trusted = true;
    }
    return trusted ? forwardedClientOf(headers, m_catcher->m_options.trustedProxies) : QString();
}

Exchange CatchConnection::exchangeOf(const ReadRequest& request, const QByteArray& answerBody, int status,
                                     const QByteArray& reason) const
{
    Exchange exchange;
    const QString scheme = m_secure ? QStringLiteral("https") : QStringLiteral("http");
    QString host = QString::fromLatin1(headerValue(request.headers, "Host"));
    if (host.isEmpty())
        host = m_catcher->listenerUrl().section(u'/', 2, 2);
    exchange.request.method = request.method;
    exchange.request.target = request.target;
    exchange.request.url = scheme + QStringLiteral("://") + host + QString::fromLatin1(request.target);
    exchange.request.input = exchange.request.url;
    exchange.request.headers = request.headers;
    exchange.request.body = request.body;

    ReceivedResponse response;
    response.status = status;
    response.reason = reason;
    response.httpVersion = "HTTP/1.1";
    const CatchAnswer& reply = m_catcher->m_options.answer;
    if (status != 204 && status != 304) {
        response.headers.append(Header{"Content-Type", reply.contentType});
        response.headers.append(Header{"Content-Length", QByteArray::number(answerBody.size())});
        response.body = answerBody;
        response.contentType = reply.contentType;
    }
    response.headers.append(Header{"Cache-Control", "no-store"});
    response.headers.append(Header{"Connection", request.keepAlive ? "keep-alive" : "close"});
    response.bodySize = response.body.size();
    const BodyText text = decodeBody(response.body, response.contentType);
    response.text = text.text;
    response.isBinary = text.isBinary;
    exchange.response = response;

    exchange.timing.started = m_started.isValid() ? m_started : QDateTime::currentDateTimeUtc();
    exchange.timing.firstByteMs = 0;
    exchange.timing.totalMs = double(m_started.msecsTo(QDateTime::currentDateTimeUtc()));
    if (m_secure) {
        if (auto* tls = qobject_cast<QSslSocket*>(m_socket.data())) {
            TlsInfo info;
            info.protocol = tls->sessionCipher().protocolString();
            info.cipher = tls->sessionCipher().name();
            exchange.tls = info;
        }
    }
    exchange.arrival
        = Arrival{request.raw, m_peer, forwardedClient(request.headers), m_secure, m_catcher->listenerUrl()};
    return exchange;
}

} // namespace pbw

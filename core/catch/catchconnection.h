#pragma once

#include "catch/requestreader.h"
#include "net/exchange.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>

namespace pbw {

class Catcher;

// One client of a catcher: reads its requests as they arrive (keep-alive: one after another),
// answers each, and tells the catcher what to keep. A deadline the catcher's sweep checks cuts off a
// client that is too slow to send a head or a body, or idle too long between requests.
class CatchConnection
{
public:
    CatchConnection(Catcher* catcher, QTcpSocket* socket, bool secure, qint64 nowMs);

    void read(qint64 nowMs); // the socket has bytes
    bool pastDeadline(qint64 nowMs) const { return nowMs >= m_deadlineMs; }
    void timeOut(); // answers 408 when a request was under way, and closes
    QString peer() const { return m_peer; }
    bool closing() const { return m_closing; }

private:
    void handle(ReadRequest request);
    void answer(int status, const QByteArray& reason, const QByteArray& contentType, const QByteArray& body,
                bool keepAlive, bool headOnly = false);
    void refuse(int status, const QByteArray& reason, bool close);
    QString forwardedClient(const HeaderList& headers) const;
    Exchange exchangeOf(const ReadRequest& request, const QByteArray& answerBody, int status,
                        const QByteArray& reason) const;
    void armHeadDeadline(qint64 nowMs);

    Catcher* m_catcher;
    QPointer<QTcpSocket> m_socket;
    bool m_secure;
    QString m_peer;
    RequestReader m_reader;
    qint64 m_deadlineMs = 0;
    qint64 m_startedMs = -1; // when the first byte of the request being read came
    QDateTime m_started;
    bool m_continueSent = false;
    bool m_closing = false;
    QElapsedTimer m_clock;
};

} // namespace pbw

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace pbw::test {

using RawHeader = QPair<QByteArray, QByteArray>;
using RawHeaders = QList<RawHeader>;

// One request exactly as it arrived.
struct RecordedRequest
{
    QByteArray raw; // every byte of the request, head and body
    QByteArray requestLine; // "GET /pb?x=1 HTTP/1.1"
    QByteArray method;
    QByteArray target;
    QByteArray version;
    RawHeaders headers; // in order, repeats kept
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

// What the server does with a request.
struct ScriptedReply
{
    int status = 200;
    QByteArray reason = "OK";
    RawHeaders headers;
    QByteArray body;
    int delayMs = 0; // wait before the status line
    bool neverAnswer = false; // keep the connection open and say nothing
    bool chunked = false; // send body as chunks (see chunks), Transfer-Encoding: chunked
    QList<QByteArray> chunks; // when chunked; body is ignored
    int chunkDelayMs = 0; // pause between chunks
    bool gzip = false; // compress the body, Content-Encoding: gzip
    qint64 cutAfterBytes = -1; // close the connection after this many body bytes
    qint64 streamBytes = -1; // announce and generate this many bytes, written as the client reads

    static ScriptedReply text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
    static ScriptedReply redirect(int status, const QByteArray& location);
};

// A loopback HTTP or HTTPS server for tests and benchmarks: records every request byte for byte
// and answers as the handler says. Listens on 127.0.0.1 only.
class TestServer : public QObject
{
    Q_OBJECT

public:
    enum class Scheme { Http, Https };
    using Handler = std::function<ScriptedReply(const RecordedRequest&)>;

    explicit TestServer(Scheme scheme = Scheme::Http, QObject* parent = nullptr);
    ~TestServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT"
    QString errorString() const { return m_error; }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setReply(const ScriptedReply& reply);
    QList<RecordedRequest> requests() const { return m_requests; }
    RecordedRequest lastRequest() const { return m_requests.isEmpty() ? RecordedRequest{} : m_requests.last(); }
    int connectionCount() const { return m_connections; }
    void clear() { m_requests.clear(); }

    // The self-signed certificate an HTTPS server presents (made with openssl at first use).
    static QSslConfiguration serverTlsConfiguration(QString* error);

signals:
    void requestReceived(const pbw::test::RecordedRequest& request);

private:
    struct Connection
    {
        QByteArray buffer;
        qint64 streamRemaining = 0; // bytes still to generate for a streamed body
        bool closeAfterStream = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const ScriptedReply& reply);
    void writeBody(QTcpSocket* socket, const ScriptedReply& reply, const QByteArray& body);
    void writeChunks(QPointer<QTcpSocket> socket, ScriptedReply reply, int index);
    void pumpStream(QTcpSocket* socket);

    Scheme m_scheme;
    QTcpServer* m_server = nullptr;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket*, Connection> m_state;
    int m_connections = 0;
    QString m_error;
};

} // namespace pbw::test

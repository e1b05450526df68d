#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <zlib.h>

namespace pbw::test {

namespace {

constexpr qint64 StreamSlice = 64 * 1024;

QByteArray gzipped(const QByteArray& data)
{
    z_stream stream{};
    // 15 + 16: a gzip wrapper rather than zlib's
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// Where the head of a request ends, or -1 while it is incomplete.
qsizetype headEnd(const QByteArray& buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedReply ScriptedReply::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    ScriptedReply reply;
    reply.status = status;
    reply.reason = status == 200 ? "OK"
        : status == 404          ? "Not Found"
        : status == 500          ? "Internal Server Error"
                                 : "Status";
    reply.headers.append(RawHeader("Content-Type", contentType));
    reply.body = body;
    return reply;
}

ScriptedReply ScriptedReply::redirect(int status, const QByteArray& location)
{
    ScriptedReply reply;
    reply.status = status;
    reply.reason = "Redirect";
    reply.headers.append(RawHeader("Location", location));
    return reply;
}

QSslConfiguration TestServer::serverTlsConfiguration(QString* error)
{
    static QTemporaryDir dir;
    static QSslConfiguration config;
    static QString failure;
    static bool made = false;
    if (!made) {
        made = true;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=pbw-test-server"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            failure = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        } else {
            QFile keyFile(key);
            QFile certFile(cert);
            keyFile.open(QIODevice::ReadOnly);
            certFile.open(QIODevice::ReadOnly);
            config = QSslConfiguration::defaultConfiguration();
            config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
            config.setLocalCertificate(QSslCertificate(certFile.readAll()));
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
    }
    if (error)
        *error = failure;
    return config;
}

TestServer::TestServer(Scheme scheme, QObject* parent)
    : QObject(parent)
    , m_scheme(scheme)
{
    if (scheme == Scheme::Https) {
        auto* server = new QSslServer(this);
        server->setSslConfiguration(serverTlsConfiguration(&m_error));
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestServer::onNewConnection);
    m_handler = [](const RecordedRequest&) {
        return ScriptedReply::text(200, "OK");
    };
}

TestServer::~TestServer() = default;

bool TestServer::listen(quint16 port)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 TestServer::port() const
{
    return m_server->serverPort();
}

QString TestServer::baseUrl() const
{
    return (m_scheme == Scheme::Https ? QStringLiteral("https://127.0.0.1:") : QStringLiteral("http://127.0.0.1:"))
        + QString::number(port());
}

void TestServer::setReply(const ScriptedReply& reply)
{
    m_handler = [reply](const RecordedRequest&) {
        return reply;
    };
}

void TestServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        ++m_connections;
        m_state.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pumpStream(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_state.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void TestServer::onReadyRead(QTcpSocket* socket)
{
    if (!m_state.contains(socket))
        return;
    Connection& connection = m_state[socket];
    connection.buffer += socket->readAll();
    for (;;) {
        const qsizetype end = headEnd(connection.buffer);
        if (end < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = connection.buffer.left(end - 4).split('\n');
        request.requestLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = request.requestLine.split(' ');
        request.method = parts.value(0);
        request.target = parts.value(1);
        request.version = parts.value(2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qint64 length = request.header("Content-Length").toLongLong();
        if (connection.buffer.size() < end + length)
            return; // wait for the rest of the body
        request.body = connection.buffer.mid(end, length);
        request.raw = connection.buffer.left(end + length);
        connection.buffer.remove(0, end + length);
        m_requests.append(request);
        emit requestReceived(request);
        const ScriptedReply reply = m_handler(request);
        if (reply.neverAnswer)
            return;
        if (reply.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
                if (guard)
                    answer(guard, reply);
            });
        } else {
            answer(socket, reply);
        }
    }
}

void TestServer::answer(QTcpSocket* socket, const ScriptedReply& reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    const QByteArray body = reply.gzip ? gzipped(reply.body) : reply.body;
    if (reply.gzip)
        head += "Content-Encoding: gzip\r\n";
    if (reply.chunked) {
        head += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(head);
        writeChunks(socket, reply, 0);
        return;
    }
    if (reply.streamBytes >= 0) {
        head += "Content-Length: " + QByteArray::number(reply.streamBytes) + "\r\n\r\n";
        socket->write(head);
        Connection& connection = m_state[socket];
        connection.streamRemaining = reply.streamBytes;
        pumpStream(socket);
        return;
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head);
    writeBody(socket, reply, body);
}

void TestServer::writeBody(QTcpSocket* socket, const ScriptedReply& reply, const QByteArray& body)
{
    if (reply.cutAfterBytes >= 0) {
        socket->write(body.left(reply.cutAfterBytes));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(body);
}

void TestServer::writeChunks(QPointer<QTcpSocket> socket, ScriptedReply reply, int index)
{
    if (!socket)
        return;
    if (index >= reply.chunks.size()) {
        socket->write("0\r\n\r\n");
        return;
    }
    const QByteArray& chunk = reply.chunks.at(index);
    socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    if (reply.chunkDelayMs > 0)
        QTimer::singleShot(reply.chunkDelayMs, this,
                           [this, socket, reply, index] { writeChunks(socket, reply, index + 1); });
    else
        writeChunks(socket, reply, index + 1);
}

void TestServer::pumpStream(QTcpSocket* socket)
{
    if (!m_state.contains(socket))
        return;
    Connection& connection = m_state[socket];
    static const QByteArray slice(StreamSlice, 'x');
    while (connection.streamRemaining > 0 && socket->bytesToWrite() < 4 * StreamSlice) {
        const qint64 n = qMin(connection.streamRemaining, StreamSlice);
        socket->write(slice.constData(), n);
        connection.streamRemaining -= n;
    }
}

} // namespace pbw::test

#include "catch/catcher.h"

#include "catch/catchconnection.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace pbw {

namespace {

class CatcherWords
{
    Q_DECLARE_TR_FUNCTIONS(Catcher)
};

// A TCP server whose connections are TLS ones when it has a certificate: the handshake starts as the
// connection is taken, so a client that never finishes it is cut off by the same deadline as one
// that never sends a head.
class CatchServer : public QTcpServer
{
public:
    explicit CatchServer(const CatchOptions& options, QObject* parent)
        : QTcpServer(parent)
        , m_options(options)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_options.secure()) {
            auto* socket = new QTcpSocket(this);
            if (socket->setSocketDescriptor(descriptor))
                addPendingConnection(socket);
            else
                delete socket;
            return;
        }
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_options.certificate);
        tls.setPrivateKey(m_options.key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(tls);
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    const CatchOptions& m_options;
};

} // namespace

Catcher::Catcher(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<pbw::Exchange>();
    qRegisterMetaType<pbw::CatchRefusal>();
    m_clock.start();
}

Catcher::~Catcher()
{
    stop();
}

Result<void, QString> Catcher::start(const CatchOptions& options)
{
    stop();
    m_options = options;
    if (m_options.prefix.isEmpty())
        m_options.prefix = newCatchPrefix();
    if (m_options.secure() && !QSslSocket::supportsSsl())
        return CatcherWords::tr("HTTPS cannot be offered: this system's Qt has no TLS backend.");
    auto* server = new CatchServer(m_options, this);
    server->setMaxPendingConnections(m_options.maxConnections);
    if (!server->listen(m_options.address, m_options.port)) {
        const QString why = server->errorString();
        delete server;
        return CatcherWords::tr("Cannot listen on %1 port %2: %3")
            .arg(m_options.address.toString())
            .arg(m_options.port)
            .arg(why);
    }
    m_server = server;
    connect(m_server, &QTcpServer::newConnection, this, &Catcher::onNewConnection);
    m_sweep = new QTimer(this);
    m_sweep->setInterval(250);
    connect(m_sweep, &QTimer::timeout, this, &Catcher::sweep);
    m_sweep->start();
    m_recent.clear();
    m_refusals.fill(0);
    m_caught = 0;
    emit countsChanged();
    return {};
}

void Catcher::stop()
{
    if (m_sweep) {
        delete m_sweep;
        m_sweep = nullptr;
    }
    const QList<QTcpSocket*> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->flush(); // the last answer written still goes out (pbw catch --count stops right after it)
        socket->abort();
        socket->deleteLater();
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool Catcher::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 Catcher::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString Catcher::listenerUrl() const
{
    if (!m_server)
        return {};
    QHostAddress shown = m_options.address;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4)
        shown = QHostAddress::LocalHost; // the URL to try from this machine; the tracker uses its own
    else if (shown == QHostAddress::AnyIPv6)
        shown = QHostAddress::LocalHostIPv6;
    const QString host = shown.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(shown.toString())
        : shown.toString();
    return QStringLiteral("%1://%2:%3")
        .arg(m_options.secure() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port());
}

QString Catcher::catchUrl() const
{
    return m_server ? listenerUrl() + QStringLiteral("/c/") + m_options.prefix : QString();
}

QString Catcher::certificateFingerprint() const
{
    if (!m_options.secure())
        return {};
    return QString::fromLatin1(m_options.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

void Catcher::setAnswer(const CatchAnswer& answer)
{
    m_options.answer = answer;
}

void Catcher::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        if (m_connections.size() >= m_options.maxConnections) {
            refuse(CatchRefusal::Busy, socket->peerAddress().toString());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const bool secure = qobject_cast<QSslSocket*>(socket) != nullptr;
        auto connection = std::make_shared<CatchConnection>(this, socket, secure, m_clock.elapsed());
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const auto found = m_connections.constFind(socket);
            if (found == m_connections.cend())
                return;
            const std::shared_ptr<CatchConnection> alive = *found; // an answer may close it meanwhile
            alive->read(m_clock.elapsed());
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closeConnection(socket); });
        if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
            connect(tls, &QSslSocket::sslErrors, this, [this, tls](const QList<QSslError>&) {
                if (!tls->isEncrypted())
                    refuse(CatchRefusal::TlsFailed,
                           m_connections.value(tls) ? m_connections.value(tls)->peer() : tls->peerAddress().toString());
            });
            connect(tls, &QSslSocket::errorOccurred, this, [this, tls](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError) {
                    const auto found = m_connections.constFind(tls);
                    refuse(CatchRefusal::TlsFailed,
                           found != m_connections.cend() ? (*found)->peer() : tls->peerAddress().toString());
                    closeConnection(tls);
                }
            });
        }
        if (socket->bytesAvailable() > 0)
            connection->read(m_clock.elapsed());
    }
}

void Catcher::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<QTcpSocket*> late;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.value()->pastDeadline(now))
            late.append(it.key());
    }
    for (QTcpSocket* socket : std::as_const(late)) {
        const auto found = m_connections.constFind(socket);
        if (found == m_connections.cend())
            continue;
        const std::shared_ptr<CatchConnection> connection = *found;
        auto* tls = qobject_cast<QSslSocket*>(socket);
        if (tls && !tls->isEncrypted()) { // a handshake that never finished
            refuse(CatchRefusal::TimedOut, connection->peer());
            closeConnection(socket);
            continue;
        }
        connection->timeOut();
        if (socket->state() == QAbstractSocket::UnconnectedState || connection->closing())
            closeConnection(socket);
    }
}

void Catcher::closeConnection(QTcpSocket* socket)
{
    if (!m_connections.remove(socket))
        return;
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState) {
        // What was written still goes out; the socket is deleted once it is gone.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    } else {
        socket->deleteLater();
    }
}

void Catcher::refuse(CatchRefusal refusal, const QString& peer)
{
    ++m_refusals.at(size_t(refusal));
    emit refused(refusal, peer);
    emit countsChanged();
}

bool Catcher::underRateLimit()
{
    if (m_options.maxPerMinute <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    while (!m_recent.empty() && m_recent.front() <= now - 60000)
        m_recent.pop_front();
    if (qsizetype(m_recent.size()) >= m_options.maxPerMinute)
        return false;
    m_recent.push_back(now);
    return true;
}

void Catcher::keep(const Exchange& exchange)
{
    ++m_caught;
    emit caught(exchange);
    emit countsChanged();
}

} // namespace pbw

#pragma once

#include "catch/catchoptions.h"
#include "net/exchange.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <array>
#include <deque>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace pbw {

class CatchConnection;

// A listener that receives the callbacks a tracker really fires: each request under the secret
// prefix is kept byte for byte (an Exchange with its Arrival: the same type as a replay, so the
// checker, the diff, the case and the exports work on it) and answered as the partner would. Anything
// else is answered, counted and dropped: a path outside the prefix (404), a head or body over the
// limits (431, 413), more requests a minute than allowed (429), a client too slow (408), a request
// that is not HTTP/1.x (400, 505). Nothing a client sends is interpreted beyond reading it as HTTP.
class Catcher : public QObject
{
    Q_OBJECT

public:
    explicit Catcher(QObject* parent = nullptr);
    ~Catcher() override;

    // Listens; the error (in words, translated) when the address cannot be taken.
    Result<void, QString> start(const CatchOptions& options);
    void stop(); // closes the listener and every connection
    bool isListening() const;

    const CatchOptions& options() const { return m_options; }
    quint16 port() const;
    QString listenerUrl() const; // "http://127.0.0.1:8765"
    QString catchUrl() const; // listenerUrl() + "/c/<prefix>": what the tracker's callback starts with
    QString certificateFingerprint() const; // SHA-256, "AB:CD:…"; empty over plain HTTP
    void setAnswer(const CatchAnswer& answer); // for the callbacks that come next

    int caughtCount() const { return m_caught; }
    int refusalCount(CatchRefusal refusal) const { return m_refusals.at(size_t(refusal)); }
    int openConnections() const { return int(m_connections.size()); }

signals:
    void caught(const pbw::Exchange& exchange);
    void refused(pbw::CatchRefusal refusal, const QString& peer);
    void countsChanged();

private:
    friend class CatchConnection;
    void onNewConnection();
    void sweep(); // closes connections past their deadline
    void closeConnection(QTcpSocket* socket);
    void refuse(CatchRefusal refusal, const QString& peer);
    bool underRateLimit(); // counts the request when it is
    void keep(const Exchange& exchange);

    CatchOptions m_options;
    QTcpServer* m_server = nullptr;
    QTimer* m_sweep = nullptr;
    QElapsedTimer m_clock;
    QHash<QTcpSocket*, std::shared_ptr<CatchConnection>> m_connections;
    std::deque<qint64> m_recent; // when the requests of the last minute came (m_clock ms)
    std::array<int, catchRefusalCount> m_refusals{};
    int m_caught = 0;
};

} // namespace pbw

Q_DECLARE_METATYPE(pbw::Exchange)
Q_DECLARE_METATYPE(pbw::CatchRefusal)

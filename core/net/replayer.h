#pragma once

#include "net/exchange.h"
#include "net/replayrequest.h"
#include "net/wireform.h"

#include <QObject>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace pbw {

// Sends callbacks exactly as typed and turns each answer into an Exchange.
// The one owner of the network: callers get exchanges, never replies. Every send is
// asynchronous and can be cancelled; nothing here blocks the event loop.
class Replayer : public QObject
{
    Q_OBJECT

public:
    using Id = quint64;

    explicit Replayer(QObject* parent = nullptr);
    ~Replayer() override;

    // What would be sent, without sending: the wire form, the headers, the notes.
    static Result<Exchange, InputProblem> prepare(const ReplayRequest& request);

    Result<Id, InputProblem> send(const ReplayRequest& request);
    void cancel(Id id);
    void cancelAll();
    bool isRunning(Id id) const;
    int runningCount() const;

    static QByteArray userAgent();

signals:
    void started(pbw::Replayer::Id id, const pbw::Exchange& prepared);
    void progress(pbw::Replayer::Id id, qint64 received, qint64 total);
    void finished(pbw::Replayer::Id id, const pbw::Exchange& exchange);

private:
    struct Flight;
    void finish(Id id);

    QNetworkAccessManager* m_manager = nullptr;
    std::map<Id, std::unique_ptr<Flight>> m_flights;
    Id m_nextId = 1;
};

} // namespace pbw

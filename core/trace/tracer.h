#pragma once

#include "net/exchange.h"
#include "net/replayer.h"
#include "trace/redirectscan.h"

#include <QObject>
#include <map>
#include <memory>

namespace pbw {

struct TraceOptions
{
    static constexpr int DefaultMaxHops = 20;
    QString userAgent; // the header value (userAgentFor() turns a preset's key into one)
    ProxySetting proxy;
    int maxHops = DefaultMaxHops;
    int timeoutMs = 60'000; // the whole trace
    int hopTimeoutMs = 20'000;
    qint64 maxBodyBytes = 2 * 1024 * 1024; // scanned for redirects; a bigger body ends the hop
    bool acceptInvalidCertificate = false;
};

// One step of a click's way: what was asked, what came back, and where it sent the browser.
struct TraceHop
{
    int n = 0; // from 1: the URL the user gave
    QString url;
    Exchange exchange;
    HopKind kind = HopKind::Final;
    QString target; // as written in the answer (empty for the final page)
    QString next; // resolved: the next hop's URL, or where a non-http redirect pointed
    QString evidence;

    // The hop's kind in words; a last page that answered 4xx or 5xx is an "error page", not a final one.
    QString kindText() const;
};

// A click URL followed hop by hop.
struct ClickTrace
{
    // ErrorPage: the last page answered 4xx or 5xx — the click ends there, not on a landing page.
    enum class Stop { Final, Loop, MaxHops, Scheme, Error, Timeout, Cancelled, ErrorPage };
    QString startUrl;
    QString userAgent;
    QList<TraceHop> hops;
    Stop stopped = Stop::Final;
    QString finalUrl;
    QString detail; // the loop's cycle, the scheme URL, the error's words
    std::optional<TransportError> error;

    static QString stopKey(Stop stop); // final, loop, max-hops, scheme, error, timeout, cancelled, error-page
    QString stopText() const; // translated
};

// Follows a click URL through every redirect — HTTP, Refresh, meta refresh, JavaScript found in
// the page — with a chosen user agent and a cookie jar of its own, through the core's Replayer.
// Asynchronous and cancellable.
class Tracer : public QObject
{
    Q_OBJECT

public:
    using Id = quint64;
    explicit Tracer(QObject* parent = nullptr);
    ~Tracer() override;

    Result<Id, InputProblem> trace(const QString& url, const TraceOptions& options);
    void cancel(Id id);
    bool isRunning(Id id) const { return m_traces.count(id) > 0; }

signals:
    void hopFinished(pbw::Tracer::Id id, const pbw::TraceHop& hop);
    void finished(pbw::Tracer::Id id, const pbw::ClickTrace& trace);

private:
    struct Running;
    void sendHop(Id id);
    void onExchange(Replayer::Id replayId, const Exchange& exchange);
    void finish(Id id, ClickTrace::Stop stop, const QString& detail = {});

    Replayer* m_replayer;
    std::map<Id, std::unique_ptr<Running>> m_traces;
    Id m_nextId = 1;
};

} // namespace pbw

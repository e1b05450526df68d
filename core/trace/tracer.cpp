#include "trace/tracer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTimer>
#include <QUrl>

namespace pbw {

namespace {

// The translation context of the trace's messages.
class Trace
{
    Q_DECLARE_TR_FUNCTIONS(Trace)
};

// A jar whose cookies can be asked for and set directly (a fresh one per trace).
class CookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
};

QByteArray cookieHeader(const QList<QNetworkCookie>& cookies)
{
    QByteArrayList parts;
    for (const QNetworkCookie& cookie : cookies)
        parts.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
    return parts.join("; ");
}

} // namespace

struct Tracer::Running
{
    ClickTrace trace;
    TraceOptions options;
    QString currentUrl;
    QByteArray currentCookies;
    CookieJar jar;
    Replayer::Id replayId = 0;
    QElapsedTimer clock;
    QTimer* deadline = nullptr;
    bool timedOut = false;
    QList<QPair<QString, QByteArray>> visited; // URL and the cookies it was asked with

    ~Running()
    {
        if (deadline) {
            deadline->stop();
            deadline->deleteLater();
        }
    }
};

QString TraceHop::kindText() const
{
    if (kind == HopKind::Final && exchange.response && exchange.response->status >= 400)
        return Trace::tr("error page");
    return hopKindName(kind);
}

QString ClickTrace::stopKey(Stop stop)
{
    switch (stop) {
    case Stop::Final:
        return QStringLiteral("final");
    case Stop::Loop:
        return QStringLiteral("loop");
    case Stop::MaxHops:
        return QStringLiteral("max-hops");
    case Stop::Scheme:
        return QStringLiteral("scheme");
    case Stop::Error:
        return QStringLiteral("error");
    case Stop::Timeout:
        return QStringLiteral("timeout");
    case Stop::Cancelled:
        return QStringLiteral("cancelled");
    case Stop::ErrorPage:
        return QStringLiteral("error-page");
    }
    return {};
}

QString ClickTrace::stopText() const
{
    switch (stopped) {
    case Stop::Final:
        return Trace::tr("Reached the final page after %n hop(s).", "", int(hops.size()));
    case Stop::Loop:
        return Trace::tr("Stopped: a redirect loop (%1) sends the browser round in a circle, so the click never "
                         "reaches a landing page.")
            .arg(detail);
    case Stop::MaxHops:
        return Trace::tr("Stopped after %n hop(s): the limit of hops was reached.", "", int(hops.size()));
    case Stop::Scheme:
        return Trace::tr("Stopped: the page sends the browser to %1, which is not a web address (recorded, not "
                         "followed).")
            .arg(detail);
    case Stop::Error:
        return Trace::tr("Stopped at hop %1: %2").arg(hops.size()).arg(detail);
    case Stop::Timeout:
        return Trace::tr("Stopped: the whole trace took longer than allowed.");
    case Stop::Cancelled:
        return Trace::tr("Cancelled.");
    case Stop::ErrorPage: {
        const ReceivedResponse* last = hops.isEmpty() ? nullptr
            : hops.last().exchange.response           ? &*hops.last().exchange.response
                                                      : nullptr;
        const QString status = last
            ? (QString::number(last->status) + QLatin1Char(' ') + QString::fromLatin1(last->reason)).trimmed()
            : QString();
        return Trace::tr(
                   "The click ends on an error page: hop %1 answered HTTP %2, so it never reaches a landing page.")
            .arg(hops.size())
            .arg(status);
    }
    }
    return {};
}

Tracer::Tracer(QObject* parent)
    : QObject(parent)
    , m_replayer(new Replayer(this))
{
    connect(m_replayer, &Replayer::finished, this, &Tracer::onExchange);
}

Tracer::~Tracer() = default;

Result<Tracer::Id, InputProblem> Tracer::trace(const QString& url, const TraceOptions& options)
{
    // The first URL is checked the way a replay checks it: a bad one is bad input, not a hop.
    ReplayRequest probe;
    probe.url = url.trimmed();
    if (const auto prepared = Replayer::prepare(probe); !prepared)
        return prepared.error();
    const Id id = m_nextId++;
    auto running = std::make_unique<Running>();
    running->options = options;
    running->options.maxHops = qBound(1, options.maxHops, 100);
    running->trace.startUrl = url.trimmed();
    running->trace.userAgent = options.userAgent;
    running->currentUrl = url.trimmed();
    running->clock.start();
    running->deadline = new QTimer;
    running->deadline->setSingleShot(true);
    running->deadline->setTimerType(Qt::PreciseTimer);
    Running* r = running.get();
    QObject::connect(running->deadline, &QTimer::timeout, this, [this, id, r] {
        r->timedOut = true;
        if (r->replayId)
            m_replayer->cancel(r->replayId);
        else
            finish(id, ClickTrace::Stop::Timeout);
    });
    running->deadline->start(qMax(1, options.timeoutMs));
    m_traces.emplace(id, std::move(running));
    QTimer::singleShot(0, this, [this, id] { sendHop(id); });
    return id;
}

void Tracer::cancel(Id id)
{
    const auto it = m_traces.find(id);
    if (it == m_traces.end())
        return;
    if (it->second->replayId)
        m_replayer->cancel(it->second->replayId); // onExchange sees the cancellation
    else
        finish(id, ClickTrace::Stop::Cancelled);
}

void Tracer::sendHop(Id id)
{
    const auto it = m_traces.find(id);
    if (it == m_traces.end())
        return;
    Running& r = *it->second;
    if (r.trace.hops.size() >= r.options.maxHops) {
        finish(id, ClickTrace::Stop::MaxHops);
        return;
    }
    ReplayRequest request;
    request.url = r.currentUrl;
    if (!r.options.userAgent.isEmpty())
        request.headers.append({QByteArrayLiteral("User-Agent"), r.options.userAgent.toUtf8()});
    request.headers.append({QByteArrayLiteral("Accept"),
                            QByteArrayLiteral("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")});
    r.currentCookies = cookieHeader(r.jar.cookiesForUrl(QUrl(r.currentUrl)));
    if (!r.currentCookies.isEmpty())
        request.headers.append({QByteArrayLiteral("Cookie"), r.currentCookies});
    request.options.followRedirects = false;
    request.options.proxy = r.options.proxy;
    request.options.maxBodyBytes = r.options.maxBodyBytes;
    request.options.acceptInvalidCertificate = r.options.acceptInvalidCertificate;
    const qint64 left = qMax<qint64>(1, r.options.timeoutMs - r.clock.elapsed());
    request.options.timeoutMs = int(qMin<qint64>(r.options.hopTimeoutMs, left));
    const auto sent = m_replayer->send(request);
    if (!sent) {
        finish(id, ClickTrace::Stop::Error, sent.error().message());
        return;
    }
    r.replayId = sent.value();
}

void Tracer::onExchange(Replayer::Id replayId, const Exchange& exchange)
{
    auto it = std::find_if(m_traces.begin(), m_traces.end(),
                           [replayId](const auto& entry) { return entry.second->replayId == replayId; });
    if (it == m_traces.end())
        return;
    const Id id = it->first;
    Running& r = *it->second;
    r.replayId = 0;
    TraceHop hop;
    hop.n = int(r.trace.hops.size()) + 1;
    hop.url = r.currentUrl;
    hop.exchange = exchange;
    r.visited.append({r.currentUrl, r.currentCookies});
    if (exchange.error) {
        r.trace.hops.append(hop);
        emit hopFinished(id, hop);
        const bool cancelled = exchange.error->layer == TransportError::Layer::Cancelled;
        if (cancelled && r.timedOut) {
            finish(id, ClickTrace::Stop::Timeout);
        } else if (cancelled) {
            finish(id, ClickTrace::Stop::Cancelled);
        } else {
            r.trace.error = exchange.error;
            finish(id, ClickTrace::Stop::Error, exchange.error->message());
        }
        return;
    }
    const QUrl asked(exchange.request.url.isEmpty() ? r.currentUrl : exchange.request.url);
    for (const auto& [name, value] : exchange.response->headers) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            r.jar.setCookiesFromUrl(QNetworkCookie::parseCookies(value), asked);
    }
    const RedirectFound found = findRedirect(exchange, r.options.maxBodyBytes);
    hop.kind = found.kind;
    hop.target = found.target;
    hop.evidence = found.evidence;
    if (found.kind == HopKind::Final) {
        r.trace.hops.append(hop);
        r.trace.finalUrl = hop.url;
        emit hopFinished(id, hop);
        finish(id, exchange.response->status >= 400 ? ClickTrace::Stop::ErrorPage : ClickTrace::Stop::Final);
        return;
    }
    const QUrl target(found.target, QUrl::TolerantMode);
    const QUrl next = asked.resolved(target);
    const QString scheme = next.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        hop.next = found.target;
        r.trace.hops.append(hop);
        r.trace.finalUrl = hop.url;
        emit hopFinished(id, hop);
        finish(id, ClickTrace::Stop::Scheme, found.target);
        return;
    }
    hop.next = next.toString(QUrl::FullyEncoded);
    r.trace.hops.append(hop);
    emit hopFinished(id, hop);
    // A loop: the same URL asked again with the same cookies (a cookie set on the way is progress).
    const QByteArray nextCookies = cookieHeader(r.jar.cookiesForUrl(next));
    for (qsizetype i = 0; i < r.visited.size(); ++i) {
        if (r.visited.at(i).first == hop.next && r.visited.at(i).second == nextCookies) {
            QStringList cycle;
            for (qsizetype n = i; n < r.visited.size(); ++n)
                cycle.append(QString::number(n + 1));
            cycle.append(QString::number(i + 1));
            r.trace.finalUrl = hop.url;
            finish(id, ClickTrace::Stop::Loop, Trace::tr("hops %1").arg(cycle.join(QStringLiteral(" → "))));
            return;
        }
    }
    r.currentUrl = hop.next;
    sendHop(id);
}

void Tracer::finish(Id id, ClickTrace::Stop stop, const QString& detail)
{
    const auto it = m_traces.find(id);
    if (it == m_traces.end())
        return;
    std::unique_ptr<Running> running = std::move(it->second);
    m_traces.erase(it);
    running->trace.stopped = stop;
    running->trace.detail = detail;
    if (running->trace.finalUrl.isEmpty() && !running->trace.hops.isEmpty())
        running->trace.finalUrl = running->trace.hops.last().url;
    emit finished(id, running->trace);
}

} // namespace pbw

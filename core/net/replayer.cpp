#include "net/replayer.h"

#include "net/bodytext.h"
#include "net/contentdecoder.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSet>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>

namespace pbw {

namespace {

constexpr qint64 ReadBufferBytes = 256 * 1024;
constexpr int MaxRedirects = 10;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        break;
    }
    return QStringLiteral("TLS");
}

CertificateInfo certificateInfo(const QSslCertificate& certificate)
{
    return {certificate.subjectDisplayName(), certificate.issuerDisplayName(), certificate.effectiveDate(),
            certificate.expiryDate()};
}

// Headers the user did not write that we add, so every request names its sender and accepts any answer.
void addDefaultHeaders(HeaderList& headers, const QByteArray& body)
{
    if (!hasHeader(headers, "User-Agent"))
        headers.append(Header("User-Agent", Replayer::userAgent()));
    if (!hasHeader(headers, "Accept"))
        headers.append(Header("Accept", "*/*"));
    // Fixed, so a replay does not depend on the computer's language (Qt would send the locale).
    if (!hasHeader(headers, "Accept-Language"))
        headers.append(Header("Accept-Language", "en,*"));
    // Explicit, so the request is known byte for byte; we decode these two ourselves.
    if (!hasHeader(headers, "Accept-Encoding"))
        headers.append(Header("Accept-Encoding", "gzip, deflate"));
    if (!body.isEmpty() && !hasHeader(headers, "Content-Type")) {
        const bool isJson = !QJsonDocument::fromJson(body).isNull();
        headers.append(Header("Content-Type", isJson ? "application/json" : "application/x-www-form-urlencoded"));
    }
}

// The request's headers in the order QNetworkAccessManager writes them: Host first, then ours,
// then Content-Length and Connection (see QHttpNetworkConnectionPrivate::prepareRequest).
HeaderList wireHeaders(const HeaderList& headers, const QUrl& url, const QByteArray& body, bool sendsBody)
{
    HeaderList wire;
    if (!hasHeader(headers, "Host")) {
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (url.port() != -1)
            host += ':' + QByteArray::number(url.port());
        wire.append(Header("Host", host));
    }
    wire.append(headers);
    if (sendsBody && !hasHeader(headers, "Content-Length"))
        wire.append(Header("Content-Length", QByteArray::number(body.size())));
    if (!hasHeader(headers, "Connection"))
        wire.append(Header("Connection", "Keep-Alive"));
    return wire;
}

bool sendsBody(const QByteArray& method, const QByteArray& body)
{
    return !body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH";
}

TransportError::Layer layerOf(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    using L = TransportError::Layer;
    switch (error) {
    case E::HostNotFoundError:
        return L::Dns;
    case E::ConnectionRefusedError:
    case E::NetworkSessionFailedError:
    case E::TemporaryNetworkFailureError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return L::Connect;
    case E::SslHandshakeFailedError:
        return L::Tls;
    case E::TimeoutError:
        return L::Timeout;
    case E::RemoteHostClosedError:
        return L::Reset;
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return L::RedirectLoop;
    default:
        break;
    }
    return L::Other;
}

QNetworkProxy proxyFor(const ProxySetting& setting, const QUrl& url)
{
    switch (setting.mode) {
    case ProxySetting::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySetting::Mode::System: {
        const auto proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    }
    case ProxySetting::Mode::Url:
        break;
    }
    const bool socks = setting.url.scheme().compare(QLatin1String("socks5"), Qt::CaseInsensitive) == 0;
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, setting.url.host(),
                         quint16(setting.url.port()), setting.url.userName(), setting.url.password());
}

} // namespace

struct Replayer::Flight
{
    QNetworkReply* reply = nullptr;
    Exchange exchange;
    QElapsedTimer clock;
    QTimer* timeout = nullptr; // deleted later: the flight may end inside the timer's own signal
    qint64 maxBodyBytes = 0;
    bool timedOut = false;
    bool cancelled = false;
    bool stoppedAtLimit = false;
    QList<QSslError> sslErrors;
    std::unique_ptr<ContentDecoder> decoder; // made when the answer's headers arrive

    // Moves what the reply has into the captured body; false once the capture limit is reached.
    bool absorb()
    {
        if (!exchange.response)
            exchange.response.emplace();
        if (!decoder) {
            decoder = std::make_unique<ContentDecoder>(reply->rawHeader("Content-Encoding"));
            // One allocation for the announced size: growing a large buffer step by step costs more
            // in page faults than the transfer itself.
            const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > 0 && !decoder->isDecoding())
                exchange.response->body.reserve(qsizetype(qMin(announced, maxBodyBytes)));
        }
        // After a timeout or a cancel the reply is closed: nothing more to read (and reading would
        // make Qt print "device not open").
        const QByteArray chunk = reply->isOpen() ? reply->readAll() : QByteArray();
        const auto state = decoder->feed(chunk, exchange.response->body, maxBodyBytes);
        if (state == ContentDecoder::State::Error)
            decodeFailed = true;
        return state != ContentDecoder::State::LimitReached;
    }
    bool decodeFailed = false;

    ~Flight()
    {
        if (timeout) {
            timeout->stop();
            timeout->deleteLater();
        }
    }
};

Replayer::Replayer(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // A replay must send what was typed: no cookies remembered from earlier answers, no cache.
    m_manager->setCookieJar(nullptr);
    m_manager->setCache(nullptr);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Replayer::~Replayer()
{
    for (auto& [id, flight] : m_flights) {
        flight->reply->disconnect(this);
        flight->reply->abort();
        flight->reply->deleteLater();
    }
}

QByteArray Replayer::userAgent()
{
    return QByteArrayLiteral("PostbackWorkbench/" PBW_VERSION);
}

namespace {

// Everything a send needs, worked out once: the exchange as it will be recorded, the URL Qt is given,
// and the headers we set ourselves (Qt writes Host, Content-Length and Connection).
struct Prepared
{
    Exchange exchange;
    QUrl url;
    HeaderList headersToSet;
};

Result<Prepared, InputProblem> prepareRequest(const ReplayRequest& request)
{
    if (!isValidMethod(request.method))
        return InputProblem{InputProblem::Kind::InvalidMethod, QString::fromLatin1(request.method)};
    auto form = wireFormOf(request.url);
    if (!form)
        return form.error();
    // Qt sends one field a name: two would go out as the last one alone while both were recorded.
    QSet<QByteArray> names;
    for (const auto& header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (names.contains(name))
            return InputProblem{InputProblem::Kind::RepeatedHeader, QString::fromLatin1(header.first)};
        names.insert(name);
    }

    Exchange exchange;
    SentRequest& sent = exchange.request;
    sent.method = request.method;
    sent.input = request.url;
    sent.url = form.value().sentUrl;
    sent.target = form.value().target;
    if (request.options.proxy.mode == ProxySetting::Mode::Url
        && request.options.proxy.url.scheme() == QLatin1String("http")
        && form.value().url.scheme() == QLatin1String("http"))
        sent.target = sent.url.toLatin1(); // a plain HTTP proxy receives the absolute URL
    sent.body = request.body;
    HeaderList headers = request.headers;
    addDefaultHeaders(headers, request.body);
    sent.headers = wireHeaders(headers, form.value().url, request.body, sendsBody(request.method, request.body));
    exchange.notes = form.value().notes;
    return Prepared{std::move(exchange), form.value().url, std::move(headers)};
}

} // namespace

Result<Exchange, InputProblem> Replayer::prepare(const ReplayRequest& request)
{
    auto prepared = prepareRequest(request);
    if (!prepared)
        return prepared.error();
    return prepared.value().exchange;
}

Result<Replayer::Id, InputProblem> Replayer::send(const ReplayRequest& request)
{
    auto prepared = prepareRequest(request);
    if (!prepared)
        return prepared.error();

    const Id id = m_nextId++;
    auto flight = std::make_unique<Flight>();
    flight->exchange = std::move(prepared.value().exchange);
    flight->maxBodyBytes = request.options.maxBodyBytes;
    const QUrl url = prepared.value().url;

    QNetworkRequest networkRequest(url);
    // Only the user's headers and our defaults: the ones Qt writes itself (Host, Connection,
    // Content-Length) stay Qt's.
    for (const auto& [name, value] : prepared.value().headersToSet)
        networkRequest.setRawHeader(name, value);
    // No cache is set on the manager; AlwaysNetwork would add Cache-Control and Pragma headers.
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                request.options.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                : QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(MaxRedirects);

    m_manager->setProxy(proxyFor(request.options.proxy, url));
    flight->exchange.timing.started = QDateTime::currentDateTimeUtc();
    flight->clock.start();
    if (request.method == "GET" && request.body.isEmpty())
        flight->reply = m_manager->get(networkRequest);
    else if (request.method == "HEAD" && request.body.isEmpty())
        flight->reply = m_manager->head(networkRequest);
    else
        flight->reply = m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    flight->reply->setReadBufferSize(ReadBufferBytes);
    qCDebug(lcNet) << "send" << id << request.method << url.host(); // never the query: it may hold tokens

    Flight* f = flight.get();
    QNetworkReply* reply = f->reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [f] {
        if (f->exchange.timing.firstByteMs < 0)
            f->exchange.timing.firstByteMs = f->clock.nsecsElapsed() / 1e6;
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, f, id] {
        if (f->exchange.timing.firstByteMs < 0)
            f->exchange.timing.firstByteMs = f->clock.nsecsElapsed() / 1e6;
        if (!f->absorb()) {
            // Stop downloading: a huge body must not grow memory past the capture limit.
            f->stoppedAtLimit = true;
            f->reply->abort();
            return;
        }
        emit progress(id, f->exchange.response->body.size(),
                      f->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::encrypted, this, [f] {
        const QSslConfiguration config = f->reply->sslConfiguration();
        TlsInfo& tls = f->exchange.tls ? *f->exchange.tls : f->exchange.tls.emplace();
        tls.protocol = protocolName(config.sessionProtocol());
        tls.cipher = config.sessionCipher().name();
        if (!config.peerCertificate().isNull())
            tls.peer = certificateInfo(config.peerCertificate());
    });
    const bool acceptInvalid = request.options.acceptInvalidCertificate;
    connect(reply, &QNetworkReply::sslErrors, this, [f, acceptInvalid](const QList<QSslError>& errors) {
        f->sslErrors = errors;
        TlsInfo& tls = f->exchange.tls ? *f->exchange.tls : f->exchange.tls.emplace();
        for (const QSslError& error : errors) {
            tls.certificateErrors.append(error.errorString());
            if (!tls.peer && !error.certificate().isNull())
                tls.peer = certificateInfo(error.certificate());
        }
        if (acceptInvalid) {
            tls.invalidCertificateAccepted = true;
            f->reply->ignoreSslErrors();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });

    f->timeout = new QTimer(this);
    f->timeout->setSingleShot(true);
    f->timeout->setTimerType(Qt::PreciseTimer); // a coarse timer may give up 5% before the time the user set
    connect(f->timeout, &QTimer::timeout, this, [f] {
        f->timedOut = true;
        f->reply->abort();
    });
    f->timeout->start(request.options.timeoutMs);

    const Exchange preparedExchange = f->exchange;
    m_flights.emplace(id, std::move(flight));
    emit started(id, preparedExchange);
    return id;
}

void Replayer::finish(Id id)
{
    const auto it = m_flights.find(id);
    if (it == m_flights.end())
        return;
    std::unique_ptr<Flight> flight = std::move(it->second);
    m_flights.erase(it);
    flight->timeout->stop();

    QNetworkReply* reply = flight->reply;
    Exchange& exchange = flight->exchange;
    exchange.timing.totalMs = flight->clock.nsecsElapsed() / 1e6;

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        ReceivedResponse& response = exchange.response ? *exchange.response : exchange.response.emplace();
        if (!flight->stoppedAtLimit && !flight->absorb())
            flight->stoppedAtLimit = true;
        response.status = status.toInt();
        response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        response.httpVersion
            = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? "HTTP/2" : "HTTP/1.1";
        for (const auto& [name, value] : reply->rawHeaderPairs()) {
            // Qt joins repeated Set-Cookie headers with a line break: split them back.
            if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
                for (const QByteArray& cookie : value.split('\n'))
                    response.headers.append({name, cookie});
            } else {
                response.headers.append({name, value});
            }
        }
        // An HTTP/1.1 answer always has headers: none at all means Qt's parser refused them (more
        // than 100 fields, or one field over its size limit) and kept nothing. Say so, do not hide it.
        response.headersUnread = response.headers.isEmpty();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.truncated = flight->stoppedAtLimit;
        const bool compressed = !headerValue(response.headers, "Content-Encoding").isEmpty();
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        response.bodySize = response.truncated ? (compressed || announced <= 0 ? -1 : announced) : response.body.size();
        const BodyText decoded = decodeBody(response.body, response.contentType, response.truncated);
        response.text = decoded.text;
        response.isBinary = decoded.isBinary || flight->decodeFailed;
        response.finalUrl = reply->url().toString(QUrl::FullyEncoded);
    }

    const auto networkError = reply->error();
    const bool contentError = status.isValid() && networkError >= QNetworkReply::ContentAccessDenied
        && networkError <= QNetworkReply::UnknownServerError;
    if (flight->cancelled) {
        exchange.error = TransportError{TransportError::Layer::Cancelled, reply->errorString()};
    } else if (flight->timedOut) {
        exchange.error = TransportError{TransportError::Layer::Timeout, reply->errorString()};
    } else if (networkError != QNetworkReply::NoError && !contentError && !flight->stoppedAtLimit) {
        TransportError::Layer layer = layerOf(networkError);
        if (!flight->sslErrors.isEmpty() && !exchange.tls->invalidCertificateAccepted)
            layer = TransportError::Layer::Tls;
        exchange.error = TransportError{layer, reply->errorString()};
    }
    qCDebug(lcNet) << "finished" << id << (exchange.response ? exchange.response->status : 0)
                   << (exchange.error ? TransportError::layerKey(exchange.error->layer) : QString());

    reply->disconnect(this);
    reply->deleteLater();
    emit finished(id, exchange);
}

void Replayer::cancel(Id id)
{
    const auto it = m_flights.find(id);
    if (it == m_flights.end())
        return;
    it->second->cancelled = true;
    it->second->reply->abort(); // emits finished, which records the cancellation
}

void Replayer::cancelAll()
{
    std::vector<Id> ids;
    for (const auto& [id, flight] : m_flights)
        ids.push_back(id);
    for (const Id id : ids)
        cancel(id);
}

bool Replayer::isRunning(Id id) const
{
    return m_flights.count(id) > 0;
}

int Replayer::runningCount() const
{
    return int(m_flights.size());
}

} // namespace pbw

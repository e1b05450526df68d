#pragma once

#include "catch/requestreader.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace pbw {

// What the catcher answers every callback it keeps: as the partner would (its documented success, or
// one of its refusals), so the tracker's own log shows what it does with that answer.
struct CatchAnswer
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body = "OK";

    friend bool operator==(const CatchAnswer&, const CatchAnswer&) = default;
};

struct CatchOptions
{
    CatchOptions() = default; // not an aggregate: QSslCertificate's default constructor is explicit

    QHostAddress address = QHostAddress::LocalHost; // loopback unless the user chooses another
    quint16 port = 0; // 0: any free port
    // HTTPS when both are set: the user's certificate and key, or the one the program made.
    QSslCertificate certificate;
    QSslKey key;
    QString prefix; // the secret first segment of every path kept: "/c/<prefix>/…"; empty: a new one
    CatchAnswer answer;
    RequestLimits limits;
    int maxPerMinute = 60000; // requests kept in any 60 s; more get 429 and are counted (0: no limit)
    int maxConnections = 256; // open at once; more are closed at once and counted
    int headTimeoutMs = 10000; // a request's head must arrive within this, its body within twice this
    int idleTimeoutMs = 30000; // a kept-alive connection with nothing to say is closed after this
    // Proxies whose X-Forwarded-For / Forwarded name the real client (the tunnel's end: 127.0.0.1
    // for ssh -R). From any other address those headers are kept as they came but not believed.
    QList<QHostAddress> trustedProxies;

    bool secure() const { return !certificate.isNull() && !key.isNull(); }
};

// A new secret prefix: 12 characters of [a-z0-9] from the system's random source (62 bits).
QString newCatchPrefix();

// Why a request was answered but not kept.
enum class CatchRefusal {
    OutsidePrefix, // 404: a path the secret prefix does not start
    TooLarge, // 413 or 431: a body or head over the limits
    Malformed, // 400, 501, 505: not an HTTP/1.x request the catcher can read
    TooMany, // 429: over the requests a minute
    TimedOut, // 408: a head or body that did not come in time (slow client)
    Busy, // closed at once: too many connections open
    TlsFailed, // the TLS handshake failed (a client that does not trust the certificate)
};
constexpr int catchRefusalCount = int(CatchRefusal::TlsFailed) + 1;
QString catchRefusalKey(CatchRefusal refusal); // "outside-prefix", "too-large", … (pbw catch --json)
QString catchRefusalName(CatchRefusal refusal); // translated

} // namespace pbw

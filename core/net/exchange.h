#pragma once

#include "net/headers.h"
#include "net/transporterror.h"
#include "net/wirenote.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pbw {

// The callback exactly as it was sent.
struct SentRequest
{
    QByteArray method;
    QString input; // the text as the user gave it, untouched
    QString url; // the URL that was sent (fully encoded, without the fragment)
    QByteArray target; // path and query as they went on the wire, byte for byte
    HeaderList headers;
    QByteArray body;
};

// The partner's answer, as much of it as was captured.
struct ReceivedResponse
{
    int status = 0;
    QByteArray reason;
    QByteArray httpVersion;
    HeaderList headers;
    QByteArray body; // captured bytes, decompressed when the server compressed them
    qint64 bodySize = -1; // size announced or counted; -1 when unknown
    bool truncated = false; // capture stopped at the limit
    QByteArray contentType;
    QString text; // body decoded with its charset; empty when binary
    bool isBinary = false;
    QString finalUrl; // differs from the request URL only when redirects were followed
    // No header could be read: the server sent none, or more than Qt's parser takes (100 fields,
    // a field over 100 KB), and Qt then keeps none. Shown, never silently empty.
    bool headersUnread = false;

    static QString headersUnreadText(); // translated
};

struct Timing
{
    QDateTime started;
    double firstByteMs = -1; // milliseconds, fractional; -1: no byte arrived
    double totalMs = -1;
};

struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
};

struct TlsInfo
{
    QString protocol;
    QString cipher;
    std::optional<CertificateInfo> peer;
    QStringList certificateErrors; // as reported, translated
    bool invalidCertificateAccepted = false;
};

// A request the catcher received: every byte as it arrived, and where it came from. The request and
// the answer of its exchange are read from these bytes and from what the catcher answered.
struct Arrival
{
    QByteArray raw; // request line, headers in their order and case, and body, exactly as they arrived
    QString peer; // the connection's far end, "203.0.113.7:51022"
    QString client; // the client a trusted proxy named (X-Forwarded-For, Forwarded); empty otherwise
    bool secure = false; // arrived over TLS
    QString listener; // the catcher's address, "http://127.0.0.1:8765"

    friend bool operator==(const Arrival&, const Arrival&) = default;
};

// One callback and its answer. A plain value: comparable parts, no Qt objects.
struct Exchange
{
    SentRequest request;
    std::optional<ReceivedResponse> response;
    Timing timing;
    std::optional<TlsInfo> tls;
    std::optional<TransportError> error;
    QList<WireNote> notes; // where what was sent differs from what was typed
    std::optional<Arrival> arrival; // set when the catcher received the request (and answered it)

    bool answered() const { return response.has_value(); }
    bool succeeded() const { return response && !error && response->status >= 200 && response->status < 300; }
    QStringList noteTexts() const;
};

} // namespace pbw

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

// One callback and its answer. A plain value: comparable parts, no Qt objects.
struct Exchange
{
    SentRequest request;
    std::optional<ReceivedResponse> response;
    Timing timing;
    std::optional<TlsInfo> tls;
    std::optional<TransportError> error;
    QList<WireNote> notes; // where what was sent differs from what was typed

    bool answered() const { return response.has_value(); }
    bool succeeded() const { return response && !error && response->status >= 200 && response->status < 300; }
    QStringList noteTexts() const;
};

} // namespace pbw

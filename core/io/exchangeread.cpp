// The exchange read back from the object exchangeToJson wrote.
#include "io/exchangejson.h"

#include <QJsonArray>

namespace pbw {

namespace {

HeaderList headersFromJson(const QJsonValue& value)
{
    HeaderList headers;
    for (const QJsonValue& pair : value.toArray()) {
        const QJsonArray nameValue = pair.toArray();
        headers.append({nameValue.at(0).toString().toLatin1(), nameValue.at(1).toString().toUtf8()});
    }
    return headers;
}

QByteArray bodyFromJson(const QJsonObject& object)
{
    const QString body = object.value(QStringLiteral("body")).toString();
    if (object.value(QStringLiteral("body_encoding")).toString() == QLatin1String("base64"))
        return QByteArray::fromBase64(body.toLatin1());
    QByteArray bytes = body.toUtf8();
    bytes.squeeze(); // toUtf8 reserves three bytes a character
    return bytes;
}

double msFromJson(const QJsonValue& value)
{
    return value.isDouble() ? value.toDouble() : -1;
}

SentRequest requestFromJson(const QJsonObject& object)
{
    SentRequest request;
    request.method = object.value(QStringLiteral("method")).toString().toLatin1();
    request.input = object.value(QStringLiteral("input")).toString();
    request.url = object.value(QStringLiteral("url")).toString();
    request.target = object.value(QStringLiteral("target")).toString().toLatin1();
    request.headers = headersFromJson(object.value(QStringLiteral("headers")));
    request.body = bodyFromJson(object);
    return request;
}

ReceivedResponse responseFromJson(const QJsonObject& object)
{
    ReceivedResponse response;
    response.status = object.value(QStringLiteral("status")).toInt();
    response.reason = object.value(QStringLiteral("reason")).toString().toLatin1();
    response.httpVersion = object.value(QStringLiteral("http_version")).toString().toLatin1();
    response.headers = headersFromJson(object.value(QStringLiteral("headers")));
    response.isBinary = object.value(QStringLiteral("body_encoding")).toString() == QLatin1String("base64");
    // A text body was kept decoded; its bytes come back as UTF-8, which is what is shown and judged.
    response.body = bodyFromJson(object);
    if (!response.isBinary)
        response.text = object.value(QStringLiteral("body")).toString();
    response.bodySize = object.value(QStringLiteral("body_size")).toInteger(-1);
    response.truncated = object.value(QStringLiteral("truncated")).toBool();
    response.contentType = object.value(QStringLiteral("content_type")).toString().toLatin1();
    response.finalUrl = object.value(QStringLiteral("final_url")).toString();
    response.headersUnread = object.value(QStringLiteral("headers_unread")).toBool();
    return response;
}

TlsInfo tlsFromJson(const QJsonObject& object)
{
    TlsInfo tls;
    tls.protocol = object.value(QStringLiteral("protocol")).toString();
    tls.cipher = object.value(QStringLiteral("cipher")).toString();
    const QJsonObject peer = object.value(QStringLiteral("peer_certificate")).toObject();
    if (!peer.isEmpty()) {
        tls.peer = CertificateInfo{
            peer.value(QStringLiteral("subject")).toString(), peer.value(QStringLiteral("issuer")).toString(),
            QDateTime::fromString(peer.value(QStringLiteral("not_before")).toString(), Qt::ISODate),
            QDateTime::fromString(peer.value(QStringLiteral("not_after")).toString(), Qt::ISODate)};
    }
    for (const QJsonValue& error : object.value(QStringLiteral("certificate_errors")).toArray())
        tls.certificateErrors.append(error.toString());
    tls.invalidCertificateAccepted = object.value(QStringLiteral("invalid_certificate_accepted")).toBool();
    return tls;
}

} // namespace

Exchange exchangeFromJson(const QJsonObject& object)
{
    Exchange exchange;
    exchange.request = requestFromJson(object.value(QStringLiteral("request")).toObject());
    if (object.value(QStringLiteral("response")).isObject())
        exchange.response = responseFromJson(object.value(QStringLiteral("response")).toObject());
    const QJsonObject timing = object.value(QStringLiteral("timing")).toObject();
    exchange.timing.started
        = QDateTime::fromString(timing.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    exchange.timing.firstByteMs = msFromJson(timing.value(QStringLiteral("ttfb_ms")));
    exchange.timing.totalMs = msFromJson(timing.value(QStringLiteral("total_ms")));
    if (object.value(QStringLiteral("tls")).isObject())
        exchange.tls = tlsFromJson(object.value(QStringLiteral("tls")).toObject());
    if (object.value(QStringLiteral("error")).isObject()) {
        const QJsonObject error = object.value(QStringLiteral("error")).toObject();
        const QString kind
            = error.value(QStringLiteral("kind")).toString(error.value(QStringLiteral("layer")).toString());
        exchange.error
            = TransportError{TransportError::layerFromKindKey(kind), error.value(QStringLiteral("detail")).toString()};
    }
    if (object.value(QStringLiteral("arrival")).isObject()) {
        const QJsonObject arrival = object.value(QStringLiteral("arrival")).toObject();
        exchange.arrival = Arrival{
            QByteArray::fromBase64(arrival.value(QStringLiteral("raw_base64")).toString().toLatin1()),
            arrival.value(QStringLiteral("peer")).toString(),
            arrival.value(QStringLiteral("client")).toString(),
            arrival.value(QStringLiteral("secure")).toBool(),
            arrival.value(QStringLiteral("listener")).toString(),
        };
    }
    for (const QJsonValue& value : object.value(QStringLiteral("wire_notes")).toArray()) {
        const QJsonObject note = value.toObject();
        WireNote wireNote;
        wireNote.kind = WireNote::kindFromKey(note.value(QStringLiteral("kind")).toString());
        wireNote.position = note.value(QStringLiteral("position")).toInt();
        wireNote.count = note.value(QStringLiteral("count")).toInt(1);
        wireNote.typed = note.value(QStringLiteral("typed")).toString();
        wireNote.sent = note.value(QStringLiteral("sent")).toString();
        exchange.notes.append(wireNote);
    }
    return exchange;
}

} // namespace pbw

#include "io/exchangejson.h"

#include "net/bodytext.h"

#include <QJsonArray>
#include <cmath>

namespace pbw {

namespace {

QJsonArray headersToJson(const HeaderList& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return array;
}

QJsonValue optionalMs(double ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(ms * 1000) / 1000);
}

QJsonObject requestToJson(const SentRequest& request)
{
    const BodyText body = decodeBody(request.body, {});
    return QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("input"), request.input},
        {QStringLiteral("url"), request.url},
        {QStringLiteral("target"), QString::fromLatin1(request.target)},
        {QStringLiteral("headers"), headersToJson(request.headers)},
        {QStringLiteral("body"), body.isBinary ? QString::fromLatin1(request.body.toBase64()) : body.text},
        {QStringLiteral("body_encoding"), body.isBinary ? QStringLiteral("base64") : QStringLiteral("text")},
    };
}

QJsonObject responseToJson(const ReceivedResponse& response)
{
    QJsonObject object{
        {QStringLiteral("status"), response.status},
        {QStringLiteral("reason"), QString::fromLatin1(response.reason)},
        {QStringLiteral("http_version"), QString::fromLatin1(response.httpVersion)},
        {QStringLiteral("headers"), headersToJson(response.headers)},
        {QStringLiteral("body"), response.isBinary ? QString::fromLatin1(response.body.toBase64()) : response.text},
        {QStringLiteral("body_encoding"), response.isBinary ? QStringLiteral("base64") : QStringLiteral("text")},
        {QStringLiteral("body_size"), response.bodySize},
        {QStringLiteral("truncated"), response.truncated},
        {QStringLiteral("content_type"), QString::fromLatin1(response.contentType)},
        {QStringLiteral("final_url"), response.finalUrl},
    };
    if (response.headersUnread) // only then: every other answer's JSON stays as it was
        object.insert(QStringLiteral("headers_unread"), true);
    return object;
}

QJsonArray wireNotesToJson(const QList<WireNote>& notes)
{
    QJsonArray array;
    for (const WireNote& note : notes) {
        array.append(QJsonObject{{QStringLiteral("kind"), WireNote::kindKey(note.kind)},
                                 {QStringLiteral("position"), note.position},
                                 {QStringLiteral("count"), note.count},
                                 {QStringLiteral("typed"), note.typed},
                                 {QStringLiteral("sent"), note.sent}});
    }
    return array;
}

QJsonObject tlsToJson(const TlsInfo& tls)
{
    QJsonValue peer(QJsonValue::Null);
    if (tls.peer) {
        peer = QJsonObject{
            {QStringLiteral("subject"), tls.peer->subject},
            {QStringLiteral("issuer"), tls.peer->issuer},
            {QStringLiteral("not_before"), tls.peer->notBefore.toString(Qt::ISODate)},
            {QStringLiteral("not_after"), tls.peer->notAfter.toString(Qt::ISODate)},
        };
    }
    return QJsonObject{
        {QStringLiteral("protocol"), tls.protocol},
        {QStringLiteral("cipher"), tls.cipher},
        {QStringLiteral("peer_certificate"), peer},
        {QStringLiteral("certificate_errors"), QJsonArray::fromStringList(tls.certificateErrors)},
        {QStringLiteral("invalid_certificate_accepted"), tls.invalidCertificateAccepted},
    };
}

} // namespace

QJsonObject exchangeToJson(const Exchange& exchange)
{
    QJsonValue error(QJsonValue::Null);
    if (exchange.error) {
        error = QJsonObject{
            {QStringLiteral("layer"), TransportError::layerKey(exchange.error->layer)},
            {QStringLiteral("message"), exchange.error->message()},
            {QStringLiteral("detail"), exchange.error->detail},
            {QStringLiteral("kind"), TransportError::kindKey(exchange.error->layer)},
        };
    }
    QJsonObject object{
        {QStringLiteral("request"), requestToJson(exchange.request)},
        {QStringLiteral("response"),
         exchange.response ? QJsonValue(responseToJson(*exchange.response)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("timing"),
         QJsonObject{
             {QStringLiteral("started"), exchange.timing.started.toString(Qt::ISODateWithMs)},
             {QStringLiteral("ttfb_ms"), optionalMs(exchange.timing.firstByteMs)},
             {QStringLiteral("total_ms"), optionalMs(exchange.timing.totalMs)},
         }},
        {QStringLiteral("tls"), exchange.tls ? QJsonValue(tlsToJson(*exchange.tls)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error"), error},
        {QStringLiteral("notes"), QJsonArray::fromStringList(exchange.noteTexts())},
        {QStringLiteral("wire_notes"), wireNotesToJson(exchange.notes)},
    };
    if (exchange.arrival) { // only then: a replay's JSON stays as it was
        const Arrival& arrival = *exchange.arrival;
        object.insert(QStringLiteral("arrival"),
                      QJsonObject{{QStringLiteral("raw_base64"), QString::fromLatin1(arrival.raw.toBase64())},
                                  {QStringLiteral("peer"), arrival.peer},
                                  {QStringLiteral("client"), arrival.client},
                                  {QStringLiteral("secure"), arrival.secure},
                                  {QStringLiteral("listener"), arrival.listener}});
    }
    return object;
}

} // namespace pbw

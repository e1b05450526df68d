#include "io/tracerecord.h"

#include "trace/redirectscan.h"

#include <QJsonArray>

namespace pbw {

namespace {

constexpr ClickTrace::Stop stops[]
    = {ClickTrace::Stop::Final, ClickTrace::Stop::Loop,    ClickTrace::Stop::MaxHops,   ClickTrace::Stop::Scheme,
       ClickTrace::Stop::Error, ClickTrace::Stop::Timeout, ClickTrace::Stop::Cancelled, ClickTrace::Stop::ErrorPage};
constexpr HopKind kinds[] = {HopKind::Http, HopKind::RefreshHeader, HopKind::MetaRefresh, HopKind::Js, HopKind::Final};

QJsonValue errorToJson(const std::optional<TransportError>& error)
{
    if (!error)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("kind"), TransportError::kindKey(error->layer)},
                       {QStringLiteral("detail"), error->detail}};
}

std::optional<TransportError> errorFromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    TransportError error;
    error.layer = TransportError::layerFromKindKey(value[QStringLiteral("kind")].toString());
    error.detail = value[QStringLiteral("detail")].toString();
    return error;
}

} // namespace

QJsonObject traceRecordToJson(const ClickTrace& trace)
{
    QJsonArray hops;
    for (const TraceHop& hop : trace.hops) {
        const Exchange& exchange = hop.exchange;
        QJsonObject item{{QStringLiteral("n"), hop.n},
                         {QStringLiteral("url"), hop.url},
                         {QStringLiteral("kind"), hopKindKey(hop.kind)},
                         {QStringLiteral("target"), hop.target},
                         {QStringLiteral("next"), hop.next},
                         {QStringLiteral("evidence"), hop.evidence},
                         {QStringLiteral("ms"), exchange.timing.totalMs},
                         {QStringLiteral("error"), errorToJson(exchange.error)}};
        if (exchange.response) {
            item.insert(QStringLiteral("status"), exchange.response->status);
            item.insert(QStringLiteral("reason"), QString::fromLatin1(exchange.response->reason));
        }
        hops.append(item);
    }
    return {{QStringLiteral("start_url"), trace.startUrl},
            {QStringLiteral("user_agent"), trace.userAgent},
            {QStringLiteral("hops"), hops},
            {QStringLiteral("stopped"), ClickTrace::stopKey(trace.stopped)},
            {QStringLiteral("detail"), trace.detail},
            {QStringLiteral("final_url"), trace.finalUrl},
            {QStringLiteral("error"), errorToJson(trace.error)}};
}

ClickTrace traceRecordFromJson(const QJsonObject& record)
{
    ClickTrace trace;
    trace.startUrl = record[QStringLiteral("start_url")].toString();
    trace.userAgent = record[QStringLiteral("user_agent")].toString();
    trace.detail = record[QStringLiteral("detail")].toString();
    trace.finalUrl = record[QStringLiteral("final_url")].toString();
    trace.error = errorFromJson(record[QStringLiteral("error")]);
    for (const ClickTrace::Stop stop : stops) {
        if (ClickTrace::stopKey(stop) == record[QStringLiteral("stopped")].toString())
            trace.stopped = stop;
    }
    for (const QJsonValue& value : record[QStringLiteral("hops")].toArray()) {
        TraceHop hop;
        hop.n = value[QStringLiteral("n")].toInt();
        hop.url = value[QStringLiteral("url")].toString();
        for (const HopKind kind : kinds) {
            if (hopKindKey(kind) == value[QStringLiteral("kind")].toString())
                hop.kind = kind;
        }
        hop.target = value[QStringLiteral("target")].toString();
        hop.next = value[QStringLiteral("next")].toString();
        hop.evidence = value[QStringLiteral("evidence")].toString();
        hop.exchange.request.method = "GET";
        hop.exchange.request.input = hop.url;
        hop.exchange.request.url = hop.url;
        hop.exchange.timing.totalMs = value[QStringLiteral("ms")].toDouble(-1);
        hop.exchange.error = errorFromJson(value[QStringLiteral("error")]);
        if (value[QStringLiteral("status")].isDouble()) {
            ReceivedResponse response;
            response.status = value[QStringLiteral("status")].toInt();
            response.reason = value[QStringLiteral("reason")].toString().toLatin1();
            hop.exchange.response = response;
        }
        trace.hops.append(hop);
    }
    return trace;
}

} // namespace pbw

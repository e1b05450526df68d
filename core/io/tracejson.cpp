#include "io/tracejson.h"

namespace pbw {

QJsonObject traceToJson(const ClickTrace& trace, const QList<ParamTimeline>& timelines)
{
    QJsonArray hops;
    for (const TraceHop& hop : trace.hops) {
        const Exchange& exchange = hop.exchange;
        hops.append(QJsonObject{
            {QStringLiteral("n"), hop.n},
            {QStringLiteral("url"), hop.url},
            {QStringLiteral("status"), exchange.response ? QJsonValue(exchange.response->status) : QJsonValue()},
            {QStringLiteral("kind"), exchange.error ? QJsonValue() : QJsonValue(hopKindKey(hop.kind))},
            {QStringLiteral("next"), hop.next.isEmpty() ? QJsonValue() : QJsonValue(hop.next)},
            {QStringLiteral("ms"), exchange.timing.totalMs >= 0 ? QJsonValue(exchange.timing.totalMs) : QJsonValue()},
            {QStringLiteral("evidence"), hop.evidence.isEmpty() ? QJsonValue() : QJsonValue(hop.evidence)},
            {QStringLiteral("error"), exchange.error ? QJsonValue(exchange.error->message()) : QJsonValue()}});
    }
    QJsonArray params;
    for (const ParamTimeline& line : timelines) {
        QJsonArray changes;
        for (const ParamTimeline::Change& change : line.changes)
            changes.append(QJsonObject{{QStringLiteral("hop"), change.hop},
                                       {QStringLiteral("from"), change.oldValue},
                                       {QStringLiteral("to"), change.newValue}});
        params.append(
            QJsonObject{{QStringLiteral("name"), line.name},
                        {QStringLiteral("platform"), line.platform},
                        {QStringLiteral("kind"), trackingKindKey(line.kind)},
                        {QStringLiteral("first_hop"), line.firstHop},
                        {QStringLiteral("lost_at_hop"), line.lostAtHop > 0 ? QJsonValue(line.lostAtHop) : QJsonValue()},
                        {QStringLiteral("changes"), changes},
                        {QStringLiteral("story"), line.story.isEmpty() ? QJsonValue() : QJsonValue(line.story)}});
    }
    return QJsonObject{
        {QStringLiteral("start_url"), trace.startUrl},
        {QStringLiteral("user_agent"), trace.userAgent},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("stopped"), ClickTrace::stopKey(trace.stopped)},
        {QStringLiteral("stop_detail"), trace.detail.isEmpty() ? QJsonValue() : QJsonValue(trace.detail)},
        {QStringLiteral("final_url"), trace.finalUrl},
        {QStringLiteral("error"), trace.error ? QJsonValue(trace.error->message()) : QJsonValue()},
        {QStringLiteral("params"), params},
        {QStringLiteral("headline"), traceHeadline(trace, timelines)},
        {QStringLiteral("click_ids_intact"), clickIdsIntact(trace, timelines)}};
}

QJsonArray trackingParamsToJson(const QList<TrackingParam>& params)
{
    QJsonArray array;
    for (const TrackingParam& param : params)
        array.append(QJsonObject{
            {QStringLiteral("name"), param.name},
            {QStringLiteral("value"), param.value},
            {QStringLiteral("platform"), param.platform},
            {QStringLiteral("kind"), trackingKindKey(param.kind)},
            {QStringLiteral("where"), param.where},
            {QStringLiteral("shape_ok"), param.shapeOk},
            {QStringLiteral("shape_note"), param.shapeNote.isEmpty() ? QJsonValue() : QJsonValue(param.shapeNote)}});
    return array;
}

} // namespace pbw

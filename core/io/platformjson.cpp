#include "io/platformjson.h"

#include "capi/normalizesteps.h"

namespace pbw {

QJsonObject fieldComparisonToJson(const FieldComparison& row)
{
    QJsonArray cells;
    for (const PlatformCell& cell : row.cells) {
        QJsonObject object{{QStringLiteral("platform"), cell.platform}, {QStringLiteral("takes"), cell.taken()}};
        if (cell.taken()) {
            object.insert(QStringLiteral("key"), cell.rule->key);
            object.insert(QStringLiteral("hashed"), cell.hashed());
            object.insert(QStringLiteral("normalized"),
                          cell.value.error.isEmpty() ? QJsonValue(cell.value.normalized) : QJsonValue());
            object.insert(QStringLiteral("sent"), cell.value.error.isEmpty() ? QJsonValue(cell.sent()) : QJsonValue());
            object.insert(QStringLiteral("odd"), cell.odd);
            QJsonArray steps;
            for (const NormalizationStep step : cell.value.changedBy)
                steps.append(normalizationStepName(step));
            object.insert(QStringLiteral("changed_by"), steps);
            object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(cell.value.warnings));
            if (!cell.value.error.isEmpty())
                object.insert(QStringLiteral("error"), cell.value.error);
        }
        cells.append(object);
    }
    return {{QStringLiteral("field"), row.field},
            {QStringLiteral("input"), row.input},
            {QStringLiteral("disagree"), row.disagree},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(row.reasons)},
            {QStringLiteral("platforms"), cells}};
}

QJsonObject platformAnswerToJson(const PlatformAnswer& answer)
{
    QJsonArray errors;
    for (const PlatformError& e : answer.errors)
        errors.append(QJsonObject{{QStringLiteral("code"), e.code},
                                  {QStringLiteral("message"), e.message},
                                  {QStringLiteral("field"), e.field.isEmpty() ? QJsonValue() : QJsonValue(e.field)},
                                  {QStringLiteral("event"), e.event < 0 ? QJsonValue() : QJsonValue(e.event)},
                                  {QStringLiteral("family"), e.family},
                                  {QStringLiteral("title"), e.title},
                                  {QStringLiteral("explanation"), e.explanation},
                                  {QStringLiteral("fix"), e.fix}});
    return {{QStringLiteral("platform"), answer.platform},
            {QStringLiteral("outcome"), answer.outcomeKey()},
            {QStringLiteral("ok"), answer.ok()},
            {QStringLiteral("test"), answer.test},
            {QStringLiteral("headline"), answer.headline()},
            {QStringLiteral("events_sent"), answer.eventsSent},
            {QStringLiteral("events_received"), answer.eventsReceived < 0 ? QJsonValue() : answer.eventsReceived},
            {QStringLiteral("messages"), QJsonArray::fromStringList(answer.messages)},
            {QStringLiteral("request_id"), answer.requestId.isEmpty() ? QJsonValue() : answer.requestId},
            {QStringLiteral("errors"), errors}};
}

} // namespace pbw

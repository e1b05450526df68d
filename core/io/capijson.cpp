#include "io/capijson.h"

namespace pbw {

QJsonObject userDataValueToJson(const UserDataValue& value)
{
    QJsonObject object{
        {QStringLiteral("field"), value.field},
        {QStringLiteral("input"), value.input},
        {QStringLiteral("normalized"), value.error.isEmpty() ? QJsonValue(value.normalized) : QJsonValue()},
        {QStringLiteral("hash"), value.hash.isEmpty() ? QJsonValue() : QJsonValue(value.hash)},
        {QStringLiteral("already_hashed"), value.alreadyHashed},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(value.warnings)}};
    if (!value.error.isEmpty())
        object.insert(QStringLiteral("error"), value.error);
    return object;
}

QJsonArray capiProblemsToJson(const QList<CapiProblem>& problems)
{
    QJsonArray array;
    for (const CapiProblem& problem : problems)
        array.append(QJsonObject{{QStringLiteral("event"), problem.event < 0 ? QJsonValue() : problem.event},
                                 {QStringLiteral("field"), problem.field},
                                 {QStringLiteral("id"), problem.id},
                                 {QStringLiteral("severity"), capiSeverityKey(problem.severity)},
                                 {QStringLiteral("message"), problem.message},
                                 {QStringLiteral("fix"), problem.fix}});
    return array;
}

QJsonObject capiAnswerToJson(const CapiAnswer& answer)
{
    QJsonObject object{
        {QStringLiteral("received"), answer.received()},
        {QStringLiteral("headline"), answer.headline()},
        {QStringLiteral("events_sent"), answer.eventsSent},
        {QStringLiteral("events_received"), answer.eventsReceived < 0 ? QJsonValue() : answer.eventsReceived},
        {QStringLiteral("messages"), QJsonArray::fromStringList(answer.messages)},
        {QStringLiteral("fbtrace_id"), answer.fbtraceId.isEmpty() ? QJsonValue() : answer.fbtraceId},
        {QStringLiteral("error"), QJsonValue()}};
    if (const auto& error = answer.error)
        object.insert(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), error->code},
                        {QStringLiteral("subcode"), error->subcode ? QJsonValue(error->subcode) : QJsonValue()},
                        {QStringLiteral("type"), error->type},
                        {QStringLiteral("message"), error->message},
                        {QStringLiteral("user_title"), error->userTitle},
                        {QStringLiteral("user_message"), error->userMessage},
                        {QStringLiteral("family"), error->family},
                        {QStringLiteral("title"), error->title},
                        {QStringLiteral("explanation"), error->explanation},
                        {QStringLiteral("fix"), error->fix}});
    return object;
}

} // namespace pbw

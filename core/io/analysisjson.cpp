#include "io/analysisjson.h"

namespace pbw {

namespace {

QString sourceKey(ParamSource source)
{
    switch (source) {
    case ParamSource::Query:
        return QStringLiteral("query");
    case ParamSource::Form:
        return QStringLiteral("form");
    case ParamSource::Json:
        return QStringLiteral("json");
    case ParamSource::Path:
        return QStringLiteral("path");
    }
    return {};
}

QJsonObject findingToJson(const Finding& finding)
{
    QJsonObject out{{QStringLiteral("id"), finding.id},
                    {QStringLiteral("severity"), severityKey(finding.severity)},
                    {QStringLiteral("param"), finding.param},
                    {QStringLiteral("message"), finding.message},
                    {QStringLiteral("fix"), finding.fix}};
    if (!finding.suggestion.isEmpty())
        out.insert(QStringLiteral("suggestion"), finding.suggestion);
    if (finding.offset >= 0) {
        out.insert(QStringLiteral("offset"), finding.offset);
        out.insert(QStringLiteral("length"), finding.length);
    }
    return out;
}

} // namespace

QJsonArray findingsToJson(const QList<Finding>& findings)
{
    QJsonArray out;
    for (const Finding& finding : findings)
        out.append(findingToJson(finding));
    return out;
}

QJsonObject checkToJson(const Callback& callback, const QList<Finding>& findings, const TemplateMatch* match,
                        const RebuiltCallback* rebuilt)
{
    QJsonArray params;
    for (const CallbackParam& param : callback.params) {
        params.append(QJsonObject{{QStringLiteral("key"), param.key},
                                  {QStringLiteral("value"), param.value},
                                  {QStringLiteral("raw"), param.rawValue},
                                  {QStringLiteral("source"), sourceKey(param.source)}});
    }
    QJsonObject out{
        {QStringLiteral("url"), callback.text},      {QStringLiteral("method"), callback.method},
        {QStringLiteral("scheme"), callback.scheme}, {QStringLiteral("host"), callback.host},
        {QStringLiteral("port"), callback.port},     {QStringLiteral("path"), callback.path},
        {QStringLiteral("params"), params},          {QStringLiteral("findings"), findingsToJson(findings)}};
    if (callback.fragmentOffset >= 0)
        out.insert(QStringLiteral("fragment"), callback.fragment);
    if (match) {
        QJsonArray rows;
        for (const MatchRow& row : match->rows) {
            QJsonObject item{{QStringLiteral("key"), row.key},
                             {QStringLiteral("state"), matchStateKey(row.state)},
                             {QStringLiteral("expected"), row.expected},
                             {QStringLiteral("actual"), row.actual}};
            if (!row.actualKey.isEmpty())
                item.insert(QStringLiteral("actual_key"), row.actualKey);
            rows.append(item);
        }
        out.insert(QStringLiteral("match"), rows);
        QJsonArray parts;
        for (const PartMismatch& part : match->parts) {
            parts.append(QJsonObject{{QStringLiteral("part"), part.part},
                                     {QStringLiteral("expected"), part.expected},
                                     {QStringLiteral("actual"), part.actual}});
        }
        out.insert(QStringLiteral("parts"), parts);
    }
    if (rebuilt) {
        QJsonArray changes;
        for (const RebuiltCallback::Change& change : rebuilt->changes) {
            changes.append(QJsonObject{{QStringLiteral("key"), change.key},
                                       {QStringLiteral("old_key"), change.oldKey},
                                       {QStringLiteral("before"), change.before},
                                       {QStringLiteral("after"), change.after},
                                       {QStringLiteral("reason"), change.reason}});
        }
        out.insert(QStringLiteral("fixed"),
                   QJsonObject{{QStringLiteral("url"), rebuilt->url},
                               {QStringLiteral("changes"), changes},
                               {QStringLiteral("unresolved"), findingsToJson(rebuilt->unresolved)}});
    }
    return out;
}

QJsonObject diffToJson(const QList<DiffRow>& rows, const QList<Finding>& findingsA, const QList<Finding>& findingsB)
{
    QJsonArray items;
    for (const DiffRow& row : rows) {
        QJsonObject item{{QStringLiteral("part"), row.part},
                         {QStringLiteral("key"), row.key},
                         {QStringLiteral("change"), changeKey(row.change)},
                         {QStringLiteral("a"), row.a},
                         {QStringLiteral("b"), row.b}};
        if (row.rawA != row.a || row.rawB != row.b) {
            item.insert(QStringLiteral("raw_a"), row.rawA);
            item.insert(QStringLiteral("raw_b"), row.rawB);
        }
        if (row.moved)
            item.insert(QStringLiteral("moved"), true);
        if (row.encodingOnly)
            item.insert(QStringLiteral("encoding_only"), true);
        items.append(item);
    }
    QJsonArray findings;
    for (const auto& [side, list] :
         {std::pair{QStringLiteral("a"), &findingsA}, std::pair{QStringLiteral("b"), &findingsB}}) {
        for (const Finding& finding : *list) {
            QJsonObject item = findingToJson(finding);
            item.insert(QStringLiteral("side"), side);
            findings.append(item);
        }
    }
    return QJsonObject{{QStringLiteral("rows"), items}, {QStringLiteral("findings"), findings}};
}

} // namespace pbw

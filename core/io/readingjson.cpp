#include "io/readingjson.h"

#include "analysis/answerrules.h"

#include <QJsonArray>

namespace pbw {

namespace {

QJsonObject memberToJson(const AnswerMember& member)
{
    return {{QStringLiteral("path"), member.path}, {QStringLiteral("value"), member.value}};
}

QJsonObject hitToJson(const ConceptHit& hit, const QList<AnswerWord>& words, bool inMember)
{
    QJsonArray said;
    for (int i = hit.first; i < hit.first + hit.count && i < words.size(); ++i)
        said.append(words.at(i).word);
    return {{QStringLiteral("concept"), hit.meaning->id},
            {QStringLiteral("pattern"), hit.meaning->patterns.value(hit.pattern)},
            {QStringLiteral("words"), said},
            {QStringLiteral("negated"), hit.negated},
            {QStringLiteral("in_member"), inMember}};
}

} // namespace

QJsonObject readingToJson(const AnswerReading& reading)
{
    QJsonArray words;
    for (const AnswerWord& word : reading.words)
        words.append(word.word);
    QJsonObject outcome{{QStringLiteral("structured"), reading.outcome.structured},
                        {QStringLiteral("polarity"), polarityKey(reading.outcome.polarity)}};
    if (const auto& member = reading.outcome.deciding ? reading.outcome.deciding : reading.outcome.first)
        outcome.insert(QStringLiteral("member"), memberToJson(*member));
    QJsonArray reasons;
    for (const AnswerMember& reason : reading.outcome.reasons)
        reasons.append(memberToJson(reason));
    outcome.insert(QStringLiteral("reasons"), reasons);
    QJsonArray concepts;
    for (int i = 0; i < reading.memberHits.size(); ++i)
        concepts.append(
            hitToJson(reading.memberHits.at(i), reading.memberWords.value(reading.memberOf.value(i)), true));
    for (const ConceptHit& hit : reading.hits)
        concepts.append(hitToJson(hit, reading.words, false));
    QJsonObject out{{QStringLiteral("words"), words},
                    {QStringLiteral("outcome"), outcome},
                    {QStringLiteral("concepts"), concepts},
                    {QStringLiteral("step"), stepKey(reading.step)}};
    if (reading.rule)
        out.insert(QStringLiteral("rule"), reading.rule->id);
    if (reading.decidingHit.meaning)
        out.insert(QStringLiteral("concept"), reading.decidingHit.meaning->id);
    return out;
}

} // namespace pbw

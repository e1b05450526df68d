#include "io/verdictjson.h"

#include <QJsonArray>

namespace pbw {

QString evidenceKindKey(Evidence::Kind kind)
{
    switch (kind) {
    case Evidence::Kind::Status:
        return QStringLiteral("status");
    case Evidence::Kind::HttpHeader:
        return QStringLiteral("header");
    case Evidence::Kind::Body:
        return QStringLiteral("body");
    case Evidence::Kind::Json:
        return QStringLiteral("json");
    case Evidence::Kind::Xml:
        return QStringLiteral("xml");
    case Evidence::Kind::Title:
        return QStringLiteral("title");
    case Evidence::Kind::Shape:
        return QStringLiteral("shape");
    case Evidence::Kind::Request:
        return QStringLiteral("request");
    case Evidence::Kind::Transport:
        return QStringLiteral("transport");
    }
    return {};
}

std::optional<Evidence::Kind> evidenceKindFromKey(const QString& key)
{
    for (int kind = 0; kind <= int(Evidence::Kind::Transport); ++kind) {
        if (evidenceKindKey(Evidence::Kind(kind)) == key)
            return Evidence::Kind(kind);
    }
    return std::nullopt;
}

QJsonObject verdictToJson(const Verdict& verdict)
{
    QJsonArray evidence;
    for (const Evidence& item : verdict.evidence) {
        QJsonObject object{{QStringLiteral("kind"), evidenceKindKey(item.kind)},
                           {QStringLiteral("where"), item.where},
                           {QStringLiteral("text"), item.text}};
        if (item.offset >= 0) {
            object.insert(QStringLiteral("offset"), item.offset);
            object.insert(QStringLiteral("length"), item.length);
        }
        evidence.append(object);
    }
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return QJsonObject{
        {QStringLiteral("layer"), layerKey(verdict.layer)},
        {QStringLiteral("bucket"),
         verdict.bucket == Verdict::Bucket::None ? QJsonValue() : QJsonValue(bucketKey(verdict.bucket))},
        {QStringLiteral("summary"), verdict.summary},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("next_step"), verdict.nextStep},
        {QStringLiteral("confidence"), confidenceKey(verdict.confidence)},
        {QStringLiteral("message"), verdict.message},
        {QStringLiteral("rule"), orNull(verdict.rule)},
        {QStringLiteral("platform"), orNull(verdict.platform)},
        {QStringLiteral("judged_on_part"), verdict.judgedOnPart},
    };
}

Verdict verdictFromJson(const QJsonObject& object)
{
    const auto text = [&object](const char* key) {
        return object.value(QLatin1String(key)).toString();
    };
    Verdict verdict;
    verdict.layer = layerFromKey(text("layer")).value_or(Verdict::Layer::Unknown);
    verdict.bucket = bucketFromKey(text("bucket")).value_or(Verdict::Bucket::None);
    verdict.confidence = confidenceFromKey(text("confidence")).value_or(Verdict::Confidence::Low);
    verdict.rule = text("rule");
    verdict.platform = text("platform");
    verdict.message = text("message");
    verdict.summary = text("summary");
    verdict.nextStep = text("next_step");
    verdict.judgedOnPart = object.value(QStringLiteral("judged_on_part")).toBool();
    for (const QJsonValue& value : object.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject item = value.toObject();
        Evidence evidence;
        evidence.kind
            = evidenceKindFromKey(item.value(QStringLiteral("kind")).toString()).value_or(Evidence::Kind::Body);
        evidence.where = item.value(QStringLiteral("where")).toString();
        evidence.text = item.value(QStringLiteral("text")).toString();
        if (item.contains(QStringLiteral("offset"))) {
            evidence.offset = item.value(QStringLiteral("offset")).toInt(-1);
            evidence.length = item.value(QStringLiteral("length")).toInt();
        }
        verdict.evidence.append(evidence);
    }
    return verdict;
}

} // namespace pbw

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

} // namespace pbw

#include "store/casejson.h"

#include <QCryptographicHash>

namespace pbw {

namespace {

QJsonValue time(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject caseToJson(const CaseRecord& record)
{
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("title"), record.title},
            {QStringLiteral("offer"), record.offer},
            {QStringLiteral("partner"), record.partner},
            {QStringLiteral("tracker"), record.tracker},
            {QStringLiteral("status"), caseStatusKey(record.status)},
            {QStringLiteral("created"), time(record.created)},
            {QStringLiteral("updated"), time(record.updated)},
            {QStringLiteral("exchange_count"), record.exchangeCount}};
}

QJsonObject storedExchangeToJson(const StoredExchange& stored)
{
    return {{QStringLiteral("id"), stored.id},
            {QStringLiteral("number"), stored.number},
            {QStringLiteral("role"), roleKey(stored.role)},
            {QStringLiteral("note"), stored.note},
            {QStringLiteral("saved"), time(stored.saved)},
            {QStringLiteral("exchange"), stored.data}};
}

QJsonObject noteToJson(const CaseNote& note)
{
    return {{QStringLiteral("id"), note.id},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("written"), time(note.written)}};
}

QJsonObject attachmentToJson(const Attachment& attachment)
{
    return {{QStringLiteral("id"), attachment.id},
            {QStringLiteral("kind"), attachmentKindKey(attachment.kind)},
            {QStringLiteral("title"), attachment.title},
            {QStringLiteral("text"), attachment.text},
            {QStringLiteral("file_name"), attachment.fileName},
            {QStringLiteral("size"), attachment.content.size()},
            {QStringLiteral("sha256"),
             attachment.content.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QString::fromLatin1(
                     QCryptographicHash::hash(attachment.content, QCryptographicHash::Sha256).toHex()))},
            {QStringLiteral("added"), time(attachment.added)}};
}

QJsonArray checklistToJson(const QList<ChecklistStep>& steps, const QList<StoredExchange>& exchanges)
{
    QJsonArray array;
    for (const ChecklistStep& step : steps) {
        array.append(QJsonObject{{QStringLiteral("layer"), checklistKey(step.layer)},
                                 {QStringLiteral("done"), step.done},
                                 {QStringLiteral("who"), step.who},
                                 {QStringLiteral("when"), step.done ? time(step.when) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("exchange"), idOrNull(numberOf(exchanges, step.exchangeId))},
                                 {QStringLiteral("note"), idOrNull(step.noteId)},
                                 {QStringLiteral("attachment"), idOrNull(step.attachmentId)}});
    }
    return array;
}

} // namespace pbw

// What a case holds besides exchanges: notes, attachments (templates, the partner's confirmation,
// files) and the checklist of the method's layers.
#include "store/casestore.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pbw {

namespace {

// The case a row of table belongs to; 0 when there is no such row.
qint64 owningCase(const QString& connection, const QString& table, qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    query.prepare(QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

Result<void, StoreError> CaseStore::changePart(const QString& table, qint64 id, const QString& what,
                                               const QString& statement, const QVariantList& values)
{
    const qint64 caseId = owningCase(m_connection, table, id);
    if (caseId == 0)
        return notFound(what);
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery change(QSqlDatabase::database(m_connection));
        change.prepare(statement);
        for (const QVariant& value : values)
            change.addBindValue(value);
        if (auto failed = run(change))
            return failed;
        if (auto failed = touch(caseId))
            return failed;
        return reindexCase(caseId);
    });
    if (error)
        return *error;
    return {};
}

Result<qint64, StoreError> CaseStore::addNote(qint64 caseId, const QString& text, const QJsonObject& said)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    qint64 id = 0;
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery insert(QSqlDatabase::database(m_connection));
        insert.prepare(QStringLiteral("INSERT INTO notes(case_id, text, written, said) VALUES(?, ?, ?, ?)"));
        insert.addBindValue(caseId);
        insert.addBindValue(sql::text(text));
        insert.addBindValue(sql::now());
        insert.addBindValue(sql::object(said));
        if (auto failed = run(insert))
            return failed;
        id = insert.lastInsertId().toLongLong();
        if (auto failed = touch(caseId))
            return failed;
        return reindexCase(caseId);
    });
    if (error)
        return *error;
    return id;
}

Result<void, StoreError> CaseStore::editNote(qint64 noteId, const QString& text)
{
    return changePart(QStringLiteral("notes"), noteId, StoreError::tr("note %1").arg(noteId),
                      QStringLiteral("UPDATE notes SET text = ?, said = NULL WHERE id = ?"), {sql::text(text), noteId});
}

Result<void, StoreError> CaseStore::removeNote(qint64 noteId)
{
    return changePart(QStringLiteral("notes"), noteId, StoreError::tr("note %1").arg(noteId),
                      QStringLiteral("DELETE FROM notes WHERE id = ?"), {noteId});
}

Result<QList<CaseNote>, StoreError> CaseStore::notes(qint64 caseId) const
{
    QList<CaseNote> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT id, text, written, said FROM notes WHERE case_id = ? ORDER BY id"));
    query.addBindValue(caseId);
    if (auto failed = run(query))
        return unreadable(*failed);
    while (query.next())
        out.append(CaseNote{query.value(0).toLongLong(), caseId, query.value(1).toString(), sql::time(query.value(2)),
                            sql::object(query.value(3))});
    return out;
}

Result<qint64, StoreError> CaseStore::addAttachment(const Attachment& attachment)
{
    if (!caseExists(attachment.caseId))
        return notFound(StoreError::caseNumber(attachment.caseId));
    if (attachment.content.size() > maxAttachmentBytes || attachment.text.size() > maxAttachmentBytes)
        return StoreError{StoreError::Kind::Failed, m_path,
                          StoreError::tr("the attachment is larger than %1 MB").arg(maxAttachmentBytes >> 20)};
    qint64 id = 0;
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery insert(QSqlDatabase::database(m_connection));
        insert.prepare(QStringLiteral("INSERT INTO attachments(case_id, kind, title, text, file_name, content, added) "
                                      "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(attachment.caseId), QVariant(attachmentKindKey(attachment.kind)), sql::text(attachment.title),
              sql::text(attachment.text), sql::text(attachment.fileName),
              attachment.content.isEmpty() ? QVariant() : QVariant(attachment.content), QVariant(sql::now())})
            insert.addBindValue(value);
        if (auto failed = run(insert))
            return failed;
        id = insert.lastInsertId().toLongLong();
        if (auto failed = touch(attachment.caseId))
            return failed;
        return reindexCase(attachment.caseId);
    });
    if (error)
        return *error;
    return id;
}

Result<void, StoreError> CaseStore::removeAttachment(qint64 attachmentId)
{
    return changePart(QStringLiteral("attachments"), attachmentId, StoreError::tr("attachment %1").arg(attachmentId),
                      QStringLiteral("DELETE FROM attachments WHERE id = ?"), {attachmentId});
}

Result<QList<Attachment>, StoreError> CaseStore::attachments(qint64 caseId) const
{
    QList<Attachment> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral(
        "SELECT id, kind, title, text, file_name, content, added FROM attachments WHERE case_id = ? ORDER BY id"));
    query.addBindValue(caseId);
    if (auto failed = run(query))
        return unreadable(*failed);
    while (query.next()) {
        Attachment attachment;
        attachment.id = query.value(0).toLongLong();
        attachment.caseId = caseId;
        attachment.kind = attachmentKindFromKey(query.value(1).toString()).value_or(Attachment::Kind::File);
        attachment.title = query.value(2).toString();
        attachment.text = query.value(3).toString();
        attachment.fileName = query.value(4).toString();
        attachment.content = query.value(5).toByteArray();
        attachment.added = sql::time(query.value(6));
        out.append(attachment);
    }
    return out;
}

Result<void, StoreError> CaseStore::setChecklistStep(qint64 caseId, const ChecklistStep& step)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery upsert(QSqlDatabase::database(m_connection));
        upsert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO checklist(case_id, layer, done, who, at, exchange_id, note_id, attachment_id) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             {QVariant(caseId), QVariant(checklistKey(step.layer)), QVariant(step.done ? 1 : 0), sql::text(step.who),
              QVariant(step.when.isValid() ? step.when.toUTC().toString(Qt::ISODateWithMs) : sql::now()),
              sql::idOrNull(step.exchangeId), sql::idOrNull(step.noteId), sql::idOrNull(step.attachmentId)})
            upsert.addBindValue(value);
        if (auto failed = run(upsert))
            return failed;
        return touch(caseId);
    });
    if (error)
        return *error;
    return {};
}

Result<QList<ChecklistStep>, StoreError> CaseStore::checklist(qint64 caseId) const
{
    QList<ChecklistStep> out;
    for (int layer = 0; layer < checklistLayerCount; ++layer) {
        ChecklistStep step;
        step.layer = ChecklistStep::Layer(layer);
        out.append(step);
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // Evidence that was removed from the case (undoable) is no evidence meanwhile.
    query.prepare(QStringLiteral("SELECT layer, done, who, at, (SELECT id FROM exchanges WHERE id = exchange_id AND "
                                 "removed = 0), note_id, attachment_id FROM checklist WHERE case_id = ?"));
    query.addBindValue(caseId);
    if (auto failed = run(query))
        return unreadable(*failed);
    while (query.next()) {
        const auto layer = checklistFromKey(query.value(0).toString());
        if (!layer)
            continue;
        ChecklistStep& step = out[int(*layer)];
        step.done = query.value(1).toBool();
        step.who = query.value(2).toString();
        step.when = sql::time(query.value(3));
        step.exchangeId = query.value(4).toLongLong();
        step.noteId = query.value(5).toLongLong();
        step.attachmentId = query.value(6).toLongLong();
    }
    return out;
}

} // namespace pbw

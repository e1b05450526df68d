// The batch reconciliations a case keeps: the files, each group's totals, why the missing ones failed.
#include "store/casestore.h"
#include "store/reconciliationjson.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace pbw {

namespace {

const QString reconciliationColumns = QStringLiteral(
    "id, case_id, made, tracker_file, tracker_preset, partner_file, partner_preset, tracker_rows, partner_rows, "
    "groups, checked, with_callback, with_answer, rebuilt, causes");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonValue parsed(const QVariant& value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

std::optional<QString> CaseStore::insertReconciliation(qint64 caseId, const ReconciliationRecord& record, qint64* id)
{
    QSqlQuery insert(QSqlDatabase::database(m_connection));
    insert.prepare(QStringLiteral("INSERT INTO reconciliations(case_id, made, tracker_file, tracker_preset, "
                                  "partner_file, partner_preset, tracker_rows, partner_rows, groups, checked, "
                                  "with_callback, with_answer, rebuilt, causes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?)"));
    const auto ifChecked = [&record](qint64 n) {
        return record.checked ? QVariant(n) : QVariant();
    };
    for (const QVariant& value :
         {QVariant(caseId),
          QVariant(record.made.isValid() ? record.made.toUTC().toString(Qt::ISODateWithMs) : sql::now()),
          sql::text(record.trackerFile), sql::text(record.trackerPreset), sql::text(record.partnerFile),
          sql::text(record.partnerPreset), QVariant(record.trackerRows), QVariant(record.partnerRows),
          QVariant(compact(groupsToJson(record.groups))), ifChecked(record.checkedRows), ifChecked(record.withCallback),
          ifChecked(record.withAnswer), ifChecked(record.rebuilt),
          record.checked ? QVariant(compact(causesToJson(record.causes))) : QVariant()})
        insert.addBindValue(value);
    if (auto failed = run(insert))
        return failed;
    if (id)
        *id = insert.lastInsertId().toLongLong();
    return std::nullopt;
}

Result<qint64, StoreError> CaseStore::addReconciliation(qint64 caseId, const ReconciliationRecord& record)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    qint64 id = 0;
    const auto error = write([&]() -> std::optional<QString> {
        if (auto failed = insertReconciliation(caseId, record, &id))
            return failed;
        if (auto failed = touch(caseId))
            return failed;
        return reindexCase(caseId);
    });
    if (error)
        return *error;
    return id;
}

Result<QList<ReconciliationRecord>, StoreError> CaseStore::reconciliations(qint64 caseId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM reconciliations WHERE case_id = ? ORDER BY id").arg(reconciliationColumns));
    query.addBindValue(caseId);
    if (auto failed = run(query))
        return unreadable(*failed);
    QList<ReconciliationRecord> out;
    while (query.next()) {
        ReconciliationRecord record;
        record.id = query.value(0).toLongLong();
        record.caseId = query.value(1).toLongLong();
        record.made = sql::time(query.value(2));
        record.trackerFile = query.value(3).toString();
        record.trackerPreset = query.value(4).toString();
        record.partnerFile = query.value(5).toString();
        record.partnerPreset = query.value(6).toString();
        record.trackerRows = query.value(7).toLongLong();
        record.partnerRows = query.value(8).toLongLong();
        const auto groups = groupsFromJson(parsed(query.value(9)));
        record.checked = !query.value(10).isNull();
        record.checkedRows = query.value(10).toLongLong();
        record.withCallback = query.value(11).toLongLong();
        record.withAnswer = query.value(12).toLongLong();
        record.rebuilt = query.value(13).toLongLong();
        const auto causes = causesFromJson(record.checked ? parsed(query.value(14)) : QJsonValue(QJsonArray()));
        if (!groups || !causes)
            return unreadable(StoreError::tr("the totals of reconciliation %1 are damaged").arg(record.id));
        record.groups = *groups;
        record.causes = *causes;
        out.append(std::move(record));
    }
    return out;
}

} // namespace pbw

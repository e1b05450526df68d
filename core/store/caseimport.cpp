// Imports: a whole case from a case file, or exchanges from a HAR, each in one transaction.
#include "io/exchangejson.h"
#include "store/casebundle.h"
#include "store/casestore.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

namespace pbw {

namespace {

QString isoTime(const QDateTime& when)
{
    return (when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
}

} // namespace

Result<qint64, StoreError> CaseStore::importCase(const CaseBundle& given, const ExchangeBatches& more)
{
    // Exchanges from a file are checked for secrets again (the file may come from anywhere), unless the
    // importer did it already with these names (off the window's thread).
    const CaseBundle bundle = given.secretsChecked ? given : checkedForSecrets(given, m_secretNames);
    if (bundle.intoCase != 0 && !caseExists(bundle.intoCase))
        return notFound(StoreError::caseNumber(bundle.intoCase));
    for (const Attachment& attachment : bundle.attachments) {
        if (attachment.content.size() > maxAttachmentBytes || attachment.text.size() > maxAttachmentBytes)
            return failure(StoreError::tr("the attachment is larger than %1 MB").arg(maxAttachmentBytes >> 20));
    }

    qint64 caseId = bundle.intoCase;
    const auto error = write([&]() -> std::optional<QString> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        CaseRecord record = bundle.record;
        if (caseId == 0) {
            // A case of that title is there already (the same case sent back, a colleague's copy):
            // the imported one says so, so that the two are told apart in the list.
            QSqlQuery same(db);
            same.prepare(QStringLiteral("SELECT 1 FROM cases WHERE title = ? AND trashed = 0"));
            same.addBindValue(sql::text(record.title));
            if (auto failed = run(same))
                return failed;
            if (same.next())
                record.title = QCoreApplication::translate("pbw::CaseStore", "%1 (imported)").arg(record.title);
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO cases(title, offer, partner, tracker, status, created, updated, "
                               "activity) VALUES(?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(activity), 0) + 1 "
                               "FROM cases))"));
            for (const QVariant& value : {sql::text(record.title), sql::text(record.offer), sql::text(record.partner),
                                          sql::text(record.tracker), QVariant(caseStatusKey(record.status)),
                                          QVariant(isoTime(record.created)), QVariant(isoTime(record.updated))})
                insert.addBindValue(value);
            if (auto failed = run(insert))
                return failed;
            caseId = insert.lastInsertId().toLongLong();
        }

        // Positions in the bundle (1, 2, 3…) become this store's ids. A new case keeps the numbers its
        // exchanges had (what the partner's report called them); added ones take the case's next.
        QList<qint64> exchangeIds{0};
        const bool keepNumbers = bundle.intoCase == 0;
        int next = 0;
        if (!keepNumbers && !bundle.exchanges.isEmpty()) {
            if (auto failed = reserveNumbers(caseId, int(bundle.exchanges.size()), &next))
                return failed;
        }
        int highest = 0;
        for (qsizetype i = 0; i < bundle.exchanges.size(); ++i) {
            const StoredExchange& stored = bundle.exchanges.at(i);
            const int number = keepNumbers ? (stored.number > 0 ? stored.number : int(i + 1)) : next++;
            highest = std::max(highest, number);
            qint64 id = 0;
            if (auto failed = insertExchange(caseId, number, stored.role, stored.note, isoTime(stored.saved),
                                             stored.data, &id, stored.noteSaid))
                return failed;
            exchangeIds.append(id);
        }
        if (keepNumbers) {
            QSqlQuery last(db);
            last.prepare(QStringLiteral("UPDATE cases SET last_number = ? WHERE id = ?"));
            last.addBindValue(highest);
            last.addBindValue(caseId);
            if (auto failed = run(last))
                return failed;
        }
        while (more) {
            const std::optional<QList<StoredExchange>> batch = more();
            if (!batch)
                return StoreError::tr("the import was cancelled");
            if (batch->isEmpty())
                break;
            if (auto failed = reserveNumbers(caseId, int(batch->size()), &next))
                return failed;
            for (const StoredExchange& stored : *batch) {
                qint64 id = 0;
                if (auto failed = insertExchange(caseId, next++, stored.role, stored.note, isoTime(stored.saved),
                                                 stored.data, &id, stored.noteSaid))
                    return failed;
                exchangeIds.append(id);
            }
        }
        QList<qint64> noteIds{0};
        for (const CaseNote& note : bundle.notes) {
            QSqlQuery row(db);
            row.prepare(QStringLiteral("INSERT INTO notes(case_id, text, written, said) VALUES(?, ?, ?, ?)"));
            for (const QVariant& value :
                 {QVariant(caseId), sql::text(note.text), QVariant(isoTime(note.written)), sql::object(note.said)})
                row.addBindValue(value);
            if (auto failed = run(row))
                return failed;
            noteIds.append(row.lastInsertId().toLongLong());
        }
        QList<qint64> attachmentIds{0};
        for (const Attachment& attachment : bundle.attachments) {
            QSqlQuery row(db);
            row.prepare(QStringLiteral("INSERT INTO attachments(case_id, kind, title, text, file_name, content, added) "
                                       "VALUES(?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& value :
                 {QVariant(caseId), QVariant(attachmentKindKey(attachment.kind)), sql::text(attachment.title),
                  sql::text(attachment.text), sql::text(attachment.fileName),
                  attachment.content.isEmpty() ? QVariant() : QVariant(attachment.content),
                  QVariant(isoTime(attachment.added))})
                row.addBindValue(value);
            if (auto failed = run(row))
                return failed;
            attachmentIds.append(row.lastInsertId().toLongLong());
        }
        for (const ReconciliationRecord& reconciliation : bundle.reconciliations) {
            if (auto failed = insertReconciliation(caseId, reconciliation, nullptr))
                return failed;
        }
        if (bundle.intoCase != 0) { // the case's own record and checklist stay
            if (auto failed = reindexCase(caseId))
                return failed;
            return touch(caseId);
        }
        for (const ChecklistStep& step : bundle.checklist) {
            QSqlQuery row(db);
            row.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO checklist(case_id, layer, done, who, at, exchange_id, note_id, attachment_id) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& value :
                 {QVariant(caseId), QVariant(checklistKey(step.layer)), QVariant(step.done ? 1 : 0),
                  sql::text(step.who), QVariant(isoTime(step.when)), sql::idOrNull(exchangeIds.value(step.exchangeId)),
                  sql::idOrNull(noteIds.value(step.noteId)), sql::idOrNull(attachmentIds.value(step.attachmentId))})
                row.addBindValue(value);
            if (auto failed = run(row))
                return failed;
        }
        if (bundle.record.pairFirst > 0 && bundle.record.pairSecond > 0) {
            QSqlQuery pair(db);
            pair.prepare(QStringLiteral("UPDATE cases SET pair_first = ?, pair_second = ? WHERE id = ?"));
            pair.addBindValue(sql::idOrNull(exchangeIds.value(bundle.record.pairFirst)));
            pair.addBindValue(sql::idOrNull(exchangeIds.value(bundle.record.pairSecond)));
            pair.addBindValue(caseId);
            if (auto failed = run(pair))
                return failed;
        }
        return reindexCase(caseId);
    });
    if (error)
        return *error;
    return caseId;
}

Result<qint64, StoreError> CaseStore::addExchanges(qint64 caseId, const QList<NewExchange>& exchanges,
                                                   const QString& newCaseTitle)
{
    if (caseId != 0 && !caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    // Redacted and turned into JSON on every core; only the writes are one after another.
    const QList<QJsonObject> data
        = QtConcurrent::blockingMapped<QList<QJsonObject>>(exchanges, [this](const NewExchange& item) {
              QList<KeptSecret> secrets;
              return exchangeData(item.exchange, item.verdict, &secrets, false);
          });
    const auto error = write([&]() -> std::optional<QString> {
        const QString saved = sql::now();
        if (caseId == 0) {
            QSqlQuery insert(QSqlDatabase::database(m_connection));
            insert.prepare(QStringLiteral("INSERT INTO cases(title, created, updated, activity) VALUES(?, ?, ?, "
                                          "(SELECT COALESCE(MAX(activity), 0) + 1 FROM cases))"));
            for (const QVariant& value : {sql::text(newCaseTitle), QVariant(saved), QVariant(saved)})
                insert.addBindValue(value);
            if (auto failed = run(insert))
                return failed;
            caseId = insert.lastInsertId().toLongLong();
            if (auto failed = reindexCase(caseId))
                return failed;
        }
        int number = 0;
        if (!exchanges.isEmpty()) {
            if (auto failed = reserveNumbers(caseId, int(exchanges.size()), &number))
                return failed;
        }
        for (qsizetype i = 0; i < exchanges.size(); ++i) {
            qint64 id = 0;
            if (auto failed = insertExchange(caseId, number++, exchanges.at(i).role, exchanges.at(i).note, saved,
                                             data.at(i), &id, exchanges.at(i).noteSaid))
                return failed;
        }
        return touch(caseId);
    });
    if (error)
        return *error;
    return caseId;
}

} // namespace pbw

// Cases: create, edit, trash and restore, delete for good, list and search.
#include "store/casestore.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pbw {

namespace {

// Each word becomes a quoted prefix term, so nothing the user types is read as FTS5 syntax.
QString ftsQuery(const QString& words)
{
    QStringList terms;
    for (QString word : words.simplified().split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'"', QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

CaseRecord caseFrom(const QSqlQuery& query)
{
    CaseRecord record;
    record.id = query.value(0).toLongLong();
    record.title = query.value(1).toString();
    record.offer = query.value(2).toString();
    record.partner = query.value(3).toString();
    record.tracker = query.value(4).toString();
    record.status = caseStatusFromKey(query.value(5).toString()).value_or(CaseRecord::Status::Open);
    record.created = sql::time(query.value(6));
    record.updated = sql::time(query.value(7));
    record.exchangeCount = query.value(8).toInt();
    record.pairFirst = query.value(9).toLongLong();
    record.pairSecond = query.value(10).toLongLong();
    return record;
}

const QString caseColumns = QStringLiteral("c.id, c.title, c.offer, c.partner, c.tracker, c.status, c.created, "
                                           "c.updated, (SELECT COUNT(*) FROM exchanges e WHERE e.case_id = c.id AND "
                                           "e.removed = 0), c.pair_first, c.pair_second");

} // namespace

bool CaseStore::caseExists(qint64 caseId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    query.addBindValue(caseId);
    return query.exec() && query.next();
}

std::optional<QString> CaseStore::touch(qint64 caseId)
{
    QSqlQuery update(QSqlDatabase::database(m_connection));
    update.prepare(QStringLiteral("UPDATE cases SET updated = ?, activity = (SELECT COALESCE(MAX(activity), 0) + 1 "
                                  "FROM cases) WHERE id = ?"));
    update.addBindValue(sql::now());
    update.addBindValue(caseId);
    return run(update);
}

std::optional<QString> CaseStore::reindexCase(qint64 caseId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery words(db);
    words.prepare(QStringLiteral(
        "SELECT title || char(10) || offer || char(10) || partner || char(10) || tracker FROM cases WHERE id = ? "
        "UNION ALL SELECT text FROM notes WHERE case_id = ? "
        "UNION ALL SELECT title || char(10) || substr(text, 1, 65536) FROM attachments WHERE case_id = ? "
        // A reconciliation's files and the click IDs of its causes' examples.
        "UNION ALL SELECT tracker_file || char(10) || partner_file FROM reconciliations WHERE case_id = ? "
        "UNION ALL SELECT example.value FROM reconciliations, json_each(reconciliations.causes) AS cause, "
        "json_each(cause.value, '$.examples') AS example WHERE reconciliations.case_id = ?"));
    for (int i = 0; i < 5; ++i)
        words.addBindValue(caseId);
    if (auto failed = run(words))
        return failed;
    QStringList parts;
    while (words.next())
        parts.append(words.value(0).toString());
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM case_text WHERE rowid = ?"));
    remove.addBindValue(caseId);
    if (auto failed = run(remove))
        return failed;
    if (parts.isEmpty())
        return std::nullopt;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO case_text(rowid, text) VALUES(?, ?)"));
    insert.addBindValue(caseId);
    insert.addBindValue(parts.join(QLatin1Char('\n')));
    return run(insert);
}

Result<qint64, StoreError> CaseStore::createCase(const CaseRecord& record)
{
    qint64 id = 0;
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery insert(QSqlDatabase::database(m_connection));
        insert.prepare(QStringLiteral(
            "INSERT INTO cases(title, offer, partner, tracker, status, created, updated, activity) VALUES(?, ?, ?, ?, "
            "?, ?, ?, (SELECT COALESCE(MAX(activity), 0) + 1 FROM cases))"));
        const QString stamp = sql::now();
        for (const QVariant& value :
             {sql::text(record.title), sql::text(record.offer), sql::text(record.partner), sql::text(record.tracker),
              QVariant(caseStatusKey(record.status)), QVariant(stamp), QVariant(stamp)})
            insert.addBindValue(value);
        if (auto failed = run(insert))
            return failed;
        id = insert.lastInsertId().toLongLong();
        return reindexCase(id);
    });
    if (error)
        return *error;
    return id;
}

Result<void, StoreError> CaseStore::updateCase(const CaseRecord& record)
{
    if (!caseExists(record.id))
        return notFound(StoreError::caseNumber(record.id));
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery update(QSqlDatabase::database(m_connection));
        update.prepare(
            QStringLiteral("UPDATE cases SET title = ?, offer = ?, partner = ?, tracker = ?, status = ? WHERE id = ?"));
        for (const QVariant& value :
             {sql::text(record.title), sql::text(record.offer), sql::text(record.partner), sql::text(record.tracker),
              QVariant(caseStatusKey(record.status)), QVariant(record.id)})
            update.addBindValue(value);
        if (auto failed = run(update))
            return failed;
        if (auto failed = touch(record.id))
            return failed;
        return reindexCase(record.id);
    });
    if (error)
        return *error;
    return {};
}

Result<void, StoreError> CaseStore::setStatus(qint64 caseId, CaseRecord::Status status)
{
    auto record = caseById(caseId);
    if (!record)
        return notFound(StoreError::caseNumber(caseId));
    record->status = status;
    return updateCase(*record);
}

Result<void, StoreError> CaseStore::trashCase(qint64 caseId)
{
    return setTrashed(caseId, true);
}

Result<void, StoreError> CaseStore::restoreCase(qint64 caseId)
{
    return setTrashed(caseId, false);
}

Result<void, StoreError> CaseStore::setTrashed(qint64 caseId, bool trashed)
{
    QSqlQuery update(QSqlDatabase::database(m_connection));
    update.prepare(QStringLiteral("UPDATE cases SET trashed = ? WHERE id = ?"));
    update.addBindValue(trashed ? 1 : 0);
    update.addBindValue(caseId);
    if (auto failed = run(update))
        return failure(*failed);
    if (update.numRowsAffected() == 0)
        return notFound(StoreError::caseNumber(caseId));
    return {};
}

Result<void, StoreError> CaseStore::deleteCase(qint64 caseId)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    const auto error = write([&]() -> std::optional<QString> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        // The case's search rows: one range of rowids.
        QSqlQuery rows(db);
        rows.prepare(QStringLiteral("DELETE FROM exchange_text WHERE rowid BETWEEN ? AND ?"));
        rows.addBindValue(exchangeTextRow(caseId, 0));
        rows.addBindValue(exchangeTextRow(caseId, 0xFFFFFFFF));
        if (auto failed = run(rows))
            return failed;
        for (const QString& statement : {QStringLiteral("DELETE FROM case_text WHERE rowid = ?"),
                                         QStringLiteral("DELETE FROM cases WHERE id = ?")}) {
            QSqlQuery query(db);
            query.prepare(statement);
            query.addBindValue(caseId);
            if (auto failed = run(query))
                return failed;
        }
        return std::nullopt;
    });
    if (error)
        return *error;
    return {};
}

Result<int, StoreError> CaseStore::purgeTrash()
{
    QList<qint64> trashed;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("SELECT id FROM cases WHERE trashed = 1"));
    while (query.next())
        trashed.append(query.value(0).toLongLong());
    for (const qint64 id : trashed) {
        if (auto deleted = deleteCase(id); !deleted)
            return deleted.error();
    }
    if (const auto error = write([&] { return purgeRemovedExchanges(); }))
        return *error;
    return int(trashed.size());
}

Result<CaseRecord, StoreError> CaseStore::caseById(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(caseColumns));
    query.addBindValue(id);
    if (auto failed = run(query))
        return unreadable(*failed);
    if (!query.next())
        return notFound(StoreError::caseNumber(id));
    return caseFrom(query);
}

Result<QList<CaseRecord>, StoreError> CaseStore::cases() const
{
    QList<CaseRecord> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    if (auto failed
        = run(query,
              QStringLiteral("SELECT %1 FROM cases c WHERE c.trashed = 0 ORDER BY c.activity DESC").arg(caseColumns)))
        return unreadable(*failed);
    while (query.next())
        out.append(caseFrom(query));
    return out;
}

Result<QList<qint64>, StoreError> CaseStore::search(const QString& words) const
{
    QList<qint64> out;
    const QString match = ftsQuery(words);
    if (match.isEmpty())
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id FROM cases WHERE trashed = 0 AND (id IN (SELECT rowid FROM case_text WHERE case_text MATCH ?) "
        "OR id IN (SELECT rowid >> 32 FROM exchange_text WHERE exchange_text MATCH ?)) ORDER BY activity DESC"));
    query.addBindValue(match);
    query.addBindValue(match);
    if (auto failed = run(query))
        return unreadable(*failed);
    while (query.next())
        out.append(query.value(0).toLongLong());
    return out;
}

} // namespace pbw

// Exchanges taken out of a case: removed (undoable until purged) or deleted for good.
#include "store/casestore.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace pbw {

Result<void, StoreError> CaseStore::setExchangesRemoved(qint64 caseId, const QList<qint64>& ids, bool removed)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    QList<StoredExchange> found;
    for (const qint64 id : ids) {
        auto stored = exchangeById(id);
        if (!stored || stored->caseId != caseId)
            return notFound(StoreError::exchangeNumber(id));
        found.append(std::move(*stored));
    }
    const auto error = write([&]() -> std::optional<QString> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        for (const StoredExchange& stored : found) {
            const qint64 id = stored.id;
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE exchanges SET removed = ? WHERE id = ?"));
            update.addBindValue(removed ? 1 : 0);
            update.addBindValue(id);
            if (auto failed = run(update))
                return failed;
            // A removed exchange is not found by a search; a restored one is again.
            if (removed) {
                QSqlQuery unindex(db);
                unindex.prepare(QStringLiteral("DELETE FROM exchange_text WHERE rowid = ?"));
                unindex.addBindValue(exchangeTextRow(caseId, id));
                if (auto failed = run(unindex))
                    return failed;
            } else if (auto failed = indexExchange(caseId, id, stored.data)) {
                return failed;
            }
        }
        return touch(caseId);
    });
    if (error)
        return *error;
    return {};
}

Result<void, StoreError> CaseStore::removeExchanges(qint64 caseId, const QList<qint64>& ids)
{
    return setExchangesRemoved(caseId, ids, true);
}

Result<void, StoreError> CaseStore::restoreExchanges(qint64 caseId, const QList<qint64>& ids)
{
    return setExchangesRemoved(caseId, ids, false);
}

Result<QStringList, StoreError> CaseStore::deleteExchanges(qint64 caseId, const QList<qint64>& ids)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    QStringList refs;
    for (const qint64 id : ids) {
        const auto stored = exchangeById(id);
        if (!stored || stored->caseId != caseId)
            return notFound(StoreError::exchangeNumber(id));
        for (const KeptSecret& secret : stored->secrets()) {
            if (!secret.ref.isEmpty())
                refs.append(secret.ref);
        }
    }
    const auto error = write([&]() -> std::optional<QString> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        for (const qint64 id : ids) {
            QSqlQuery unindex(db);
            unindex.prepare(QStringLiteral("DELETE FROM exchange_text WHERE rowid = ?"));
            unindex.addBindValue(exchangeTextRow(caseId, id));
            QSqlQuery remove(db);
            remove.prepare(QStringLiteral("DELETE FROM exchanges WHERE id = ?"));
            remove.addBindValue(id);
            if (auto failed = run(unindex))
                return failed;
            if (auto failed = run(remove))
                return failed;
        }
        return touch(caseId);
    });
    if (error)
        return *error;
    return refs;
}

std::optional<QString> CaseStore::purgeRemovedExchanges()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return run(query, QStringLiteral("DELETE FROM exchanges WHERE removed = 1"));
}

Result<void, StoreError> CaseStore::setComparePair(qint64 caseId, qint64 first, qint64 second)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery update(QSqlDatabase::database(m_connection));
        update.prepare(QStringLiteral("UPDATE cases SET pair_first = ?, pair_second = ? WHERE id = ?"));
        update.addBindValue(sql::idOrNull(first));
        update.addBindValue(sql::idOrNull(second));
        update.addBindValue(caseId);
        if (auto failed = run(update))
            return failed;
        return touch(caseId);
    });
    if (error)
        return *error;
    return {};
}

} // namespace pbw

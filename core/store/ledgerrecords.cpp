// The ledger of re-fired callbacks: planned, in flight, answered; each conversion once per case.
#include "secrets/redaction.h"
#include "store/casestore.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"
#include "util/keys.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace pbw {

namespace {

constexpr const char* stateKeys[] = {"planned", "sending", "sent", "failed", "skipped"};

const QString ledgerColumns = QStringLiteral(
    "id, case_id, key, batch, method, url, state, attempts, planned, started, finished, status, layer, error, "
    "exchange_id");

LedgerEntry entryFrom(const QSqlQuery& query)
{
    LedgerEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.caseId = query.value(1).toLongLong();
    entry.key = query.value(2).toString();
    entry.batch = query.value(3).toString();
    entry.method = query.value(4).toString();
    entry.url = query.value(5).toString();
    entry.state = ledgerStateFromKey(query.value(6).toString()).value_or(LedgerEntry::State::Sending);
    entry.attempts = query.value(7).toInt();
    entry.planned = sql::time(query.value(8));
    entry.started = sql::time(query.value(9));
    entry.finished = sql::time(query.value(10));
    entry.status = query.value(11).toInt();
    entry.layer = query.value(12).toString();
    entry.error = query.value(13).toString();
    entry.exchangeId = query.value(14).toLongLong();
    return entry;
}

} // namespace

QString ledgerStateKey(LedgerEntry::State state)
{
    return QLatin1String(stateKeys[int(state)]);
}

std::optional<LedgerEntry::State> ledgerStateFromKey(const QString& key)
{
    return enumFromKey<LedgerEntry::State>(stateKeys, key);
}

LedgerTotals ledgerTotals(const QList<LedgerEntry>& entries)
{
    LedgerTotals totals;
    for (const LedgerEntry& entry : entries) {
        switch (entry.state) {
        case LedgerEntry::State::Sent:
            ++totals.sent;
            if (entry.layer == layerKey(Verdict::Layer::Ok))
                ++totals.accepted;
            else
                ++totals.refused;
            break;
        case LedgerEntry::State::Failed:
            ++totals.failed;
            break;
        case LedgerEntry::State::Sending:
            ++totals.inFlight;
            break;
        case LedgerEntry::State::Planned:
        case LedgerEntry::State::Skipped:
            ++totals.notSent;
            break;
        }
    }
    return totals;
}

QJsonObject refiredSaid(const QString& key)
{
    return {{QStringLiteral("key"), QStringLiteral("refired")}, {QStringLiteral("args"), QJsonArray{key}}};
}

bool isRefiredSaid(const QJsonObject& said)
{
    return said.value(QLatin1String("key")).toString() == QLatin1String("refired");
}

Result<PlanOutcome, StoreError> CaseStore::planSends(qint64 caseId, const QString& batch,
                                                     const QList<PlannedSend>& sends)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    PlanOutcome outcome;
    const auto error = write([&]() -> std::optional<QString> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO sends(case_id, key, batch, method, url, state, planned) "
                                      "VALUES(?, ?, ?, ?, ?, 'planned', ?)"));
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT %1 FROM sends WHERE case_id = ? AND key = ?").arg(ledgerColumns));
        const QString now = sql::now();
        for (const PlannedSend& send : sends) {
            for (const QVariant& value :
                 {QVariant(caseId), sql::text(send.key), sql::text(batch), sql::text(send.method),
                  sql::text(redactedUrl(send.url, m_secretNames)), QVariant(now)})
                insert.addBindValue(value);
            if (auto failed = run(insert))
                return failed;
            if (insert.numRowsAffected() == 1) {
                ++outcome.planned;
                continue;
            }
            existing.addBindValue(caseId);
            existing.addBindValue(send.key);
            if (auto failed = run(existing))
                return failed;
            if (existing.next())
                outcome.already.append(entryFrom(existing));
            existing.finish();
        }
        return touch(caseId);
    });
    if (error)
        return *error;
    return outcome;
}

Result<QList<LedgerEntry>, StoreError> CaseStore::ledger(qint64 caseId, const QString& batch) const
{
    QList<LedgerEntry> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sends WHERE case_id = ?%2 ORDER BY id")
                      .arg(ledgerColumns, batch.isEmpty() ? QString() : QStringLiteral(" AND batch = ?")));
    query.addBindValue(caseId);
    if (!batch.isEmpty())
        query.addBindValue(batch);
    if (auto failed = run(query))
        return unreadable(*failed);
    while (query.next())
        out.append(entryFrom(query));
    return out;
}

Result<void, StoreError> CaseStore::markSending(const QList<qint64>& entryIds)
{
    // Committed before a byte leaves: if the program dies now, the entries say "in flight". The
    // callbacks about to start together are written in one transaction.
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery update(QSqlDatabase::database(m_connection));
        update.prepare(QStringLiteral("UPDATE sends SET state = 'sending', attempts = attempts + 1, started = ? "
                                      "WHERE id = ? AND state IN ('planned', 'sending')"));
        const QString now = sql::now();
        for (const qint64 entryId : entryIds) {
            update.addBindValue(now);
            update.addBindValue(entryId);
            if (auto failed = run(update))
                return failed;
            if (update.numRowsAffected() != 1)
                return StoreError::tr("not planned");
        }
        return std::nullopt;
    });
    if (error)
        return *error;
    return {};
}

Result<qint64, StoreError> CaseStore::finishSend(qint64 entryId, LedgerEntry::State state, const Exchange& exchange,
                                                 const Verdict& verdict)
{
    QSqlQuery find(QSqlDatabase::database(m_connection));
    find.prepare(QStringLiteral("SELECT case_id, key FROM sends WHERE id = ?"));
    find.addBindValue(entryId);
    if (auto failed = run(find))
        return unreadable(*failed);
    if (!find.next())
        return notFound(StoreError::tr("callback %1 of the ledger").arg(entryId));
    const qint64 caseId = find.value(0).toLongLong();
    const QString key = find.value(1).toString();
    find.finish();
    // The exchange is kept like a replay (redacted, judged) in the same transaction as the outcome.
    QList<KeptSecret> secrets;
    const QJsonObject data = exchangeData(exchange, verdict, &secrets, false);
    qint64 exchangeId = 0;
    const auto error = write([&]() -> std::optional<QString> {
        int number = 0;
        if (auto failed = reserveNumbers(caseId, 1, &number))
            return failed;
        if (auto failed = insertExchange(caseId, number, StoredExchange::Role::Corrected,
                                         StoreError::tr("Re-fired for %1").arg(key), sql::now(), data, &exchangeId,
                                         refiredSaid(key)))
            return failed;
        QSqlQuery update(QSqlDatabase::database(m_connection));
        update.prepare(QStringLiteral("UPDATE sends SET state = ?, finished = ?, status = ?, layer = ?, error = ?, "
                                      "exchange_id = ? WHERE id = ?"));
        for (const QVariant& value :
             {QVariant(ledgerStateKey(state)), QVariant(sql::now()),
              exchange.response ? QVariant(exchange.response->status) : QVariant(), QVariant(layerKey(verdict.layer)),
              sql::text(exchange.error ? exchange.error->message() : verdict.summary), QVariant(exchangeId),
              QVariant(entryId)})
            update.addBindValue(value);
        if (auto failed = run(update))
            return failed;
        return touch(caseId);
    });
    if (error)
        return *error;
    return exchangeId;
}

Result<int, StoreError> CaseStore::replanSends(qint64 caseId, const QStringList& keys)
{
    int replanned = 0;
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery update(QSqlDatabase::database(m_connection));
        update.prepare(
            QStringLiteral("UPDATE sends SET state = 'planned' WHERE case_id = ? AND key = ? AND state != 'planned'"));
        for (const QString& key : keys) {
            update.addBindValue(caseId);
            update.addBindValue(key);
            if (auto failed = run(update))
                return failed;
            replanned += update.numRowsAffected();
        }
        return std::nullopt;
    });
    if (error)
        return *error;
    return replanned;
}

} // namespace pbw

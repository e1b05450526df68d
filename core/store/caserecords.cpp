// Cases and their exchanges: reads and writes, each write in one transaction.
#include "analysis/verdict.h"
#include "io/exchangejson.h"
#include "io/verdictjson.h"
#include "net/exchange.h"
#include "store/casestore.h"
#include "store/redaction.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pbw {

namespace {

// SQLite reads a null QString as NULL: the text columns are NOT NULL, so empty stays empty.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

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
    record.notes = query.value(6).toString();
    record.created = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    record.updated = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    record.exchangeCount = query.value(9).toInt();
    return record;
}

const QString caseColumns
    = QStringLiteral("c.id, c.title, c.offer, c.partner, c.tracker, c.status, c.notes, c.created, c.updated, "
                     "(SELECT COUNT(*) FROM exchanges e WHERE e.case_id = c.id)");

} // namespace

Result<qint64, StoreError> CaseStore::createCase(const CaseRecord& record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    qint64 id = 0;
    const auto error = inTransaction(db, [&]() -> std::optional<QString> {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO cases(title, offer, partner, tracker, status, notes, created, "
            "updated, activity) VALUES(?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(activity), 0) + 1 FROM cases))"));
        const QString stamp = now();
        for (const QVariant& value :
             {text(record.title), text(record.offer), text(record.partner), text(record.tracker),
              QVariant(caseStatusKey(record.status)), text(record.notes), QVariant(stamp), QVariant(stamp)})
            insert.addBindValue(value);
        if (auto failed = run(insert))
            return failed;
        id = insert.lastInsertId().toLongLong();
        QSqlQuery index(db);
        index.prepare(QStringLiteral("INSERT INTO search(case_id, text) VALUES(?, ?)"));
        index.addBindValue(id);
        index.addBindValue(
            text(QStringList{record.title, record.offer, record.partner, record.tracker, record.notes}.join(
                QLatin1Char('\n'))));
        return run(index);
    });
    if (error)
        return failure(*error);
    return id;
}

std::optional<CaseRecord> CaseStore::caseById(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(caseColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return caseFrom(query);
}

QList<CaseRecord> CaseStore::cases() const
{
    QList<CaseRecord> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("SELECT %1 FROM cases c ORDER BY c.activity DESC").arg(caseColumns));
    while (query.next())
        out.append(caseFrom(query));
    return out;
}

Result<bool, StoreError> CaseStore::setStatus(qint64 caseId, CaseRecord::Status status)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE cases SET status = ?, updated = ?, activity = (SELECT "
                                  "COALESCE(MAX(activity), 0) + 1 FROM cases) WHERE id = ?"));
    update.addBindValue(caseStatusKey(status));
    update.addBindValue(now());
    update.addBindValue(caseId);
    if (!update.exec())
        return failure(update.lastError().text());
    if (update.numRowsAffected() == 0)
        return StoreError{StoreError::Kind::NotFound, m_path, QString::number(caseId)};
    return true;
}

Result<qint64, StoreError> CaseStore::addExchange(qint64 caseId, StoredExchange::Role role, const Exchange& exchange,
                                                  const Verdict& verdict)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    exists.addBindValue(caseId);
    if (!exists.exec() || !exists.next())
        return StoreError{StoreError::Kind::NotFound, m_path, QString::number(caseId)};
    const Exchange safe = redactedExchange(exchange);
    QJsonObject data = exchangeToJson(safe);
    data.insert(QStringLiteral("verdict"), verdictToJson(verdict));
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));

    qint64 id = 0;
    const auto error = inTransaction(db, [&]() -> std::optional<QString> {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO exchanges(case_id, role, saved, method, url, status, layer, data) "
                                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(caseId);
        insert.addBindValue(roleKey(role));
        insert.addBindValue(now());
        insert.addBindValue(QString::fromLatin1(safe.request.method));
        insert.addBindValue(text(safe.request.url));
        insert.addBindValue(safe.response ? QVariant(safe.response->status) : QVariant());
        insert.addBindValue(layerKey(verdict.layer));
        insert.addBindValue(json);
        if (auto failed = run(insert))
            return failed;
        id = insert.lastInsertId().toLongLong();
        QSqlQuery index(db);
        index.prepare(QStringLiteral("INSERT INTO search(case_id, text) VALUES(?, ?)"));
        index.addBindValue(caseId);
        index.addBindValue(safe.request.input + QLatin1Char('\n')
                           + (safe.response ? safe.response->text.left(64 * 1024) : QString()));
        if (auto failed = run(index))
            return failed;
        QSqlQuery touch(db);
        touch.prepare(QStringLiteral("UPDATE cases SET updated = ?, activity = (SELECT COALESCE(MAX(activity), 0) + 1 "
                                     "FROM cases) WHERE id = ?"));
        touch.addBindValue(now());
        touch.addBindValue(caseId);
        return run(touch);
    });
    if (error)
        return failure(*error);
    return id;
}

QList<StoredExchange> CaseStore::exchanges(qint64 caseId) const
{
    QList<StoredExchange> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT id, role, note, saved, data FROM exchanges WHERE case_id = ? ORDER BY id"));
    query.addBindValue(caseId);
    query.exec();
    while (query.next()) {
        StoredExchange stored;
        stored.id = query.value(0).toLongLong();
        stored.caseId = caseId;
        stored.role = roleFromKey(query.value(1).toString()).value_or(StoredExchange::Role::Other);
        stored.note = query.value(2).toString();
        stored.saved = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        stored.data = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        out.append(stored);
    }
    return out;
}

QList<qint64> CaseStore::search(const QString& words) const
{
    QList<qint64> out;
    const QString match = ftsQuery(words);
    if (match.isEmpty())
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT DISTINCT case_id FROM search WHERE search MATCH ? ORDER BY case_id DESC"));
    query.addBindValue(match);
    query.exec();
    while (query.next())
        out.append(query.value(0).toLongLong());
    return out;
}

} // namespace pbw

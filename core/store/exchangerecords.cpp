// Exchanges kept in a case: saved once, complete and redacted; only role and note change later.
#include "analysis/verdict.h"
#include "io/exchangejson.h"
#include "io/verdictjson.h"
#include "net/exchange.h"
#include "secrets/redaction.h"
#include "secrets/secretvalues.h"
#include "store/casestore.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace pbw {

namespace {

const QString exchangeColumns = QStringLiteral("id, case_id, role, note, saved, data, number, note_said");

StoredExchange exchangeFrom(const QSqlQuery& query)
{
    StoredExchange stored;
    stored.id = query.value(0).toLongLong();
    stored.caseId = query.value(1).toLongLong();
    stored.role = roleFromKey(query.value(2).toString()).value_or(StoredExchange::Role::Other);
    stored.note = query.value(3).toString();
    stored.saved = sql::time(query.value(4));
    stored.data = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    stored.number = query.value(6).toInt();
    stored.noteSaid = sql::object(query.value(7));
    return stored;
}

} // namespace

Exchange StoredExchange::exchange() const
{
    return exchangeFromJson(data);
}

Verdict StoredExchange::verdict() const
{
    return verdictFromJson(data.value(QStringLiteral("verdict")).toObject());
}

QList<KeptSecret> StoredExchange::secrets() const
{
    return secretsFromJson(data.value(QStringLiteral("secrets")).toArray());
}

QJsonObject StoredExchange::dataWith(const Exchange& replaced, const QList<FoundSecret>& found) const
{
    QJsonObject out = exchangeToJson(replaced);
    for (const QString& key : {QStringLiteral("verdict"), QStringLiteral("secrets")}) {
        if (data.contains(key))
            out.insert(key, data.value(key));
    }
    if (!found.isEmpty()) {
        if (data.contains(QStringLiteral("verdict")))
            out.insert(QStringLiteral("verdict"), verdictToJson(withoutSecretValues(verdict(), found)));
        QJsonArray recorded = out.value(QStringLiteral("secrets")).toArray();
        for (const FoundSecret& secret : found)
            recorded.append(secretsToJson({KeptSecret{secret, QString()}}).first());
        out.insert(QStringLiteral("secrets"), recorded);
    }
    return out;
}

std::optional<QString> CaseStore::reserveNumbers(qint64 caseId, int count, int* first)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE cases SET last_number = last_number + ? WHERE id = ?"));
    update.addBindValue(count);
    update.addBindValue(caseId);
    if (auto failed = run(update))
        return failed;
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT last_number FROM cases WHERE id = ?"));
    read.addBindValue(caseId);
    if (auto failed = run(read))
        return failed;
    if (!read.next())
        return StoreError::tr("the case is missing");
    *first = read.value(0).toInt() - count + 1;
    return std::nullopt;
}

std::optional<QString> CaseStore::insertExchange(qint64 caseId, int number, StoredExchange::Role role,
                                                 const QString& note, const QString& saved, const QJsonObject& data,
                                                 qint64* id, const QJsonObject& noteSaid)
{
    const QJsonObject request = data.value(QStringLiteral("request")).toObject();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO exchanges(case_id, number, role, note, saved, method, url, status, "
                                  "layer, data, note_said) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QJsonValue response = data.value(QStringLiteral("response"));
    for (const QVariant& value :
         {QVariant(caseId), QVariant(number), QVariant(roleKey(role)), sql::text(note), QVariant(saved),
          sql::text(request.value(QStringLiteral("method")).toString()),
          sql::text(request.value(QStringLiteral("url")).toString()),
          response.isObject() ? QVariant(response.toObject().value(QStringLiteral("status")).toInt()) : QVariant(),
          sql::text(data.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("layer")).toString()),
          QVariant(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))), sql::object(noteSaid)})
        insert.addBindValue(value);
    if (auto failed = run(insert))
        return failed;
    *id = insert.lastInsertId().toLongLong();
    return indexExchange(caseId, *id, data);
}

std::optional<QString> CaseStore::indexExchange(qint64 caseId, qint64 id, const QJsonObject& data)
{
    const QJsonObject request = data.value(QStringLiteral("request")).toObject();
    QSqlQuery index(QSqlDatabase::database(m_connection));
    index.prepare(QStringLiteral("INSERT INTO exchange_text(rowid, case_id, text) VALUES(?, ?, ?)"));
    index.addBindValue(exchangeTextRow(caseId, id));
    index.addBindValue(caseId);
    const QJsonObject answer = data.value(QStringLiteral("response")).toObject();
    const bool textBody = answer.value(QStringLiteral("body_encoding")).toString() == QLatin1String("text");
    index.addBindValue(request.value(QStringLiteral("input")).toString() + QLatin1Char('\n')
                       + (textBody ? answer.value(QStringLiteral("body")).toString().left(64 * 1024) : QString()));
    return run(index);
}

QJsonObject CaseStore::exchangeData(const Exchange& exchange, const Verdict& verdict, QList<KeptSecret>* secrets,
                                    bool keep) const
{
    const Redacted redacted = redact(exchange, m_secretNames);
    QJsonObject data = exchangeToJson(redacted.exchange);
    // The verdict quotes the answer: what was taken out of the answer goes from its evidence too.
    data.insert(QStringLiteral("verdict"), verdictToJson(withoutSecretValues(verdict, redacted.secrets)));
    for (const FoundSecret& found : redacted.secrets)
        secrets->append(KeptSecret{found, keep ? newSecretRef() : QString()});
    if (!secrets->isEmpty())
        data.insert(QStringLiteral("secrets"), secretsToJson(*secrets));
    return data;
}

Result<qint64, StoreError> CaseStore::addExchange(qint64 caseId, StoredExchange::Role role, const Exchange& exchange,
                                                  const Verdict& verdict, QList<KeptSecret>* toKeep)
{
    if (!caseExists(caseId))
        return notFound(StoreError::caseNumber(caseId));
    QList<KeptSecret> secrets;
    const QJsonObject data = exchangeData(exchange, verdict, &secrets, toKeep != nullptr);
    qint64 id = 0;
    const auto error = write([&]() -> std::optional<QString> {
        int number = 0;
        if (auto failed = reserveNumbers(caseId, 1, &number))
            return failed;
        if (auto failed = insertExchange(caseId, number, role, QString(), sql::now(), data, &id))
            return failed;
        return touch(caseId);
    });
    if (error)
        return *error;
    if (toKeep)
        *toKeep = secrets;
    return id;
}

Result<void, StoreError> CaseStore::setExchangeRole(qint64 exchangeId, StoredExchange::Role role, const QString& note)
{
    const auto stored = exchangeById(exchangeId);
    if (!stored)
        return notFound(StoreError::exchangeNumber(exchangeId));
    const auto error = write([&]() -> std::optional<QString> {
        QSqlQuery update(QSqlDatabase::database(m_connection));
        // The user's own words replace the program's; an unchanged note stays the program's.
        const bool same = note == stored->note;
        update.prepare(QStringLiteral("UPDATE exchanges SET role = ?, note = ?, note_said = %1 WHERE id = ?")
                           .arg(same ? QStringLiteral("note_said") : QStringLiteral("NULL")));
        update.addBindValue(roleKey(role));
        update.addBindValue(sql::text(note));
        update.addBindValue(exchangeId);
        if (auto failed = run(update))
            return failed;
        return touch(stored->caseId);
    });
    if (error)
        return *error;
    return {};
}

Result<QList<StoredExchange>, StoreError> CaseStore::exchanges(qint64 caseId) const
{
    QList<StoredExchange> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM exchanges WHERE case_id = ? AND removed = 0 ORDER BY id").arg(exchangeColumns));
    query.addBindValue(caseId);
    if (auto failed = run(query))
        return unreadable(*failed);
    while (query.next())
        out.append(exchangeFrom(query));
    return out;
}

Result<StoredExchange, StoreError> CaseStore::exchangeById(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT %1 FROM exchanges WHERE id = ?").arg(exchangeColumns));
    query.addBindValue(id);
    if (auto failed = run(query))
        return unreadable(*failed);
    if (!query.next())
        return notFound(StoreError::exchangeNumber(id));
    return exchangeFrom(query);
}

Result<StoredExchange, StoreError> CaseStore::exchangeByNumber(qint64 caseId, int number) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT %1 FROM exchanges WHERE case_id = ? AND number = ? AND removed = 0")
                      .arg(exchangeColumns));
    query.addBindValue(caseId);
    query.addBindValue(number);
    if (auto failed = run(query))
        return unreadable(*failed);
    if (!query.next())
        return notFound(StoreError::exchangeOfCase(number, caseId));
    return exchangeFrom(query);
}

Result<QStringList, StoreError> CaseStore::secretRefsWhere(const QString& condition, const QVariantList& values) const
{
    QStringList refs;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json_extract(secret.value, '$.ref') FROM exchanges, "
                                 "json_each(exchanges.data, '$.secrets') AS secret WHERE %1")
                      .arg(condition));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (auto failed = run(query))
        return unreadable(*failed);
    while (query.next()) {
        if (const QString ref = query.value(0).toString(); !ref.isEmpty())
            refs.append(ref);
    }
    return refs;
}

Result<QStringList, StoreError> CaseStore::secretRefs(qint64 caseId) const
{
    return secretRefsWhere(QStringLiteral("exchanges.case_id = ?"), {caseId});
}

Result<QStringList, StoreError> CaseStore::trashedSecretRefs() const
{
    return secretRefsWhere(
        QStringLiteral("(exchanges.removed = 1 OR exchanges.case_id IN (SELECT id FROM cases WHERE trashed = 1))"), {});
}

} // namespace pbw

#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace pbw {

// Runs fn inside one transaction: committed when fn returns no error, rolled back otherwise.
template <typename Fn> std::optional<QString> inTransaction(QSqlDatabase& db, Fn fn)
{
    if (!db.transaction())
        return db.lastError().text();
    if (auto error = fn()) {
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return error;
    }
    return std::nullopt;
}

// Executes a prepared (or given) statement; its error, if any.
inline std::optional<QString> run(QSqlQuery& query, const QString& statement = {})
{
    if (statement.isEmpty() ? query.exec() : query.exec(statement))
        return std::nullopt;
    return query.lastError().text();
}

} // namespace pbw

#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace pbw {

// Executes a prepared (or given) statement; its error, if any. A statement that could not be
// prepared (a missing table) gives SQLite's reason, not Qt's "Parameter count mismatch".
inline std::optional<QString> run(QSqlQuery& query, const QString& statement = {})
{
    if (statement.isEmpty() && !query.isActive() && query.lastError().isValid())
        return query.lastError().text();
    if (statement.isEmpty() ? query.exec() : query.exec(statement))
        return std::nullopt;
    return query.lastError().text();
}

// Runs fn inside one transaction: committed when fn returns no error, rolled back otherwise.
// BEGIN IMMEDIATE takes the write lock up front, so a second writer (the GUI and pbw at once) waits
// for the busy timeout instead of failing half-way when it upgrades from reading to writing.
template <typename Fn> std::optional<QString> inTransaction(QSqlDatabase& db, Fn fn)
{
    QSqlQuery control(db);
    if (auto failed = run(control, QStringLiteral("BEGIN IMMEDIATE")))
        return failed;
    auto error = fn();
    if (!error)
        error = run(control, QStringLiteral("COMMIT"));
    if (error)
        control.exec(QStringLiteral("ROLLBACK"));
    return error;
}

} // namespace pbw

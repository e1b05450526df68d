#pragma once

// Runs SQL on a file behind the case store's back (another program's database, a vandal, an older
// version): its own connection, opened, used and removed here. The first failure's text, or empty.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace pbw::test {

inline QString runRawSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString connection = QStringLiteral("raw-sql-%1").arg(++counter);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            failure = db.lastError().text();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (failure.isEmpty() && !query.exec(statement))
                failure = statement + QStringLiteral(": ") + query.lastError().text();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

} // namespace pbw::test

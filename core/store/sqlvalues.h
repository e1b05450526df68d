#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace pbw::sql {

// SQLite reads a null QString as NULL: the text columns are NOT NULL, so empty stays empty.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// 0 means "none" in the value types; NULL in the database.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// A JSON object in a TEXT column; empty is NULL.
inline QVariant object(const QJsonObject& value)
{
    return value.isEmpty() ? QVariant()
                           : QVariant(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

inline QJsonObject object(const QVariant& value)
{
    return value.isNull() ? QJsonObject() : QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime time(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace pbw::sql

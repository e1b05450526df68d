#pragma once

// The documented answers of tests/data/answer-corpus, read the one way tst_answercorpus judges them
// and pbw-verdict-bench times them.
#include "net/bodytext.h"
#include "net/exchange.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbw::test {

struct CorpusEntry
{
    QString file; // its file's name, "everflow.json"
    QJsonObject object; // platform, status, content_type, body, bucket…
};

inline QList<CorpusEntry> answerCorpus(const QString& sourceDir)
{
    QList<CorpusEntry> entries;
    const QDir folder(sourceDir + QStringLiteral("/tests/data/answer-corpus"));
    for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array())
            entries.append({name, value.toObject()});
    }
    return entries;
}

// The entry's answer as the replayer keeps it: its status, Content-Type and body decoded with the
// charset the type names.
inline ReceivedResponse corpusAnswer(const QJsonObject& entry)
{
    ReceivedResponse response;
    response.status = entry.value(QLatin1String("status")).toInt();
    response.reason = "OK";
    response.contentType = entry.value(QLatin1String("content_type")).toString(QStringLiteral("text/plain")).toUtf8();
    response.headers = {{"Content-Type", response.contentType}};
    response.body = entry.value(QLatin1String("body")).toString().toUtf8();
    response.bodySize = response.body.size();
    const BodyText text = decodeBody(response.body, response.contentType);
    response.text = text.text;
    response.isBinary = text.isBinary;
    return response;
}

} // namespace pbw::test

#include "export/exportredaction.h"

#include "io/exchangejson.h"
#include "secrets/secretkeeper.h"
#include "text/saidtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace pbw {

namespace {

QString replaced(QString text, const QStringList& marked)
{
    for (const QString& value : marked) {
        if (!value.isEmpty())
            text.replace(value, QLatin1String(redactedMark));
    }
    return text;
}

QByteArray replaced(QByteArray bytes, const QStringList& marked)
{
    for (const QString& value : marked) {
        if (!value.isEmpty())
            bytes.replace(value.toUtf8(), redactedMark);
    }
    return bytes;
}

bool holdsAny(const QString& text, const QStringList& marked)
{
    for (const QString& value : marked) {
        if (!value.isEmpty() && text.contains(value))
            return true;
    }
    return false;
}

void replaceIn(Exchange& exchange, const QStringList& marked)
{
    SentRequest& request = exchange.request;
    request.input = replaced(request.input, marked);
    request.url = replaced(request.url, marked);
    request.target = replaced(request.target, marked);
    request.body = replaced(request.body, marked);
    for (auto& header : request.headers)
        header.second = replaced(header.second, marked);
    if (exchange.response) {
        ReceivedResponse& response = *exchange.response;
        response.body = replaced(response.body, marked);
        response.text = replaced(response.text, marked);
        response.finalUrl = replaced(response.finalUrl, marked);
        for (auto& header : response.headers)
            header.second = replaced(header.second, marked);
    }
}

} // namespace

QList<RedactionItem> redactionItems(const CaseBundle& bundle, const SecretNames& names)
{
    QList<RedactionItem> items;
    for (const StoredExchange& stored : bundle.exchanges) {
        for (const KeptSecret& kept : stored.secrets()) {
            RedactionItem item;
            item.exchange = int(stored.id);
            item.number = stored.number > 0 ? stored.number : int(stored.id);
            item.where = kept.secret.where;
            item.name = kept.secret.name;
            item.removedWhenSaved = true;
            item.echoed = kept.secret.echoed;
            items.append(item);
        }
    }
    for (const StoredExchange& stored : bundle.exchanges) {
        for (const FoundSecret& found : redact(stored.exchange(), names).secrets) {
            RedactionItem item;
            item.exchange = int(stored.id);
            item.number = stored.number > 0 ? stored.number : int(stored.id);
            item.where = found.where;
            item.name = found.name;
            item.echoed = found.echoed;
            items.append(item);
        }
    }
    return items;
}

CaseBundle redactedForExport(CaseBundle bundle, const SecretNames& names, const QStringList& marked,
                             const QSet<qsizetype>& leave)
{
    qsizetype index = 0;
    for (const StoredExchange& stored : std::as_const(bundle.exchanges))
        index += stored.secrets().size();
    for (StoredExchange& stored : bundle.exchanges) {
        // The program's words go out told in the language of the export, as plain text.
        stored.note = replaced(shownNote(stored), marked);
        stored.noteSaid = {};
        const Exchange original = stored.exchange();
        Redacted redacted = redact(original, names);
        QList<FoundSecret> left;
        QList<FoundSecret> taken;
        for (const FoundSecret& found : std::as_const(redacted.secrets))
            (leave.contains(index++) ? left : taken).append(found);
        const QString json = QString::fromUtf8(QJsonDocument(stored.data).toJson(QJsonDocument::Compact));
        if (taken.isEmpty() && !holdsAny(json, marked))
            continue; // untouched: the same bytes as in the store
        Exchange safe = withSecrets(redacted.exchange, left);
        replaceIn(safe, marked);
        stored.data = stored.dataWith(safe, taken);
    }
    for (CaseNote& note : bundle.notes) {
        note.text = replaced(shownText(note), marked);
        note.said = {};
    }
    for (Attachment& attachment : bundle.attachments) {
        attachment.title = replaced(attachment.title, marked);
        attachment.text = replaced(attachment.text, marked);
    }
    return bundle;
}

void readKeptSecrets(SecretStore& keychain, const CaseBundle& bundle, KeptValuesDone done)
{
    struct Gathered
    {
        QHash<int, QList<FoundSecret>> values;
        int missing = 0;
        QString problem;
        int pending = 1; // released after the loop, so done runs once, last
        KeptValuesDone done;
        void finish()
        {
            if (--pending == 0)
                done(values, missing, problem);
        }
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->done = std::move(done);
    for (const StoredExchange& stored : bundle.exchanges) {
        const auto recorded = stored.secrets();
        if (recorded.isEmpty())
            continue;
        ++gathered->pending;
        restoreSecrets(keychain, recorded, [gathered, number = int(stored.id)](const SecretsOutcome& outcome) {
            gathered->values.insert(number, outcome.restored);
            gathered->missing += outcome.missing;
            if (gathered->problem.isEmpty())
                gathered->problem = outcome.message;
            gathered->finish();
        });
    }
    gathered->finish();
}

CaseBundle withKeptSecrets(CaseBundle bundle, const QHash<int, QList<FoundSecret>>& secrets)
{
    for (StoredExchange& stored : bundle.exchanges) {
        const auto values = secrets.value(int(stored.id));
        if (values.isEmpty())
            continue;
        QJsonObject data = exchangeToJson(withSecrets(stored.exchange(), values));
        if (stored.data.contains(QStringLiteral("verdict")))
            data.insert(QStringLiteral("verdict"), stored.data.value(QStringLiteral("verdict")));
        stored.data = data;
    }
    return bundle;
}

} // namespace pbw

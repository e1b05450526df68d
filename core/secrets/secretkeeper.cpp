#include "secrets/secretkeeper.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>
#include <memory>

namespace pbw {

namespace {

// Counts answers of a batch of keychain operations and reports once, after the last.
struct Batch
{
    SecretsOutcome outcome;
    qsizetype pending = 0;
    SecretsDone done;

    void answer(const SecretOutcome& result)
    {
        if (result.ok()) {
            ++outcome.done;
        } else {
            ++outcome.missing;
            outcome.noKeychain = outcome.noKeychain || result.status == SecretOutcome::Status::NoKeychain;
            if (outcome.message.isEmpty())
                outcome.message = result.message;
        }
        if (--pending == 0)
            done(outcome);
    }
};

template <typename Item, typename Start>
void runBatch(const QList<Item>& items, SecretsOutcome initial, SecretsDone done, Start start)
{
    auto batch = std::make_shared<Batch>();
    batch->outcome = std::move(initial);
    batch->done = std::move(done);
    batch->pending = items.size();
    if (items.isEmpty()) {
        batch->done(batch->outcome);
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        start(items.at(i), i, batch);
}

} // namespace

QJsonArray secretsToJson(const QList<KeptSecret>& secrets)
{
    QJsonArray array;
    for (const KeptSecret& kept : secrets) {
        QJsonObject object{{QStringLiteral("where"), secretPlaceKey(kept.secret.where)},
                           {QStringLiteral("name"), kept.secret.name},
                           {QStringLiteral("ref"), kept.ref.isEmpty() ? QJsonValue() : QJsonValue(kept.ref)}};
        if (kept.secret.echoed > 0)
            object.insert(QStringLiteral("echoed"), kept.secret.echoed);
        array.append(object);
    }
    return array;
}

QList<KeptSecret> secretsFromJson(const QJsonArray& array)
{
    QList<KeptSecret> out;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        const auto where = secretPlaceFromKey(object.value(QStringLiteral("where")).toString());
        if (!where)
            continue;
        KeptSecret kept;
        kept.secret.where = *where;
        kept.secret.name = object.value(QStringLiteral("name")).toString();
        kept.ref = object.value(QStringLiteral("ref")).toString();
        kept.secret.echoed = object.value(QStringLiteral("echoed")).toInt();
        out.append(kept);
    }
    return out;
}

QString newSecretRef()
{
    return QStringLiteral("exchange-secret/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void keepSecrets(SecretStore& store, const QList<KeptSecret>& secrets, SecretsDone done)
{
    runBatch(secrets, {}, std::move(done), [&store](const KeptSecret& kept, qsizetype, auto batch) {
        store.write(kept.ref, kept.secret.value.toUtf8(),
                    [batch](const SecretOutcome& result) { batch->answer(result); });
    });
}

void restoreSecrets(SecretStore& store, const QList<KeptSecret>& recorded, SecretsDone done)
{
    QList<KeptSecret> kept;
    SecretsOutcome initial;
    for (const KeptSecret& secret : recorded) {
        if (secret.ref.isEmpty()) {
            ++initial.missing;
            if (initial.message.isEmpty())
                initial.message = QCoreApplication::translate(
                                      "pbw::Secrets", "The value of %1 was not kept when the exchange was saved.")
                                      .arg(secret.secret.name);
        } else {
            kept.append(secret);
        }
    }
    auto found = std::make_shared<QList<std::optional<FoundSecret>>>(kept.size());
    // The values land in their recorded order whatever order the keychain answers in.
    auto finish = [found, done = std::move(done)](SecretsOutcome outcome) {
        outcome.restored.clear();
        for (const auto& secret : std::as_const(*found)) {
            if (secret)
                outcome.restored.append(*secret);
        }
        done(outcome);
    };
    runBatch(kept, initial, finish, [&store, found](const KeptSecret& secret, qsizetype index, auto batch) {
        store.read(secret.ref, [batch, found, secret, index](const SecretOutcome& result) {
            SecretOutcome reported = result;
            if (result.ok()) {
                FoundSecret value = secret.secret;
                value.value = QString::fromUtf8(result.value);
                (*found)[index] = value;
            } else if (result.status == SecretOutcome::Status::NotFound) {
                reported.message
                    = QCoreApplication::translate("pbw::Secrets", "The keychain no longer holds the value of %1.")
                          .arg(secret.secret.name);
            }
            batch->answer(reported);
        });
    });
}

void forgetSecrets(SecretStore& store, const QStringList& refs, SecretsDone done)
{
    runBatch(refs, {}, std::move(done), [&store](const QString& ref, qsizetype, auto batch) {
        store.remove(ref, [batch](const SecretOutcome& result) {
            // An entry already gone is forgotten all the same.
            SecretOutcome counted = result;
            if (result.status == SecretOutcome::Status::NotFound)
                counted.status = SecretOutcome::Status::Done;
            batch->answer(counted);
        });
    });
}

} // namespace pbw

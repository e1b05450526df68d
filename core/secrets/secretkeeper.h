#pragma once

#include "secrets/redaction.h"

#include <QJsonArray>
#include <QStringList>
#include <functional>

namespace pbw {

class SecretStore;

// A secret taken out of a saved exchange, and the keychain entry that keeps it (empty: not kept).
struct KeptSecret
{
    FoundSecret secret;
    QString ref;
};

// What a saved exchange records of its secrets: [{where, name, ref, echoed}] (ref null when not
// kept; echoed only when the answer repeated the value).
QJsonArray secretsToJson(const QList<KeptSecret>& secrets);
QList<KeptSecret> secretsFromJson(const QJsonArray& array); // values empty
QString newSecretRef(); // a fresh keychain key for one secret

// How keeping, restoring or forgetting went, in counts and one translated message.
struct SecretsOutcome
{
    int done = 0;
    int missing = 0; // not kept, not found, or the keychain failed
    bool noKeychain = false;
    QString message; // the first problem; empty when none
    QList<FoundSecret> restored; // restoreSecrets: the values found, in the recorded order
};
using SecretsDone = std::function<void(const SecretsOutcome&)>;

// Writes each secret under its ref. done runs once, after the last answer.
void keepSecrets(SecretStore& store, const QList<KeptSecret>& secrets, SecretsDone done);
// Reads the values back for the refs recorded with an exchange.
void restoreSecrets(SecretStore& store, const QList<KeptSecret>& recorded, SecretsDone done);
// Removes the entries (a case deleted for good takes its secrets with it).
void forgetSecrets(SecretStore& store, const QStringList& refs, SecretsDone done);

} // namespace pbw

#pragma once

#include "secrets/redaction.h"
#include "store/casebundle.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace pbw {

// One thing an export takes out (or already has out) of a case, for the user to see and choose.
struct RedactionItem
{
    int exchange = 0; // its position in the bundle
    int number = 0; // its number in the case (what the user sees)
    FoundSecret::Where where = FoundSecret::Where::Query;
    QString name;
    bool removedWhenSaved = false; // the store never had the value: nothing to choose
    int echoed = 0; // places the answer repeated the value, removed with it
};

// What an export of this bundle redacts with these names: secrets the store already removed, then
// secrets found now (names added since the exchange was saved), in exchange order.
QList<RedactionItem> redactionItems(const CaseBundle& bundle, const SecretNames& names);

// The bundle as it leaves the machine: secrets found now are replaced by the mark unless their item
// index is in leave; every occurrence of a marked value (anywhere in the exchanges, notes and
// attachment texts) too. What does not change keeps its bytes.
CaseBundle redactedForExport(CaseBundle bundle, const SecretNames& names, const QStringList& marked = {},
                             const QSet<qsizetype>& leave = {});

class SecretStore;

// The values the keychain kept for a bundle's exchanges (read with keepSecretRefs), by exchange
// number; done runs once, after the last answer, with how many were missing and the first reason.
using KeptValuesDone
    = std::function<void(const QHash<int, QList<FoundSecret>>& values, int missing, const QString& problem)>;
void readKeptSecrets(SecretStore& keychain, const CaseBundle& bundle, KeptValuesDone done);

// The kept values put back (the user asked for an export without redaction): secrets[exchange
// number] as the keychain gave them.
CaseBundle withKeptSecrets(CaseBundle bundle, const QHash<int, QList<FoundSecret>>& secrets);

} // namespace pbw

#pragma once

#include "secrets/secretnames.h"
#include "store/casetypes.h"
#include "store/reconciliationrecord.h"
#include "store/sendledger.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace pbw {

class CaseStore;

// Everything one case holds, as one value: what an export writes and an import reads. Inside a
// bundle, exchanges, notes and attachments have ids 1, 2, 3… in their order (their positions), and
// the checklist's evidence and the compared pair name those positions, so a bundle does not depend on
// any store's ids. An exchange keeps its number in the case (StoredExchange::number): what people
// call it.
struct CaseBundle
{
    CaseRecord record; // id: 0
    QList<ChecklistStep> checklist;
    QList<CaseNote> notes;
    QList<Attachment> attachments;
    QList<StoredExchange> exchanges; // data as the store keeps it; secrets' keychain refs dropped
    QList<ReconciliationRecord> reconciliations; // ids 0, in the order kept
    // The ledger of re-fired callbacks, as the partner's report tells it (not in the case file: the
    // ledger stays with the store that sent them).
    LedgerTotals ledger;
    QSet<qint64> refiredByLedger; // positions of exchanges the ledger kept for a re-fired callback

    // For an import (CaseStore::importCase): the exchanges were already checked for secrets with the
    // store's secret names (checkedForSecrets, off the window's thread), so the store only writes.
    bool secretsChecked = false;
    // For an import: the exchanges, notes and attachments go into this case (its record and checklist
    // are left as they are) instead of a new one.
    qint64 intoCase = 0;

    // What people (and the case file) call the exchange at this position: its number in the case,
    // or the position when it has none; 0 for no exchange.
    qint64 exchangeNumber(qint64 position) const;
    // The exchange at this position was kept for a callback a batch re-fired.
    bool isRefired(qint64 position) const;
};

// The case as the store holds it, renumbered; the store's error when it is missing or unreadable. The keychain
// refs of its secrets are dropped unless asked for (to read the values back before they go).
Result<CaseBundle, StoreError> bundleOf(const CaseStore& store, qint64 caseId, bool keepSecretRefs = false);

// The bundle with every exchange checked for secrets with names (a file may come from anywhere): any
// found are redacted and recorded as not kept; a clean exchange keeps its data as it is.
CaseBundle checkedForSecrets(CaseBundle bundle, const SecretNames& names);

// Why a file cannot be imported, in words for the user.
struct ImportProblem
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblem)

public:
    enum class Kind {
        Unreadable,
        TooLarge,
        NotJson,
        NotACaseFile,
        NewerVersion,
        BadField,
        NotHar,
        Empty,
        NotOurs, // JSON, but neither a case file nor a HAR
        NoRequest, // a HAR none of whose entries is a request
        BadBase64, // a body or file declared base64 that is not
        DigestMismatch, // an attached file that does not match its SHA-256
        FieldTooLarge, // one field (or part) over its limit
        Cancelled,
    };
    Kind kind = Kind::NotJson;
    QString detail; // what exactly: the field, the parser's words

    QString message() const;
    static ImportProblem of(Kind kind, const QString& detail = {});
};

} // namespace pbw

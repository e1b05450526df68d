#pragma once

#include "refire/refirer.h"
#include "store/sendledger.h"
#include "util/result.h"

namespace pbw {

class CaseStore;

// What a run of these sends would do, read from the case's ledger without writing anything: the
// ones it would send (the ledger does not have them, or has them planned, or the user names them in
// resend) and the ones the ledger holds back (sent, failed, in flight when a run stopped).
struct RefirePreview
{
    QList<PlannedSend> toSend;
    QList<LedgerEntry> held;
    QStringList hosts; // of toSend, sorted

    // Held back only because they were sent and accepted already: nothing is left to do for them.
    bool heldAllAccepted() const;
};
Result<RefirePreview, StoreError> previewRefire(const CaseStore& store, qint64 caseId, const QList<PlannedSend>& sends,
                                                const QStringList& resend = {});

// Writes the sends down in the ledger (planSends) and gives those to send now, each with its request
// (the URL the file gives, whole).
Result<QList<RefireItem>, StoreError> planRefire(CaseStore& store, qint64 caseId, const QString& batch,
                                                 const QList<PlannedSend>& sends, int timeoutMs);

} // namespace pbw

#pragma once

#include "analysis/verdict.h"
#include "net/exchange.h"
#include "secrets/secretkeeper.h"
#include "secrets/secretnames.h"
#include "store/casetypes.h"
#include "store/reconciliationrecord.h"
#include "store/sendledger.h"
#include "util/result.h"

#include <QVariantList>
#include <functional>
#include <memory>

namespace pbw {

struct CaseBundle;

// An exchange to add to a case, as an import brings it.
struct NewExchange
{
    StoredExchange::Role role = StoredExchange::Role::Other;
    QString note;
    Exchange exchange;
    Verdict verdict;
    QJsonObject noteSaid; // the note as the program's words, when it wrote it
};
// The local case store: one SQLite file (WAL, foreign keys on, every write in one immediate
// transaction, so a second process waits instead of failing), migrated step by step; full-text
// search over cases, notes, attachments and exchanges (FTS5).
class CaseStore
{
public:
    static constexpr int schemaVersion = 4;
    // An attached file larger than this is refused: a case is evidence, not a file share.
    static constexpr qint64 maxAttachmentBytes = 16 * 1024 * 1024;

    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    // Opens (creating it when missing) and migrates the store; a file that is not SQLite, damaged or
    // from a newer version is refused untouched.
    // Existing: a read (list, show, export) never creates a file or a folder; a missing file is NotFound.
    // Another program's SQLite file (tables of its own, no case store schema) is refused untouched.
    enum class Opening { CreateIfMissing, Existing };
    static Result<std::unique_ptr<CaseStore>, StoreError> open(const QString& path,
                                                               Opening opening = Opening::CreateIfMissing);
    static QString defaultPath(); // <data folder>/cases.sqlite
    // Moves an unusable file (and its -wal/-shm companions) aside; the new name, or an error.
    static Result<QString, StoreError> moveAside(const QString& path);

    QString path() const { return m_path; }
    // Names of secret parameters and headers besides the built-in ones (the user's settings).
    void setSecretNames(const SecretNames& names) { m_secretNames = names; }
    const SecretNames& secretNames() const { return m_secretNames; }

    // Cases. A deleted case goes to the trash first (restorable) until purged.
    Result<qint64, StoreError> createCase(const CaseRecord& record);
    Result<void, StoreError> updateCase(const CaseRecord& record); // title, offer, partner, tracker, status
    Result<void, StoreError> setStatus(qint64 caseId, CaseRecord::Status status);
    Result<void, StoreError> trashCase(qint64 caseId);
    Result<void, StoreError> restoreCase(qint64 caseId);
    Result<void, StoreError> deleteCase(qint64 caseId); // for good, with everything attached
    Result<int, StoreError> purgeTrash();
    // Reads give the store's error when the query fails (a damaged or foreign file), never an empty
    // answer that looks like "nothing there"; a missing case or exchange is a NotFound error.
    Result<CaseRecord, StoreError> caseById(qint64 id) const; // trashed cases too
    Result<QList<CaseRecord>, StoreError> cases() const; // not trashed, most recently changed first

    // Exchanges: saved the moment they complete; secret values (auth parameters, credential
    // headers) are replaced by "[redacted]" before anything is written, and the exchange records
    // where each was and, when toKeep is given, the keychain entry (a fresh ref) meant to keep it:
    // toKeep receives the values with their refs for the caller to write to the keychain.
    Result<qint64, StoreError> addExchange(qint64 caseId, StoredExchange::Role role, const Exchange& exchange,
                                           const Verdict& verdict, QList<KeptSecret>* toKeep = nullptr);
    Result<void, StoreError> setExchangeRole(qint64 exchangeId, StoredExchange::Role role, const QString& note);
    Result<QList<StoredExchange>, StoreError> exchanges(qint64 caseId) const; // not removed, in order
    Result<StoredExchange, StoreError> exchangeById(qint64 id) const; // removed ones too
    // By the number the case gives it (1, 2, 3…: what the user and the partner call it).
    Result<StoredExchange, StoreError> exchangeByNumber(qint64 caseId, int number) const;
    // Taken out of the case: removed ones wait (restorable) until purgeTrash; deleted ones are gone,
    // and their keychain refs are returned to forget. Numbers are never given again.
    Result<void, StoreError> removeExchanges(qint64 caseId, const QList<qint64>& ids);
    Result<void, StoreError> restoreExchanges(qint64 caseId, const QList<qint64>& ids);
    Result<QStringList, StoreError> deleteExchanges(qint64 caseId, const QList<qint64>& ids);
    // The two exchanges the partner's report puts side by side (ids; 0, 0: let the case decide).
    Result<void, StoreError> setComparePair(qint64 caseId, qint64 first, qint64 second);
    // Keychain entries of a case's exchanges, or of every trashed case: forget them after a
    // deleteCase or purgeTrash.
    // Imports: a whole case as a new one (its times kept), or exchanges into a case; each in one
    // transaction, so it lands whole or not at all. Secrets found on the way are redacted, not kept.
    // more, when given, brings further exchanges a batch at a time (a HAR of 100,000 requests): each
    // batch is written and dropped before the next is asked for, in the same transaction; an empty
    // batch ends, nothing means cancelled (the transaction is rolled back).
    using ExchangeBatches = std::function<std::optional<QList<StoredExchange>>()>;
    Result<qint64, StoreError> importCase(const CaseBundle& bundle, const ExchangeBatches& more = {});
    // caseId 0: into a new case with that title, created in the same transaction; the case's id.
    Result<qint64, StoreError> addExchanges(qint64 caseId, const QList<NewExchange>& exchanges,
                                            const QString& newCaseTitle = {});
    Result<QStringList, StoreError> secretRefs(qint64 caseId) const;
    Result<QStringList, StoreError> trashedSecretRefs() const;

    // Notes, attachments (templates, the partner's confirmation, files) and the checklist.
    // said: the program's own words as data (text/saidtext.h); text is then how they read now.
    Result<qint64, StoreError> addNote(qint64 caseId, const QString& text, const QJsonObject& said = {});
    Result<void, StoreError> editNote(qint64 noteId, const QString& text);
    Result<void, StoreError> removeNote(qint64 noteId);
    Result<QList<CaseNote>, StoreError> notes(qint64 caseId) const;
    Result<qint64, StoreError> addAttachment(const Attachment& attachment);
    Result<void, StoreError> removeAttachment(qint64 attachmentId);
    Result<QList<Attachment>, StoreError> attachments(qint64 caseId) const;
    Result<void, StoreError> setChecklistStep(qint64 caseId, const ChecklistStep& step);
    Result<QList<ChecklistStep>, StoreError> checklist(qint64 caseId) const; // always the five layers, in order

    // The ledger of callbacks a batch re-fires (store/sendledger.h). planSends writes down each key not
    // in the case's ledger yet and reports the ones that were; markSending is committed before a
    // send; finishSend keeps the exchange in the case (as Corrected) and the outcome in one
    // transaction; replanSends puts named keys back to planned (the user asks for them again).
    Result<PlanOutcome, StoreError> planSends(qint64 caseId, const QString& batch, const QList<PlannedSend>& sends);
    Result<QList<LedgerEntry>, StoreError> ledger(qint64 caseId, const QString& batch = {}) const;
    Result<void, StoreError> markSending(const QList<qint64>& entryIds);
    Result<qint64, StoreError> finishSend(qint64 entryId, LedgerEntry::State state, const Exchange& exchange,
                                          const Verdict& verdict);
    Result<int, StoreError> replanSends(qint64 caseId, const QStringList& keys);

    // Batch reconciliations kept in a case (store/reconciliationrecord.h), in the order kept.
    Result<qint64, StoreError> addReconciliation(qint64 caseId, const ReconciliationRecord& record);
    Result<QList<ReconciliationRecord>, StoreError> reconciliations(qint64 caseId) const;

    // Cases whose fields, notes, attachments, URLs or answer bodies hold every word typed
    // (prefix match), most recently changed first.
    Result<QList<qint64>, StoreError> search(const QString& words) const;

    // Changes when another connection (another window, pbw) commits to the file; this one's own
    // writes leave it alone. Cheap enough to poll.
    qint64 dataVersion() const;

    // An exchange's row in the search index: its case in the high 32 bits, its id in the low.
    static qint64 exchangeTextRow(qint64 caseId, qint64 exchangeId) { return (caseId << 32) | exchangeId; }

private:
    explicit CaseStore(QString path, QString connection);
    std::optional<StoreError> migrate();
    StoreError failure(const QString& detail) const; // a change that failed
    StoreError unreadable(const QString& detail) const; // a read that failed
    StoreError notFound(const QString& what) const { return StoreError::missing(m_path, what); }
    // Runs fn in one immediate transaction; a failure is logged and returned.
    std::optional<StoreError> write(const std::function<std::optional<QString>()>& fn);
    std::optional<QString> touch(qint64 caseId); // marks the case as just changed
    std::optional<QString> reindexCase(qint64 caseId); // the case's own words in the search index
    bool caseExists(qint64 caseId) const;
    // Runs one statement on a note or attachment (what: its name in the user's words), then marks
    // its case as changed and re-indexes the case's words.
    Result<void, StoreError> changePart(const QString& table, qint64 id, const QString& what, const QString& statement,
                                        const QVariantList& values);
    Result<void, StoreError> setTrashed(qint64 caseId, bool trashed);

    Result<QStringList, StoreError> secretRefsWhere(const QString& condition, const QVariantList& values) const;
    // One exchange row and its search row (inside a transaction); saved: ISO time.
    std::optional<QString> insertExchange(qint64 caseId, int number, StoredExchange::Role role, const QString& note,
                                          const QString& saved, const QJsonObject& data, qint64* id,
                                          const QJsonObject& noteSaid = {});
    std::optional<QString> indexExchange(qint64 caseId, qint64 id, const QJsonObject& data);
    std::optional<QString> insertReconciliation(qint64 caseId, const ReconciliationRecord& record, qint64* id);
    // Takes count numbers for new exchanges of the case; first receives the first of them.
    std::optional<QString> reserveNumbers(qint64 caseId, int count, int* first);
    Result<void, StoreError> setExchangesRemoved(qint64 caseId, const QList<qint64>& ids, bool removed);
    std::optional<QString> purgeRemovedExchanges();
    QJsonObject exchangeData(const Exchange& exchange, const Verdict& verdict, QList<KeptSecret>* secrets,
                             bool keep) const;

    QString m_path;
    QString m_connection;
    SecretNames m_secretNames;
};

} // namespace pbw

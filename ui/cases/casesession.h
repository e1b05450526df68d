#pragma once

#include "export/exportredaction.h"
#include "export/har.h"
#include "secrets/secretkeeper.h"
#include "store/casebundle.h"
#include "store/casestore.h"

#include <QFuture>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace pbw {
class SecretStore;
struct Exchange;
struct Verdict;
} // namespace pbw

namespace pbw::ui {

// The window's way into the case store: the open store, the case being worked on, and a signal
// after every change so each view redraws what it shows. Views ask it; none holds the database.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    explicit CaseSession(QObject* parent = nullptr);
    ~CaseSession() override;

    std::optional<StoreError> open(const QString& path);
    bool isOpen() const { return m_store != nullptr; }
    const CaseStore* store() const { return m_store.get(); } // reads; nullptr when no store is open
    // For a core worker that writes through the store itself (a batch's Refirer keeps the ledger);
    // its owner tells the views afterwards (importedElsewhere). nullptr when no store is open.
    CaseStore* writableStore() { return m_store.get(); }
    QString lastError() const { return m_lastError; }

    qint64 currentCase() const { return m_current; }
    void setCurrentCase(qint64 id); // 0: none

    // Reads for the views: what the store holds, or nothing when no store is open or the read
    // failed; a failed read is reported through failed() (once, until a read succeeds again).
    QList<CaseRecord> cases();
    QList<qint64> search(const QString& words);
    std::optional<CaseRecord> caseRecord(qint64 id); // trashed cases too
    QList<StoredExchange> exchanges(qint64 caseId);
    std::optional<StoredExchange> exchange(qint64 id);
    QList<CaseNote> notes(qint64 caseId);
    QList<Attachment> attachments(qint64 caseId);
    QList<ChecklistStep> checklist(qint64 caseId);

    // Each change reports failure in words (lastError()) and returns false; views show it.
    qint64 createCase(const QString& title);
    qint64 createCase(const CaseRecord& record); // title, partner, offer, tracker
    bool updateCase(const CaseRecord& record);
    bool trashCase(qint64 id); // undoable until purgeTrash()
    bool undoTrash();
    QString trashedTitle() const; // the case "undo" would bring back; empty when none
    void purgeTrash(); // when the window closes
    qint64 saveExchange(StoredExchange::Role role, const Exchange& exchange, const Verdict& verdict);
    bool setExchangeRole(qint64 exchangeId, StoredExchange::Role role, const QString& note);
    // Exchanges of the current case taken out of it: undoable (the last removal first) until
    // purgeTrash(). removedNumbers: what the last removal took, by number; empty when none.
    bool removeExchanges(const QList<qint64>& ids);
    bool undoRemoveExchanges();
    QList<int> removedNumbers() const;
    // The two exchanges the partner's report puts side by side (0, 0: the case's default pair).
    bool setComparePair(qint64 first, qint64 second);
    qint64 addNote(const QString& text, const QJsonObject& said = {});
    qint64 addReconciliation(const ReconciliationRecord& record); // into the current case
    bool removeNote(qint64 noteId);
    qint64 addAttachment(Attachment attachment);
    bool removeAttachment(qint64 attachmentId);
    bool setChecklistStep(const ChecklistStep& step);

    // Secrets of saved exchanges: kept in the keychain (when the user wants it and one answers) or
    // not kept; the store holds only where they were. The keychain is probed once it is set.
    void setSecretStore(std::unique_ptr<SecretStore> keychain);
    void setSecretStore(SecretStore* shared); // the program's one (AppServices), not owned
    void setSecretNames(const SecretNames& names);
    const SecretNames& secretNames() const { return m_secretNames; }
    void setKeepSecrets(bool keep) { m_keepSecrets = keep; }
    bool keepSecrets() const { return m_keepSecrets; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    // A saved exchange with the values of its secrets read back from the keychain.
    using Reopened = std::function<void(const Exchange& exchange, int recorded, const SecretsOutcome& outcome)>;
    void reopenExchange(qint64 exchangeId, Reopened done);
    // Export and import: the case as a bundle (keepSecretRefs: to read the values back), the
    // values the keychain kept for a bundle's exchanges (by exchange number), imports.
    std::optional<CaseBundle> bundle(qint64 caseId, bool keepSecretRefs = false);
    void keptSecrets(const CaseBundle& bundle, KeptValuesDone done);
    qint64 importCase(const CaseBundle& bundle);
    // A HAR's chosen requests judged, checked for secrets and written off the window's thread, on a
    // store connection of the worker's own, a batch at a time, in one transaction (importHarInto):
    // the window stays free and holds no copy of them. Cancelling the future rolls it all back. Once
    // the result is in, importedElsewhere(caseId) tells the views.
    struct BackgroundImport
    {
        qint64 caseId = 0; // 0: nothing was written (cancelled, or problem says why)
        int count = 0;
        bool cancelled = false;
        QString problem;
    };
    QFuture<BackgroundImport> importHarInBackground(HarFile har, const QList<qsizetype>& chosen,
                                                    StoredExchange::Role role, qint64 intoCase,
                                                    const QString& newCaseTitle);
    // Another connection (an import's worker) wrote into caseId: the views redraw, the case opens.
    void importedElsewhere(qint64 caseId);
    qint64 importExchanges(qint64 caseId, const QList<NewExchange>& exchanges, const QString& newCaseTitle);

    // Lets keychain work still under way finish (when the window closes), at most timeoutMs.
    void waitForKeychain(int timeoutMs);

signals:
    void casesChanged(); // the list (titles, statuses, counts, order)
    void currentCaseChanged(qint64 id);
    void caseContentChanged(qint64 id); // exchanges, notes, attachments, checklist of that case
    void failed(const QString& message);
    void keychainChecked(bool available, const QString& message);
    void secretsNotice(const QString& message); // a secret could not be kept or removed
    // Another program (pbw, a second window) changed the store; casesChanged and
    // caseContentChanged for the current case have been sent already.
    void changedElsewhere();

private:
    template <typename T> bool check(const Result<T, StoreError>& result);
    template <typename T> std::optional<T> read(Result<T, StoreError> result);
    void changed(qint64 id);
    void showImported(qint64 caseId); // the views redraw what an import added; its case opens
    void forget(const QStringList& refs);
    void checkForChangesElsewhere();
    SecretsDone tracked(SecretsDone done); // counts the operation as pending until it answers

    std::unique_ptr<CaseStore> m_store;
    qint64 m_current = 0;
    QList<qint64> m_trashed; // most recent last
    struct Removal
    {
        qint64 caseId = 0;
        QList<qint64> ids;
        QList<int> numbers;
    };
    QList<Removal> m_removed; // most recent last
    QString m_lastError;
    QString m_readFailure; // the last failed read reported, so a redraw does not repeat it
    std::unique_ptr<SecretStore> m_ownedKeychain;
    SecretStore* m_keychain = nullptr;
    SecretNames m_secretNames;
    bool m_keepSecrets = true;
    bool m_keychainAvailable = false;
    int m_pendingSecrets = 0;
    QTimer* m_watch;
    qint64 m_dataVersion = -1;
};

} // namespace pbw::ui

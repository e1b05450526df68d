#include "casesession.h"

#include "analysis/verdict.h"
#include "export/exportredaction.h"
#include "export/importfile.h"
#include "io/exchangejson.h"
#include "net/exchange.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace pbw::ui {

CaseSession::CaseSession(QObject* parent)
    : QObject(parent)
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(2'000);
    connect(m_watch, &QTimer::timeout, this, &CaseSession::checkForChangesElsewhere);
}

CaseSession::~CaseSession() = default;

std::optional<StoreError> CaseSession::open(const QString& path)
{
    auto opened = CaseStore::open(path);
    if (!opened)
        return opened.error();
    m_store = std::move(opened.value());
    m_store->setSecretNames(m_secretNames);
    m_trashed.clear();
    purgeTrash(); // what a crashed window left in the trash is gone for good
    m_current = 0;
    m_dataVersion = m_store->dataVersion();
    m_watch->start();
    emit casesChanged();
    emit currentCaseChanged(0);
    return std::nullopt;
}

template <typename T> bool CaseSession::check(const Result<T, StoreError>& result)
{
    if (result)
        return true;
    m_lastError = result.error().message();
    emit failed(m_lastError);
    return false;
}

template <typename T> std::optional<T> CaseSession::read(Result<T, StoreError> result)
{
    if (result) {
        m_readFailure.clear();
        return std::move(*result);
    }
    if (result.error().kind == StoreError::Kind::NotFound)
        return std::nullopt; // asked for something gone: the view shows nothing, no alarm
    if (const QString message = result.error().message(); message != m_readFailure) {
        m_readFailure = message;
        m_lastError = message;
        emit failed(message);
    }
    return std::nullopt;
}

QList<CaseRecord> CaseSession::cases()
{
    return m_store ? read(m_store->cases()).value_or(QList<CaseRecord>()) : QList<CaseRecord>();
}

QList<qint64> CaseSession::search(const QString& words)
{
    return m_store ? read(m_store->search(words)).value_or(QList<qint64>()) : QList<qint64>();
}

std::optional<CaseRecord> CaseSession::caseRecord(qint64 id)
{
    return m_store && id != 0 ? read(m_store->caseById(id)) : std::nullopt;
}

QList<StoredExchange> CaseSession::exchanges(qint64 caseId)
{
    return m_store && caseId != 0 ? read(m_store->exchanges(caseId)).value_or(QList<StoredExchange>())
                                  : QList<StoredExchange>();
}

std::optional<StoredExchange> CaseSession::exchange(qint64 id)
{
    return m_store && id != 0 ? read(m_store->exchangeById(id)) : std::nullopt;
}

QList<CaseNote> CaseSession::notes(qint64 caseId)
{
    return m_store && caseId != 0 ? read(m_store->notes(caseId)).value_or(QList<CaseNote>()) : QList<CaseNote>();
}

QList<Attachment> CaseSession::attachments(qint64 caseId)
{
    return m_store && caseId != 0 ? read(m_store->attachments(caseId)).value_or(QList<Attachment>())
                                  : QList<Attachment>();
}

QList<ChecklistStep> CaseSession::checklist(qint64 caseId)
{
    return m_store && caseId != 0 ? read(m_store->checklist(caseId)).value_or(QList<ChecklistStep>())
                                  : QList<ChecklistStep>();
}

void CaseSession::changed(qint64 id)
{
    emit casesChanged();
    emit caseContentChanged(id);
}

void CaseSession::setCurrentCase(qint64 id)
{
    if (!m_store || (id != 0 && !caseRecord(id)))
        id = 0;
    if (id == m_current)
        return;
    m_current = id;
    emit currentCaseChanged(id);
}

qint64 CaseSession::createCase(const QString& title)
{
    CaseRecord record;
    record.title = title.trimmed();
    return createCase(record);
}

qint64 CaseSession::createCase(const CaseRecord& record)
{
    if (!m_store)
        return 0;
    const auto created = m_store->createCase(record);
    if (!check(created))
        return 0;
    emit casesChanged();
    setCurrentCase(created.value());
    return created.value();
}

bool CaseSession::updateCase(const CaseRecord& record)
{
    if (!m_store || !check(m_store->updateCase(record)))
        return false;
    changed(record.id);
    return true;
}

bool CaseSession::trashCase(qint64 id)
{
    if (!m_store || !check(m_store->trashCase(id)))
        return false;
    m_trashed.append(id);
    if (m_current == id)
        setCurrentCase(0);
    emit casesChanged();
    return true;
}

bool CaseSession::undoTrash()
{
    if (!m_store || m_trashed.isEmpty())
        return false;
    const qint64 id = m_trashed.takeLast();
    if (!check(m_store->restoreCase(id)))
        return false;
    emit casesChanged();
    setCurrentCase(id);
    return true;
}

QString CaseSession::trashedTitle() const
{
    if (!m_store || m_trashed.isEmpty())
        return {};
    const auto record = m_store->caseById(m_trashed.last());
    return record ? record->title : QString();
}

void CaseSession::purgeTrash()
{
    if (m_store) {
        const auto refs = m_store->trashedSecretRefs();
        if (check(refs) && check(m_store->purgeTrash()))
            forget(*refs);
    }
    m_trashed.clear();
    m_removed.clear();
}

qint64 CaseSession::saveExchange(StoredExchange::Role role, const Exchange& exchange, const Verdict& verdict)
{
    if (!m_store || m_current == 0)
        return 0;
    QList<KeptSecret> secrets;
    const bool keep = m_keepSecrets && m_keychain && m_keychainAvailable;
    const auto saved = m_store->addExchange(m_current, role, exchange, verdict, keep ? &secrets : nullptr);
    if (!check(saved))
        return 0;
    if (!secrets.isEmpty()) {
        pbw::keepSecrets(*m_keychain, secrets, tracked([this](const SecretsOutcome& outcome) {
            if (outcome.missing > 0)
                emit secretsNotice(tr("%1 The case holds [redacted]: type the value again when you "
                                      "resend.")
                                       .arg(outcome.message));
        }));
    }
    changed(m_current);
    return saved.value();
}

bool CaseSession::setExchangeRole(qint64 exchangeId, StoredExchange::Role role, const QString& note)
{
    if (!m_store || !check(m_store->setExchangeRole(exchangeId, role, note)))
        return false;
    changed(m_current);
    return true;
}

bool CaseSession::removeExchanges(const QList<qint64>& ids)
{
    if (!m_store || m_current == 0 || ids.isEmpty())
        return false;
    Removal removal{m_current, ids, {}};
    for (const qint64 id : ids) {
        if (const auto stored = exchange(id))
            removal.numbers.append(stored->number);
    }
    if (!check(m_store->removeExchanges(m_current, ids)))
        return false;
    m_removed.append(removal);
    changed(m_current);
    return true;
}

bool CaseSession::undoRemoveExchanges()
{
    if (!m_store || m_removed.isEmpty())
        return false;
    const Removal removal = m_removed.takeLast();
    if (!check(m_store->restoreExchanges(removal.caseId, removal.ids)))
        return false;
    changed(removal.caseId);
    return true;
}

QList<int> CaseSession::removedNumbers() const
{
    return m_removed.isEmpty() || m_removed.last().caseId != m_current ? QList<int>() : m_removed.last().numbers;
}

bool CaseSession::setComparePair(qint64 first, qint64 second)
{
    if (!m_store || m_current == 0 || !check(m_store->setComparePair(m_current, first, second)))
        return false;
    changed(m_current);
    return true;
}

qint64 CaseSession::addNote(const QString& text, const QJsonObject& said)
{
    if (!m_store || m_current == 0)
        return 0;
    const auto added = m_store->addNote(m_current, text, said);
    if (!check(added))
        return 0;
    changed(m_current);
    return added.value();
}

qint64 CaseSession::addReconciliation(const ReconciliationRecord& record)
{
    if (!m_store || m_current == 0)
        return 0;
    const auto added = m_store->addReconciliation(m_current, record);
    if (!check(added))
        return 0;
    changed(m_current);
    return added.value();
}

bool CaseSession::removeNote(qint64 noteId)
{
    if (!m_store || !check(m_store->removeNote(noteId)))
        return false;
    changed(m_current);
    return true;
}

qint64 CaseSession::addAttachment(Attachment attachment)
{
    if (!m_store || m_current == 0)
        return 0;
    attachment.caseId = m_current;
    const auto added = m_store->addAttachment(attachment);
    if (!check(added))
        return 0;
    changed(m_current);
    return added.value();
}

bool CaseSession::removeAttachment(qint64 attachmentId)
{
    if (!m_store || !check(m_store->removeAttachment(attachmentId)))
        return false;
    changed(m_current);
    return true;
}

bool CaseSession::setChecklistStep(const ChecklistStep& step)
{
    if (!m_store || m_current == 0 || !check(m_store->setChecklistStep(m_current, step)))
        return false;
    changed(m_current);
    return true;
}

void CaseSession::checkForChangesElsewhere()
{
    if (!m_store)
        return;
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    if (m_current != 0 && !caseRecord(m_current)) {
        m_current = 0;
        emit currentCaseChanged(0);
    }
    emit casesChanged();
    if (m_current != 0)
        emit caseContentChanged(m_current);
    emit changedElsewhere();
}

void CaseSession::setSecretStore(std::unique_ptr<SecretStore> keychain)
{
    m_ownedKeychain = std::move(keychain);
    setSecretStore(m_ownedKeychain.get());
}

void CaseSession::setSecretStore(SecretStore* shared)
{
    if (shared != m_ownedKeychain.get())
        m_ownedKeychain.reset();
    m_keychain = shared;
    m_keychainAvailable = false;
    if (!m_keychain)
        return;
    m_keychain->probe([this](const SecretOutcome& outcome) {
        m_keychainAvailable
            = outcome.status == SecretOutcome::Status::Done || outcome.status == SecretOutcome::Status::NotFound;
        emit keychainChecked(m_keychainAvailable, outcome.message);
    });
}

void CaseSession::setSecretNames(const SecretNames& names)
{
    m_secretNames = names;
    if (m_store)
        m_store->setSecretNames(names);
}

SecretsDone CaseSession::tracked(SecretsDone done)
{
    ++m_pendingSecrets;
    return [this, done = std::move(done)](const SecretsOutcome& outcome) {
        --m_pendingSecrets;
        done(outcome);
    };
}

void CaseSession::forget(const QStringList& refs)
{
    if (refs.isEmpty() || !m_keychain)
        return;
    forgetSecrets(*m_keychain, refs, tracked([this](const SecretsOutcome& outcome) {
        if (outcome.missing > 0)
            emit secretsNotice(
                tr("Secret values of a deleted case could not be removed from the keychain: %1").arg(outcome.message));
    }));
}

void CaseSession::reopenExchange(qint64 exchangeId, Reopened done)
{
    const auto stored = exchange(exchangeId);
    if (!stored)
        return;
    const Exchange reopened = stored->exchange();
    const QList<KeptSecret> recorded = stored->secrets();
    if (recorded.isEmpty() || !m_keychain) {
        SecretsOutcome none;
        none.missing = int(recorded.size());
        done(reopened, int(recorded.size()), none);
        return;
    }
    restoreSecrets(*m_keychain, recorded,
                   tracked([reopened, count = int(recorded.size()), done = std::move(done)](
                               const SecretsOutcome& outcome) { done(reopened, count, outcome); }));
}

std::optional<CaseBundle> CaseSession::bundle(qint64 caseId, bool keepSecretRefs)
{
    return m_store ? read(bundleOf(*m_store, caseId, keepSecretRefs)) : std::nullopt;
}

void CaseSession::keptSecrets(const CaseBundle& bundle, KeptValuesDone done)
{
    if (!m_keychain) {
        done({}, 0, QString());
        return;
    }
    ++m_pendingSecrets;
    readKeptSecrets(*m_keychain, bundle,
                    [this, done = std::move(done)](const QHash<int, QList<FoundSecret>>& values, int missing,
                                                   const QString& problem) {
                        --m_pendingSecrets;
                        done(values, missing, problem);
                    });
}

qint64 CaseSession::importCase(const CaseBundle& bundle)
{
    if (!m_store)
        return 0;
    const auto imported = m_store->importCase(bundle);
    if (!check(imported))
        return 0;
    showImported(imported.value());
    return imported.value();
}

QFuture<CaseSession::BackgroundImport> CaseSession::importHarInBackground(HarFile har, const QList<qsizetype>& chosen,
                                                                          StoredExchange::Role role, qint64 intoCase,
                                                                          const QString& newCaseTitle)
{
    // One owner of the requests, so that the worker releases each as it is written (a copy shared
    // with this thread would be copied whole at the first release).
    auto owned = std::make_shared<HarFile>(std::move(har));
    return QtConcurrent::run([owned, chosen, role, intoCase, newCaseTitle, names = m_secretNames,
                              path = m_store ? m_store->path() : QString()](QPromise<BackgroundImport>& promise) {
        BackgroundImport out;
        out.count = int(QSet<qsizetype>(chosen.cbegin(), chosen.cend()).size());
        auto store = CaseStore::open(path, CaseStore::Opening::Existing);
        if (!store) {
            out.problem = store.error().message();
            promise.addResult(out);
            return;
        }
        (*store)->setSecretNames(names);
        const auto written = importHarInto(**store, std::move(*owned), chosen, role, intoCase, newCaseTitle,
                                           [&promise] { return promise.isCanceled(); });
        if (promise.isCanceled())
            out.cancelled = true;
        else if (!written)
            out.problem = written.error().message();
        else
            out.caseId = *written;
        promise.addResult(out);
    });
}

void CaseSession::importedElsewhere(qint64 caseId)
{
    if (!m_store)
        return;
    m_dataVersion = m_store->dataVersion(); // seen here: the poll need not report it again
    showImported(caseId);
}

void CaseSession::showImported(qint64 caseId)
{
    emit casesChanged();
    if (caseId == m_current) {
        // Into the open case: its exchanges changed, and the Replay history shows them.
        emit caseContentChanged(m_current);
        emit currentCaseChanged(m_current);
    } else {
        setCurrentCase(caseId);
    }
}

qint64 CaseSession::importExchanges(qint64 caseId, const QList<NewExchange>& exchanges, const QString& newCaseTitle)
{
    if (!m_store)
        return 0;
    const auto added = m_store->addExchanges(caseId, exchanges, newCaseTitle);
    if (!check(added))
        return 0;
    changed(added.value());
    if (added.value() != m_current)
        setCurrentCase(added.value());
    else
        emit currentCaseChanged(m_current); // the Replay history shows the new exchanges
    return added.value();
}

void CaseSession::waitForKeychain(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_pendingSecrets > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace pbw::ui

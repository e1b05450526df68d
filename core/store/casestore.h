#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace pbw {

struct Exchange;
struct Verdict;

// One offer/partner problem, debugged over hours or days.
struct CaseRecord
{
    enum class Status { Open, Waiting, Fixed, Closed };

    qint64 id = 0;
    QString title;
    QString offer;
    QString partner;
    QString tracker;
    Status status = Status::Open;
    QString notes;
    QDateTime created; // UTC
    QDateTime updated;
    int exchangeCount = 0;
};

// An exchange kept in a case: stored completely and never changed; only its role and note can be.
struct StoredExchange
{
    enum class Role { Failing, Corrected, ReferenceClick, TestCallback, Other };

    qint64 id = 0;
    qint64 caseId = 0;
    Role role = Role::Other;
    QString note;
    QDateTime saved; // UTC
    QJsonObject data; // as `pbw replay --json` prints it, verdict included; secrets redacted
};

QString caseStatusKey(CaseRecord::Status status); // "open", "waiting", "fixed", "closed"
std::optional<CaseRecord::Status> caseStatusFromKey(const QString& key);
QString roleKey(StoredExchange::Role role); // "failing", "corrected", "reference-click", "test-callback", "other"
std::optional<StoredExchange::Role> roleFromKey(const QString& key);

// Why the store could not do what was asked; the file is never damaged by a refusal.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind { CannotOpen, NotADatabase, Damaged, NewerSchema, NotFound, Failed };

    Kind kind = Kind::Failed;
    QString path;
    QString detail; // SQLite's own words, for the curious

    QString message() const; // translated, plain words
};

// The local case store: one SQLite file (WAL, foreign keys on, every write in a transaction),
// migrated step by step; full-text search over cases and exchanges (FTS5).
class CaseStore
{
public:
    static constexpr int schemaVersion = 1;

    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    // Opens (creating it when missing) and migrates the store; a file that is not SQLite, damaged or
    // from a newer version is refused untouched.
    static Result<std::unique_ptr<CaseStore>, StoreError> open(const QString& path);
    static QString defaultPath(); // <data folder>/cases.sqlite

    QString path() const { return m_path; }

    Result<qint64, StoreError> createCase(const CaseRecord& record);
    std::optional<CaseRecord> caseById(qint64 id) const;
    QList<CaseRecord> cases() const; // most recently updated first
    Result<bool, StoreError> setStatus(qint64 caseId, CaseRecord::Status status);

    // Saves an exchange the moment it completes; secret values (auth parameters, credential
    // headers) are replaced by "[redacted]" before anything is written.
    Result<qint64, StoreError> addExchange(qint64 caseId, StoredExchange::Role role, const Exchange& exchange,
                                           const Verdict& verdict);
    QList<StoredExchange> exchanges(qint64 caseId) const;

    // Cases whose fields, URLs or answer bodies hold every word typed (prefix match).
    QList<qint64> search(const QString& words) const;

private:
    explicit CaseStore(QString path, QString connection);
    std::optional<StoreError> migrate();
    StoreError failure(const QString& detail) const;

    QString m_path;
    QString m_connection;
};

} // namespace pbw

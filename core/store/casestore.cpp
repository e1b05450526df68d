#include "store/casestore.h"

#include "store/transaction.h"
#include "util/datafolder.h"
#include "util/keys.h"
#include "util/logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pbw {

namespace {

constexpr const char* statusKeys[] = {"open", "waiting", "fixed", "closed"};
constexpr const char* roleKeys[] = {"failing", "corrected", "reference-click", "test-callback", "other"};
constexpr const char* attachmentKeys[] = {"template", "confirmation", "file"};
constexpr const char* checklistKeys[] = {"click", "event", "callback", "template", "partner"};

// Step n takes the schema from version n - 1 to n; each runs inside one transaction.
const QStringList migrations[] = {
    {
        QStringLiteral(
            "CREATE TABLE cases(id INTEGER PRIMARY KEY, title TEXT NOT NULL, offer TEXT NOT NULL DEFAULT '', "
            "partner TEXT NOT NULL DEFAULT '', tracker TEXT NOT NULL DEFAULT '', status TEXT NOT NULL "
            "DEFAULT 'open' CHECK(status IN ('open','waiting','fixed','closed')), created TEXT NOT NULL, "
            "updated TEXT NOT NULL, "
            // Order of the last change: two changes in one millisecond still sort right.
            "activity INTEGER NOT NULL DEFAULT 0, "
            // A deleted case waits here until the window that deleted it closes (undo).
            "trashed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX cases_by_activity ON cases(activity)"),
        QStringLiteral("CREATE TABLE exchanges(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) "
                       "ON DELETE CASCADE, role TEXT NOT NULL CHECK(role IN ('failing','corrected','reference-click',"
                       "'test-callback','other')), note TEXT NOT NULL DEFAULT '', saved TEXT NOT NULL, method TEXT NOT "
                       "NULL, url TEXT NOT NULL, status INTEGER, layer TEXT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX exchanges_by_case ON exchanges(case_id, id)"),
        // Exchanges are evidence: what was sent and answered never changes once saved.
        QStringLiteral("CREATE TRIGGER exchanges_are_immutable BEFORE UPDATE OF case_id, saved, method, url, status, "
                       "layer, data ON exchanges BEGIN SELECT RAISE(ABORT, 'a saved exchange never changes'); END"),
        QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON "
                       "DELETE CASCADE, text TEXT NOT NULL, written TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX notes_by_case ON notes(case_id, id)"),
        QStringLiteral("CREATE TABLE attachments(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) "
                       "ON DELETE CASCADE, kind TEXT NOT NULL CHECK(kind IN ('template','confirmation','file')), "
                       "title TEXT NOT NULL, text TEXT NOT NULL, file_name TEXT NOT NULL, content BLOB, added TEXT "
                       "NOT NULL)"),
        QStringLiteral("CREATE INDEX attachments_by_case ON attachments(case_id, id)"),
        QStringLiteral("CREATE TABLE checklist(case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE, layer "
                       "TEXT NOT NULL CHECK(layer IN ('click','event','callback','template','partner')), done INTEGER "
                       "NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL, exchange_id INTEGER REFERENCES exchanges(id) ON "
                       "DELETE SET NULL, note_id INTEGER REFERENCES notes(id) ON DELETE SET NULL, attachment_id "
                       "INTEGER REFERENCES attachments(id) ON DELETE SET NULL, PRIMARY KEY(case_id, layer))"),
        // The case's own words (fields, notes, attachment texts), one row per case (rowid = case id),
        // and each exchange's URL and answer (rowid = exchange id): both found by rowid when they change.
        QStringLiteral("CREATE VIRTUAL TABLE case_text USING fts5(text, tokenize = 'unicode61')"),
        QStringLiteral(
            "CREATE VIRTUAL TABLE exchange_text USING fts5(case_id UNINDEXED, text, tokenize = 'unicode61')"),
    },
    {
        // An exchange's search row carries its case in the rowid ((case << 32) | exchange id): finding
        // the cases of 100,000 matching rows no longer reads each row's case_id (5 times faster).
        QStringLiteral("UPDATE exchange_text SET rowid = (case_id << 32) | rowid"),
    },
    {
        // One numbering a user and a partner share: an exchange's number counts from 1 in its case
        // and is never given again (last_number), whatever is removed later.
        QStringLiteral("ALTER TABLE exchanges ADD COLUMN number INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE exchanges SET number = ranked.n FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY "
                       "case_id ORDER BY id) AS n FROM exchanges) AS ranked WHERE exchanges.id = ranked.id"),
        QStringLiteral("CREATE UNIQUE INDEX exchanges_by_number ON exchanges(case_id, number)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN last_number INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE cases SET last_number = (SELECT COALESCE(MAX(number), 0) FROM exchanges WHERE "
                       "exchanges.case_id = cases.id)"),
        // A removed exchange waits here until the window that removed it closes (undo).
        QStringLiteral("ALTER TABLE exchanges ADD COLUMN removed INTEGER NOT NULL DEFAULT 0"),
        // The two exchanges the user chose to put side by side in the partner's report.
        QStringLiteral("ALTER TABLE cases ADD COLUMN pair_first INTEGER REFERENCES exchanges(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN pair_second INTEGER REFERENCES exchanges(id) ON DELETE SET NULL"),
        // The program's own words (a trace's story, a hop's note) as data, told in the reader's
        // language; text/note keep them in English for search.
        QStringLiteral("ALTER TABLE notes ADD COLUMN said TEXT"),
        QStringLiteral("ALTER TABLE exchanges ADD COLUMN note_said TEXT"),
        // The ledger of callbacks a batch re-fires: one entry per conversion (key) and case, written
        // before it is sent and after it is answered. The URL is kept redacted (the callback's
        // secrets stay in the file it came from); the run's file gives the URL again.
        QStringLiteral("CREATE TABLE sends(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON "
                       "DELETE CASCADE, key TEXT NOT NULL, batch TEXT NOT NULL, method TEXT NOT NULL, url TEXT NOT "
                       "NULL, state TEXT NOT NULL CHECK(state IN ('planned','sending','sent','failed','skipped')), "
                       "attempts INTEGER NOT NULL DEFAULT 0, planned TEXT NOT NULL, started TEXT, finished TEXT, "
                       "status INTEGER, layer TEXT, error TEXT, exchange_id INTEGER REFERENCES exchanges(id) ON "
                       "DELETE SET NULL, UNIQUE(case_id, key))"),
    },
    {
        // A batch reconcile kept in its case (store/reconciliationrecord.h): the files, each group's
        // rows and money, and after a check why the missing ones failed (checked … causes are NULL
        // without one). groups and causes are JSON (store/reconciliationjson.h); a cause is said
        // as data, never in a language.
        QStringLiteral("CREATE TABLE reconciliations(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES "
                       "cases(id) ON DELETE CASCADE, made TEXT NOT NULL, tracker_file TEXT NOT NULL, tracker_preset "
                       "TEXT NOT NULL, partner_file TEXT NOT NULL, partner_preset TEXT NOT NULL, tracker_rows INTEGER "
                       "NOT NULL, partner_rows INTEGER NOT NULL, groups TEXT NOT NULL, checked INTEGER, "
                       "with_callback INTEGER, with_answer INTEGER, rebuilt INTEGER, causes TEXT)"),
        QStringLiteral("CREATE INDEX reconciliations_by_case ON reconciliations(case_id, id)"),
    },
};

QAtomicInt connectionCounter;

constexpr qint64 quickCheckLimit = 32 * 1024 * 1024;

} // namespace

QString caseStatusKey(CaseRecord::Status status)
{
    return QLatin1String(statusKeys[int(status)]);
}

std::optional<CaseRecord::Status> caseStatusFromKey(const QString& key)
{
    return enumFromKey<CaseRecord::Status>(statusKeys, key);
}

QString roleKey(StoredExchange::Role role)
{
    return QLatin1String(roleKeys[int(role)]);
}

std::optional<StoredExchange::Role> roleFromKey(const QString& key)
{
    return enumFromKey<StoredExchange::Role>(roleKeys, key);
}

QString attachmentKindKey(Attachment::Kind kind)
{
    return QLatin1String(attachmentKeys[int(kind)]);
}

std::optional<Attachment::Kind> attachmentKindFromKey(const QString& key)
{
    return enumFromKey<Attachment::Kind>(attachmentKeys, key);
}

QString checklistKey(ChecklistStep::Layer layer)
{
    return QLatin1String(checklistKeys[int(layer)]);
}

std::optional<ChecklistStep::Layer> checklistFromKey(const QString& key)
{
    return enumFromKey<ChecklistStep::Layer>(checklistKeys, key);
}

QString StoreError::message() const
{
    switch (kind) {
    case Kind::CannotOpen:
        return tr("The case store \"%1\" cannot be opened: %2.").arg(path, detail);
    case Kind::NotADatabase:
        return tr("\"%1\" is not a case store (not an SQLite database). It was left untouched; choose another "
                  "file or move it aside.")
            .arg(path);
    case Kind::NotAStore:
        return tr("\"%1\" is an SQLite database of another program, not a case store. It was left untouched; "
                  "choose another file, or a new one.")
            .arg(path);
    case Kind::Damaged:
        return tr("The case store \"%1\" is damaged (%2). It was left untouched; move it aside to start a new store.")
            .arg(path, detail);
    case Kind::NewerSchema:
        return tr("The case store \"%1\" was written by a newer version of Postback Workbench (%2). It was left "
                  "untouched; update the program to open it.")
            .arg(path, detail);
    case Kind::NotFound:
        return tr("There is no %1 in \"%2\".").arg(detail, path);
    case Kind::Unreadable:
        return tr("The case store \"%1\" could not be read: %2. Nothing was changed; if another program "
                  "altered the file, move it aside to start a new store.")
            .arg(path, detail);
    case Kind::Failed:
        break;
    }
    return tr("The case store \"%1\" could not save this: %2.").arg(path, detail);
}

CaseStore::CaseStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

CaseStore::~CaseStore()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString CaseStore::defaultPath()
{
    return dataFolder() + QStringLiteral("/cases.sqlite");
}

Result<std::unique_ptr<CaseStore>, StoreError> CaseStore::open(const QString& path, Opening opening)
{
    // Refuse a file that is not SQLite before SQLite writes anything into it.
    QFile file(path);
    if (opening == Opening::Existing && !file.exists())
        return StoreError{StoreError::Kind::NotFound, path, StoreError::tr("case store")};
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly))
            return StoreError{StoreError::Kind::CannotOpen, path, file.errorString()};
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return StoreError{StoreError::Kind::NotADatabase, path, {}};
        file.close();
    } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return StoreError{StoreError::Kind::CannotOpen, path, QStringLiteral("the folder cannot be created")};
    }

    const QString connection = QStringLiteral("pbw-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<CaseStore> store(new CaseStore(path, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (opening == Opening::Existing)
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READWRITE_NOCREATE"));
    if (!db.open())
        return StoreError{StoreError::Kind::CannotOpen, path, db.lastError().text()};
    if (const auto error = store->migrate())
        return *error;
    return store;
}

Result<QString, StoreError> CaseStore::moveAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = QStringLiteral("%1.unusable-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(aside); ++n)
        aside = QStringLiteral("%1.unusable-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, aside))
        return StoreError{StoreError::Kind::CannotOpen, path, QStringLiteral("the file cannot be renamed")};
    // The write-ahead log belongs to the file it was written for: it goes aside with it.
    for (const char* suffix : {"-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    qCInfo(lcStore) << "unusable store" << path << "moved aside to" << aside;
    return aside;
}

StoreError CaseStore::failure(const QString& detail) const
{
    qCWarning(lcStore) << "store" << m_path << "failed:" << detail;
    return StoreError{StoreError::Kind::Failed, m_path, detail};
}

StoreError CaseStore::unreadable(const QString& detail) const
{
    qCWarning(lcStore) << "store" << m_path << "read failed:" << detail;
    return StoreError{StoreError::Kind::Unreadable, m_path, detail};
}

std::optional<StoreError> CaseStore::write(const std::function<std::optional<QString>()>& fn)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (const auto error = inTransaction(db, fn))
        return failure(*error);
    return std::nullopt;
}

std::optional<StoreError> CaseStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    // quick_check reads every page: a few milliseconds for a store of a few megabytes, a quarter of a
    // second at 100,000 exchanges. A big store gets the schema read instead, and SQLite reports a
    // damaged page ("database disk image is malformed") when a read reaches it.
    const bool small = QFileInfo(m_path).size() < quickCheckLimit;
    const QString check = small ? QStringLiteral("PRAGMA quick_check")
                                : QStringLiteral("SELECT 'ok' FROM (SELECT COUNT(*) FROM sqlite_schema)");
    if (!query.exec(check) || !query.next() || query.value(0).toString() != QLatin1String("ok"))
        return StoreError{StoreError::Kind::Damaged, m_path,
                          query.lastError().isValid() ? query.lastError().databaseText() : query.value(0).toString()};
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > schemaVersion)
        return StoreError{StoreError::Kind::NewerSchema, m_path,
                          QStringLiteral("schema %1; this program knows up to %2").arg(version).arg(schemaVersion)};
    // Version 0 is a new, empty file, or another program's database: that one is left as it is
    // (no tables added, neither its version nor its journal mode changed).
    if (version == 0) {
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
        if (query.next() && query.value(0).toInt() > 0)
            return StoreError{StoreError::Kind::NotAStore, m_path, {}};
    } else {
        query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                  "('cases', 'exchanges', 'notes', 'attachments', 'checklist')"));
        if (!query.next() || query.value(0).toInt() != 5)
            return StoreError{StoreError::Kind::Damaged, m_path, StoreError::tr("tables of the store are missing")};
    }
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    for (int step = version; step < schemaVersion; ++step) {
        const auto error = inTransaction(db, [&]() -> std::optional<QString> {
            for (const QString& statement : migrations[step]) {
                if (auto failed = run(query, statement))
                    return failed;
            }
            return run(query, QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
        });
        if (error)
            return failure(*error);
        qCInfo(lcStore) << "store" << m_path << "migrated to schema" << step + 1;
    }
    return std::nullopt;
}

qint64 CaseStore::dataVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace pbw

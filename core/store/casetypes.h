#pragma once

#include "analysis/verdict.h"
#include "net/exchange.h"
#include "secrets/secretkeeper.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pbw {

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
    QDateTime created; // UTC
    QDateTime updated;
    int exchangeCount = 0;
    // The two exchanges the user chose to put side by side (0: none chosen).
    qint64 pairFirst = 0;
    qint64 pairSecond = 0;
};

// An exchange kept in a case: stored completely and never changed; only its role and note can be.
struct StoredExchange
{
    enum class Role { Failing, Corrected, ReferenceClick, TestCallback, Other };

    qint64 id = 0;
    qint64 caseId = 0;
    int number = 0; // 1, 2, 3… in its case: the number the user and the partner see
    Role role = Role::Other;
    QString note;
    QJsonObject noteSaid; // the note as the program's words (text/saidtext.h), or empty
    QDateTime saved; // UTC
    // As `pbw replay --json` prints it, verdict included, secrets redacted: the storage form, and
    // what exports copy byte for byte. Readers that show or use the exchange take it decoded:
    QJsonObject data;

    Exchange exchange() const; // the request as sent and the answer, decoded from data
    Verdict verdict() const; // the verdict kept with it (Unknown, empty, when none was)
    QList<KeptSecret> secrets() const; // where its secret values were, and their keychain refs
    // The storage form with the exchange replaced (redacted again, say): its verdict and recorded
    // secrets kept, and found recorded as secrets not kept.
    QJsonObject dataWith(const Exchange& replaced, const QList<FoundSecret>& found = {}) const;
};

// A note written into a case; it can be edited or removed.
struct CaseNote
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString text;
    QDateTime written; // UTC
    QJsonObject said; // the program's words as data (text/saidtext.h), or empty: the user's text
};

// Something the partner gave or approved: a template, their confirmation (pasted text or a file).
struct Attachment
{
    enum class Kind { Template, Confirmation, File };

    qint64 id = 0;
    qint64 caseId = 0;
    Kind kind = Kind::File;
    QString title;
    QString text; // pasted text, or the file's text when it is text
    QString fileName; // empty for pasted text
    QByteArray content; // the file as it was attached
    QDateTime added; // UTC
};

// One layer of the articles' method, proved (or not) with who, when and the evidence.
struct ChecklistStep
{
    enum class Layer { Click, Event, Callback, Template, Partner };

    Layer layer = Layer::Click;
    bool done = false;
    QString who;
    QDateTime when; // UTC
    qint64 exchangeId = 0; // evidence: an exchange of the case…
    qint64 noteId = 0; // …a note…
    qint64 attachmentId = 0; // …or an attachment (the partner's confirmation)
};
inline constexpr int checklistLayerCount = 5;

// The number in its case of the exchange with this id among exchanges (0: not there).
inline int numberOf(const QList<StoredExchange>& exchanges, qint64 id)
{
    for (const StoredExchange& stored : exchanges) {
        if (stored.id == id)
            return stored.number;
    }
    return 0;
}

// Stable keys, the same in the database, `pbw` and exported files.
QString caseStatusKey(CaseRecord::Status status); // "open", "waiting", "fixed", "closed"
std::optional<CaseRecord::Status> caseStatusFromKey(const QString& key);
QString roleKey(StoredExchange::Role role); // "failing", "corrected", "reference-click", "test-callback", "other"
std::optional<StoredExchange::Role> roleFromKey(const QString& key);
QString attachmentKindKey(Attachment::Kind kind); // "template", "confirmation", "file"
std::optional<Attachment::Kind> attachmentKindFromKey(const QString& key);
QString checklistKey(ChecklistStep::Layer layer); // "click", "event", "callback", "template", "partner"
std::optional<ChecklistStep::Layer> checklistFromKey(const QString& key);

// Why the store could not do what was asked; the file is never damaged by a refusal.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind { CannotOpen, NotADatabase, NotAStore, Damaged, NewerSchema, NotFound, Unreadable, Failed };

    Kind kind = Kind::Failed;
    QString path;
    QString detail; // SQLite's own words, for the curious

    QString message() const; // translated, plain words
    // "There is no case 7": detail names what is missing in the user's words.
    static StoreError missing(const QString& path, const QString& what) { return {Kind::NotFound, path, what}; }
    static QString caseNumber(qint64 id) { return tr("case %1").arg(id); }
    static QString exchangeNumber(qint64 id) { return tr("exchange %1").arg(id); }
    static QString exchangeOfCase(int number, qint64 caseId)
    {
        return tr("exchange %1 in case %2").arg(number).arg(caseId);
    }
    // True when starting a new store (keeping this file aside) is the way out.
    bool fileIsUnusable() const { return kind == Kind::NotADatabase || kind == Kind::Damaged; }
};

} // namespace pbw

#pragma once

#include "store/casetypes.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

namespace pbw {

class CaseStore;

// Everything one case holds, as one value: what an export writes and an import reads. Inside a
// bundle, exchanges, notes and attachments are numbered 1, 2, 3… in their order, and the
// checklist's evidence names those numbers, so a bundle does not depend on any store's ids.
struct CaseBundle
{
    CaseRecord record; // id: 0
    QList<ChecklistStep> checklist;
    QList<CaseNote> notes;
    QList<Attachment> attachments;
    QList<StoredExchange> exchanges; // data as the store keeps it; secrets' keychain refs dropped
};

// The case as the store holds it, renumbered; the store's error when it is missing or unreadable. The keychain
// refs of its secrets are dropped unless asked for (to read the values back before they go).
Result<CaseBundle, StoreError> bundleOf(const CaseStore& store, qint64 caseId, bool keepSecretRefs = false);

// Why a file cannot be imported, in words for the user.
struct ImportProblem
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblem)

public:
    enum class Kind { Unreadable, TooLarge, NotJson, NotACaseFile, NewerVersion, BadField, NotHar, Empty };
    Kind kind = Kind::NotJson;
    QString detail; // what exactly: the field, the parser's words

    QString message() const;
    static ImportProblem of(Kind kind, const QString& detail = {});
};

// Parses an imported file's JSON: too large, not JSON or cut short is the problem returned.
Result<QJsonDocument, ImportProblem> parseImportedJson(const QByteArray& bytes, qint64 maxBytes);

} // namespace pbw

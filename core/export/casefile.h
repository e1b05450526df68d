#pragma once

#include "export/jsonspans.h"
#include "store/casebundle.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QSet>

namespace pbw {

// The case file (.pbcase): one versioned UTF-8 JSON document holding a whole case, attachments
// embedded. Format: docs/case-format.md; JSON Schema: resources/schema/pbcase.schema.json.
inline constexpr int caseFileVersion = 1;
inline constexpr char caseFileFormat[] = "postback-workbench-case";
// A case file larger than this is refused before it is read (attachments are at most 16 MB each).
inline constexpr qint64 maxCaseFileBytes = 512LL * 1024 * 1024;

// Keys sorted, two-space indented: the same case gives the same bytes (apart from exportedAt).
QByteArray writeCaseFile(const CaseBundle& bundle, const QDateTime& exportedAt);
// Checks every field; a newer version, a broken or hostile file is refused with the reason. (The
// bytes at hand; a file is read by importFile, importfile.h, which this calls.)
Result<CaseBundle, ImportProblem> readCaseFile(const QByteArray& bytes);

// Limits of what an import reads (docs/case-format.md): one text field (a title, a note, a comment, a
// name) at most 1 MB (1,048,576 characters); one body of an exchange, decoded, at most 16 MB; an
// attached file or pasted text at most CaseStore::maxAttachmentBytes (16 MB).
inline constexpr qsizetype maxImportTextChars = 1 << 20;
inline constexpr qsizetype maxImportBodyBytes = 16 * 1024 * 1024;

// Base64 as written by this program and by browsers (the standard alphabet, padded), or nothing:
// QByteArray::fromBase64 alone passes over what is not base64 and gives garbage.
std::optional<QByteArray> strictBase64(const QString& text);

// The case file read part by part as importFile finds them (the root's members, each element of its
// lists): each part is checked when it arrives and only the values kept, never the whole document.
class CaseFileParts
{
public:
    static bool isCaseFileKey(QByteArrayView key);
    JsonSplitter::Take take(const JsonSplitter::Path& where, char first);
    // One part, whole; the first problem is kept and the parts after it are skipped.
    void add(const JsonSplitter::Path& where, const QByteArray& json);
    Result<CaseBundle, ImportProblem> finish();

private:
    void fail(ImportProblem::Kind kind, const QString& where);

    CaseBundle m_bundle;
    std::optional<ImportProblem> m_problem;
    QJsonValue m_format;
    QJsonValue m_version;
    bool m_hasCase = false;
    QSet<QByteArray> m_lists; // the lists seen (as arrays)
};

} // namespace pbw

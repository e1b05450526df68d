#pragma once

#include "store/casebundle.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>

namespace pbw {

// The case file (.pbcase): one versioned UTF-8 JSON document holding a whole case, attachments
// embedded. Format: docs/case-format.md; JSON Schema: resources/schema/pbcase.schema.json.
inline constexpr int caseFileVersion = 1;
inline constexpr char caseFileFormat[] = "postback-workbench-case";
// A case file larger than this is refused before it is read (attachments are at most 16 MB each).
inline constexpr qint64 maxCaseFileBytes = 512LL * 1024 * 1024;

// Keys sorted, two-space indented: the same case gives the same bytes (apart from exportedAt).
QByteArray writeCaseFile(const CaseBundle& bundle, const QDateTime& exportedAt);
// Checks every field; a newer version, a broken or hostile file is refused with the reason.
Result<CaseBundle, ImportProblem> readCaseFile(const QByteArray& bytes);

} // namespace pbw

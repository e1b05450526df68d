#pragma once

#include "export/har.h"
#include "store/casebundle.h"
#include "util/result.h"

#include <QByteArray>
#include <functional>

class QIODevice;

namespace pbw {

// What a file to import holds: a whole case (.pbcase) or a HAR's requests.
struct ImportedFile
{
    enum class Kind { CaseFile, Har };
    Kind kind = Kind::CaseFile;
    CaseBundle caseFile; // Kind::CaseFile
    HarFile har; // Kind::Har: the requests, and the entries left out with the reason
};

// A file larger than this is refused before it is read.
inline constexpr qint64 maxImportFileBytes = 512LL * 1024 * 1024;

// How an import reports and is stopped: progress(bytes read, bytes in all; 0 when unknown) after each
// chunk; cancelled() asked after each chunk and each part (true: it stops with Kind::Cancelled).
// Both may be called on the thread the import runs on.
struct ImportControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;
};

// The one reader of files to import (the window, pbw case import, the benchmark and the fuzz target
// use it). It tells a case file from a HAR by the root's first keys it knows, then reads the file a
// chunk (1 MB) at a time: each part (an entry of the HAR; the case, one exchange, note, attachment or
// checklist step of a case file) is handed over alone, parsed, checked and kept as values, so the
// whole document is never held nor parsed as one. Limits: the file maxImportFileBytes; one part
// 8-128 MB as JSON (an entry or exchange 64 MB, an attachment 128 MB, the case 32 MB); one text field
// maxImportTextChars (1 MB); one body maxImportBodyBytes (16 MB); an attached file
// CaseStore::maxAttachmentBytes (16 MB). Peak memory: what is kept, plus one part and one chunk.
Result<ImportedFile, ImportProblem> importFile(const QString& path, const ImportControl& control = {});
Result<ImportedFile, ImportProblem> importFile(QIODevice* device, const ImportControl& control = {});
Result<ImportedFile, ImportProblem> importBytes(const QByteArray& bytes);

// The chosen entries of a HAR (indexes into har.entries) as a bundle for CaseStore::importCase: each
// judged and checked for secrets with names on every core (call it off the window's thread), with
// the role given and the entry's comment as the note; into the case intoCase, or (0) a new case of
// that title. Nothing when cancelled.
std::optional<CaseBundle> harImportBundle(const QList<HarEntry>& entries, const QList<qsizetype>& chosen,
                                          StoredExchange::Role role, const SecretNames& names, qint64 intoCase,
                                          const QString& newCaseTitle, const std::function<bool()>& cancelled = {});

// The chosen entries of a HAR written into the store a batch at a time — each batch judged and checked
// for secrets on every core, written, then dropped with its entries — in one transaction: peak memory
// the entries read plus one batch, not the entries plus all their stored forms. For pbw and the
// benchmark, and for the window off its thread on a store connection of that thread. cancelled is
// asked before each batch: true rolls the whole import back.
Result<qint64, StoreError> importHarInto(CaseStore& store, HarFile&& har, const QList<qsizetype>& chosen,
                                         StoredExchange::Role role, qint64 intoCase, const QString& newCaseTitle,
                                         const std::function<bool()>& cancelled = {});

} // namespace pbw

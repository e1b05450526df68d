#pragma once

#include "export/jsonspans.h"
#include "net/exchange.h"
#include "store/casebundle.h"
#include "store/casestore.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>

namespace pbw {

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): every exchange of a case as an entry,
// its role and verdict in the entry's comment. Opens in browsers' devtools and other HTTP tools.
QByteArray writeHar(const CaseBundle& bundle);

// One entry of a HAR someone else wrote (a browser's devtools, another HTTP tool), as an exchange.
struct HarEntry
{
    Exchange exchange;
    QString comment; // the entry's comment, if any
    // What this program wrote in its own HAR (_role, _note), kept when the file comes back.
    std::optional<StoredExchange::Role> role;
    std::optional<QString> note;
};

// A HAR larger than this is refused before it is read.
inline constexpr qint64 maxHarBytes = 512LL * 1024 * 1024;

// An entry of a HAR left out of an import (not a request, a body over the limit), and why.
struct HarLeftOut
{
    qsizetype index = 0; // in log.entries, from 0
    QString reason; // in the user's words
};

struct HarFile
{
    QList<HarEntry> entries;
    QList<HarLeftOut> leftOut;
};

// Reads every entry of the bytes at hand (a file is read by importFile, importfile.h, which this
// calls); entries that are not requests are left out; broken, hostile or foreign files are refused
// with the reason.
Result<QList<HarEntry>, ImportProblem> readHar(QByteArray bytes);

// The HAR read entry by entry as importFile finds them: each entry is parsed on its own and only the
// exchange kept, never the whole document.
class HarParts
{
public:
    JsonSplitter::Take take(const JsonSplitter::Path& where, char first);
    // One entry, whole: an exchange, an entry left out, or (a body declared base64 that is not) the
    // problem that refuses the file; the entries after a problem are skipped.
    void add(const JsonSplitter::Path& where, const QByteArray& json);
    Result<HarFile, ImportProblem> finish();

private:
    HarFile m_file;
    std::optional<ImportProblem> m_problem;
    bool m_log = false; // log is an object
    bool m_entries = false; // log.entries is a list
};

} // namespace pbw

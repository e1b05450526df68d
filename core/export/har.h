#pragma once

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
};

// A HAR larger than this is refused before it is read.
inline constexpr qint64 maxHarBytes = 512LL * 1024 * 1024;

// Reads every entry; broken, hostile or foreign files are refused with the reason. The file's bytes
// are let go as soon as they are parsed (pass them with std::move: a HAR can be hundreds of MB).
Result<QList<HarEntry>, ImportProblem> readHar(QByteArray bytes);

// The chosen entries (indexes into entries) as exchanges to add to a case, each judged (on every
// core: a HAR can hold thousands), with the role given and the entry's comment as the note.
QList<NewExchange> exchangesToImport(const QList<HarEntry>& entries, const QList<qsizetype>& chosen,
                                     StoredExchange::Role role);

} // namespace pbw

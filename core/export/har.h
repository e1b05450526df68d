#pragma once

#include "export/casebundle.h"
#include "net/exchange.h"
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

// Reads every entry; broken, hostile or foreign files are refused with the reason.
Result<QList<HarEntry>, ImportProblem> readHar(const QByteArray& bytes);

} // namespace pbw

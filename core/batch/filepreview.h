#pragma once

#include "fileformat.h"
#include "readproblem.h"
#include "util/result.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

namespace pbw::batch {

// The header and the first rows of a file, every column, as the column-mapping step shows them.
struct FilePreview
{
    FileFormat format; // encoding, delimiter, headers (no field columns: nothing is mapped yet)
    QList<QStringList> rows;
};

// Reads at most the first 256 KB of the file, found out as readConversions does (byte-order mark,
// encoding, delimiter, Excel's "sep=" line), and keeps up to maxRows rows after the header. A row cut
// by the end of what was read is left out. Refused: binary data, a bad quote before the first rows,
// a file with no header.
Result<FilePreview, ReadProblem> previewConversions(QIODevice* device, int maxRows = 20);

} // namespace pbw::batch

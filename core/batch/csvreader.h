#pragma once

#include "columnmapping.h"
#include "conversiontable.h"
#include "readproblem.h"
#include "util/result.h"

#include <QIODevice>
#include <QTimeZone>
#include <functional>

namespace pbw::batch {

struct ReadOptions
{
    // Which columns to read: a preset's aliases with the user's --map on top, or the generic names.
    ColumnMapping mapping = ColumnMapping::automatic();
    // The zone of times written without an offset (the tracker's or the partner's account zone).
    QTimeZone zone = QTimeZone::utc();
    bool slashDayFirst = false; // 07/12/2026 is the 7th of December
    qint64 maxBytes = qint64(1) << 30; // 1 GB: a larger file is refused before a byte is read
    // Called after each chunk (about 1 MB) with the bytes read and the file's size (-1 when the
    // device cannot say); returning false stops the reading with a Cancelled problem.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Reads a tracker's conversion or postback log, or a partner's conversion report, CSV or TSV, as a
// stream: the file is read in chunks of 1 MB through libcsv (strict mode), and of each row only the
// mapped fields are kept, in a compact table. The device must be open for reading.
//
// Found out from the first chunk: a byte-order mark (UTF-8, UTF-16LE/BE), the encoding (valid UTF-8,
// else Windows-1251, as Russian Excel writes), the delimiter ("," ";" tab "|"). The first row is the
// header; the mapping's names are looked up in it. Payouts are read with a decimal point or comma
// (money.h), times in several formats (timereader.h) in options.zone unless they carry an offset.
// Blank lines are skipped. A cell that is not a valid value (payout "n/a") keeps its row and is
// counted in the table's valueProblems().
//
// Refused, with the line (ReadProblem): a file over maxBytes; binary data; a row whose cell count is
// not the header's; a stray or unclosed quote; a cell over 1 MB; broken text encoding; a header
// without the click ID column or without a column the user named. A refused file gives no table.
Result<ConversionTable, ReadProblem> readConversions(QIODevice* device, const ReadOptions& options = {});

} // namespace pbw::batch

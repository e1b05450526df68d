#pragma once

#include "batchreport.h"
#include "util/result.h"

namespace pbw::cli {

// Every tracker row with its group and its partner row, then each extra partner row, as CSV (UTF-8,
// comma, a header). Written to a temporary file and moved into place: an error leaves no half file.
Result<void, QString> writeReconciledCsv(const QString& path, const ReconcileReport& report);

// One cell of a CSV row (RFC 4180): quoted when it holds a comma, a quote or a line break.
void appendCsvCell(QByteArray& out, QByteArrayView bytes);

} // namespace pbw::cli

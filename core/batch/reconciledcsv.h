#pragma once

#include "reconcile.h"
#include "util/result.h"

#include <QTimeZone>
#include <functional>

namespace pbw::batch {

// One cell of a CSV row (RFC 4180): quoted when it holds a comma, a quote or a line break. A cell a
// spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return and is not
// a plain number) is written with a leading apostrophe, as OWASP's advice on CSV injection says: a
// hostile click ID opened in Excel or LibreOffice stays text.
void appendCsvCell(QByteArray& out, QByteArrayView bytes);
// A cell as appendCsvCell meant it: the apostrophe it put before a formula's first character dropped.
QString cellAsWritten(const QString& cell);

// Every tracker row with its group and its partner row, then each extra partner row, as CSV (UTF-8,
// comma, a header; times in zone). Written to a temporary file and moved into place: an error or a
// cancel leaves no half file. progress (optional) is called every 64k rows with the rows written and
// all of them; returning false stops and writes nothing. The error is in words, translated.
Result<void, QString> writeReconciledCsv(const QString& path, const ConversionTable& tracker,
                                         const ConversionTable& partner, const Reconciliation& result,
                                         const QTimeZone& zone,
                                         const std::function<bool(qint64 done, qint64 total)>& progress = {});

} // namespace pbw::batch

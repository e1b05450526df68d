#pragma once

#include "store/casebundle.h"

#include <QDateTime>
#include <optional>

namespace pbw {

// The formats a case leaves the machine in. PDF is the HTML report printed (done by the window,
// which has a page layout engine); the others are made here.
enum class ExportFormat { CaseFile, Har, Html, Curl, Pdf };

QString exportFormatKey(ExportFormat format); // "case", "har", "html", "curl", "pdf" (pbw --format)
std::optional<ExportFormat> exportFormatFromKey(const QString& key);
QString exportFormatName(ExportFormat format); // translated: "Case file (.pbcase)"…
QString exportFileSuffix(ExportFormat format); // "pbcase", "har", "html", "sh", "pdf"

// The file's bytes; empty for PDF.
QByteArray exportBytes(const CaseBundle& bundle, ExportFormat format, const QDateTime& exportedAt);

} // namespace pbw

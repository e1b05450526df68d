#pragma once

#include "store/casebundle.h"

#include <QDateTime>

namespace pbw {

// The HTML report laid out on A4 pages by Qt's own engine (no browser, nothing fetched) and saved
// as a PDF. Needs a QGuiApplication (any platform, offscreen included). False with the reason.
bool writeReportPdf(const CaseBundle& bundle, const QDateTime& exportedAt, const QString& path, QString* error);
// The same for a report already written as HTML (what the pbw-pdf helper receives).
bool writeHtmlPdf(const QString& html, const QString& title, const QString& path, QString* error);

} // namespace pbw

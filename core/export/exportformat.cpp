#include "export/exportformat.h"

#include "export/casefile.h"
#include "export/curlscript.h"
#include "export/har.h"
#include "export/htmlreport.h"
#include "util/keys.h"

#include <QCoreApplication>

namespace pbw {

namespace {

const char* const formatKeys[] = {"case", "har", "html", "curl", "pdf"};

} // namespace

QString exportFormatKey(ExportFormat format)
{
    return QLatin1String(formatKeys[int(format)]);
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key)
{
    return enumFromKey<ExportFormat>(formatKeys, key);
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::CaseFile:
        return QCoreApplication::translate("pbw::Export", "Case file, to open in Postback Workbench (.pbcase)");
    case ExportFormat::Har:
        return QCoreApplication::translate("pbw::Export", "HAR, for browser devtools and HTTP tools (.har)");
    case ExportFormat::Html:
        return QCoreApplication::translate("pbw::Export", "Report for the partner, to open in a browser (.html)");
    case ExportFormat::Curl:
        return QCoreApplication::translate("pbw::Export", "curl commands, to send the requests again (.sh)");
    case ExportFormat::Pdf:
        break;
    }
    return QCoreApplication::translate("pbw::Export", "Report for the partner, to print (.pdf)");
}

QString exportFileSuffix(ExportFormat format)
{
    static const char* const suffixes[] = {"pbcase", "har", "html", "sh", "pdf"};
    return QLatin1String(suffixes[int(format)]);
}

QByteArray exportBytes(const CaseBundle& bundle, ExportFormat format, const QDateTime& exportedAt)
{
    switch (format) {
    case ExportFormat::CaseFile:
        return writeCaseFile(bundle, exportedAt);
    case ExportFormat::Har:
        return writeHar(bundle);
    case ExportFormat::Html:
        return htmlReport(bundle, exportedAt).toUtf8();
    case ExportFormat::Curl:
        return curlScript(bundle).toUtf8();
    case ExportFormat::Pdf:
        break;
    }
    return {};
}

} // namespace pbw

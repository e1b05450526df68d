#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace pbw::cli {

struct CaseOptions;

// pbw case export ID --format case|har|html|pdf|curl [-o FILE] [--no-redact] [--redact VALUE…]
int runCaseExport(const QStringList& arguments, const QCommandLineParser& parser, const CaseOptions& o);
// pbw case import FILE [--into ID] [--role ROLE] [--entries N,M-K]
int runCaseImport(const QStringList& arguments, const QCommandLineParser& parser, const CaseOptions& o);

} // namespace pbw::cli

#pragma once

#include "capi/capievent.h"
#include "capi/capivalidation.h"

#include <QStringList>

namespace pbw::cli {

// pbw capi hash FIELD VALUE... | validate EVENTS.json | send EVENTS.json --pixel ID | token set|clear --pixel ID
struct CliContext;

int runCapi(const QStringList& arguments, const CliContext& context);
int runCapiSend(const QStringList& arguments, const CliContext& context); // capisend.cpp
int runCapiToken(const QStringList& arguments); // capisend.cpp

// An events file (or - for standard input), read and parsed.
Result<QList<CapiEvent>, CapiParseError> readCapiEventsFile(const QString& path);
void printCapiProblems(const QList<CapiProblem>& problems, int eventCount);

} // namespace pbw::cli

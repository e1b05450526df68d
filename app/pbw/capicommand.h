#pragma once

#include "capi/capievent.h"
#include "capi/capivalidation.h"
#include "net/exchange.h"

#include <QJsonObject>
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
// When validation found an error: says nothing was sent (with --json: sent null, would_send and the
// problems) and returns true; false when the send may go on.
bool stopOnErrors(const QList<CapiProblem>& problems, const QJsonObject& wouldSend, bool json);
// What a send's exchange adds to --json (response: status and body, or null; transport_error), and
// its lines before the answer ("POST url — n events", "HTTP 200" or the transport error).
void addSendOutcome(QJsonObject& object, const Exchange& result);
void printSendOutcome(const Exchange& result, const QString& url, int eventCount);

} // namespace pbw::cli

#pragma once

#include "net/exchange.h"

#include <QJsonObject>

namespace pbw::cli {

// Prints `pbw replay --json`'s object with the answer's body written straight from the exchange's
// bytes, in pieces, where the document has it: a body of hundreds of megabytes is never copied into
// the JSON document (as base64, as a QString, as the document's text). The output is the same bytes
// printJson would write.
void printExchangeJson(const Exchange& exchange, const QJsonObject& verdict);

} // namespace pbw::cli

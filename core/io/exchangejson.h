#pragma once

#include "net/exchange.h"

#include <QJsonObject>

namespace pbw {

// The exchange as the JSON object `pbw replay --json` prints; keys are documented in docs/cli.md.
QJsonObject exchangeToJson(const Exchange& exchange);
// The exchange back from that object (a case, a case file): what a store kept, shown again.
Exchange exchangeFromJson(const QJsonObject& object);

} // namespace pbw

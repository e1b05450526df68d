#pragma once

#include "net/exchange.h"

#include <QJsonObject>

namespace pbw {

// The exchange as the JSON object `pbw replay --json` prints; keys are documented in docs/cli.md.
QJsonObject exchangeToJson(const Exchange& exchange);

} // namespace pbw

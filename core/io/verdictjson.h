#pragma once

#include "analysis/verdict.h"

#include <QJsonObject>

namespace pbw {

// The "verdict" object of `pbw replay --json` (keys documented in docs/cli.md).
QJsonObject verdictToJson(const Verdict& verdict);
QString evidenceKindKey(Evidence::Kind kind); // "status", "header", "body", "json", ...

} // namespace pbw

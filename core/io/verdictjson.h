#pragma once

#include "analysis/verdict.h"

#include <QJsonObject>

namespace pbw {

// The "verdict" object of `pbw replay --json` (keys documented in docs/cli.md).
QJsonObject verdictToJson(const Verdict& verdict);
// The verdict back from that object, as a case kept it (its words in the language it was made in);
// unknown keys read as Unknown, no bucket, low confidence.
Verdict verdictFromJson(const QJsonObject& object);
QString evidenceKindKey(Evidence::Kind kind); // "status", "header", "body", "json", ...
std::optional<Evidence::Kind> evidenceKindFromKey(const QString& key);

} // namespace pbw

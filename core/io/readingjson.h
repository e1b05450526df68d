#pragma once

#include "analysis/answerjudge.h"

#include <QJsonObject>

namespace pbw {

// The "reading" object of `pbw rules explain --json` (keys documented in docs/cli.md).
QJsonObject readingToJson(const AnswerReading& reading);

} // namespace pbw

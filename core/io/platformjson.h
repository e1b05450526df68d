#pragma once

#include "capi/platformanswer.h"
#include "capi/platformcompare.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pbw {

// One typed value as every platform receives it, for pbw --json and the case.
QJsonObject fieldComparisonToJson(const FieldComparison& row);
QJsonObject platformAnswerToJson(const PlatformAnswer& answer);

} // namespace pbw

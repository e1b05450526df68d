#pragma once

#include "capi/platformanswer.h"
#include "capi/platformcompare.h"

namespace pbw {

// A platform's answer as lines a person reads: the headline, its notes, each error with why and fix.
QString platformAnswerAsText(const PlatformAnswer& answer);
// One value across platforms: a line per platform (what it sends), then why they differ.
QString fieldComparisonAsText(const FieldComparison& row);

} // namespace pbw

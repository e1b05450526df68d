#pragma once

#include "analysis/callback.h"
#include "analysis/finding.h"
#include "analysis/paramtable.h"

namespace pbw {

// Everything wrong with one callback that can be seen in the request itself: macros left literal,
// a '#' that cuts the URL, empty and placeholder values, encoding mistakes, duplicates, payouts and
// click IDs that do not look right. Findings come in the order of the text.
QList<Finding> checkCallback(const Callback& callback, const ParamTable& table = ParamTable::builtIn());

} // namespace pbw

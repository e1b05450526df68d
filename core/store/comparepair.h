#pragma once

#include "store/casetypes.h"

#include <utility>

namespace pbw {

// The two exchanges of a case a partner's support wants side by side: the latest failing and the
// latest corrected, or else the two latest; ids (0, 0) when the case has fewer than two.
std::pair<qint64, qint64> comparePair(const QList<StoredExchange>& exchanges);

} // namespace pbw

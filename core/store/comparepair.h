#pragma once

#include "store/casetypes.h"

#include <utility>

namespace pbw {

// The two exchanges of a case a partner's support wants side by side (ids as the list has them), in
// this order: the pair the user picked in Compare; the checklist's evidence for "Callback sent" (the
// corrected one) beside the latest failing exchange; the latest failing and the latest corrected; the
// two latest that are not hops of a click trace. (0, 0) when the case has fewer than two.
std::pair<qint64, qint64> comparePair(const CaseRecord& record, const QList<StoredExchange>& exchanges,
                                      const QList<ChecklistStep>& checklist);

} // namespace pbw

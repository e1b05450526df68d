#pragma once

#include "capi/capivalidation.h"
#include "capi/platform.h"

namespace pbw {

// Checks events as one platform would take them, before anything is sent: Meta's own checks for
// Meta; for the others their batch size, event age, the customer information they refuse and the
// match keys they require (resources/rules/platforms/<id>.json and its sources).
QList<CapiProblem> validatePlatformEvents(const ConversionPlatform& platform, const QList<CapiEvent>& events,
                                          const QDateTime& now);

} // namespace pbw

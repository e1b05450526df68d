#pragma once

#include "batch/missingcheck.h"

namespace pbw::ui {

// A cause of the batch check in one line, told in the language of now: the verdict's symbol and
// headline, and the first error's id ("✗ Macro left literal [macro-literal]"). Its sentence (why)
// is the check's, for a tooltip.
QString causeTitle(const batch::Cause& cause);

} // namespace pbw::ui

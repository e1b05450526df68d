#pragma once

#include "export/exportredaction.h"

namespace pbw {

// "token in the query — not kept in the case", "Authorization header — found now", translated.
QString redactionItemText(const RedactionItem& item);

} // namespace pbw

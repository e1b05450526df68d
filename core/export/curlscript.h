#pragma once

#include "store/casebundle.h"

namespace pbw {

// A bash script with one curl command per exchange of the case, each sending the same bytes as the
// exchange did (method, target exactly as sent, headers, body), under a comment naming it.
QString curlScript(const CaseBundle& bundle);

} // namespace pbw

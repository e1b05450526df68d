#pragma once

#include "store/casebundle.h"

#include <QDateTime>

namespace pbw {

// One self-contained HTML page in the user's language, for a partner's support to read without
// the app: the case, the checklist, the failing and corrected exchanges (request line and headers
// as sent, the answer, the verdict, a curl command each), their differences side by side, every
// exchange in a list, the notes and the partner's confirmation. No script and no remote resource
// (its Content-Security-Policy forbids both); everything the partner or the user wrote is escaped.
QString htmlReport(const CaseBundle& bundle, const QDateTime& exportedAt);

} // namespace pbw

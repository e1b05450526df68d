#pragma once

#include <QStringList>

namespace pbw::cli {

struct CliContext;

// pbw batch ACTION …: many conversions at once (issue 24). "reconcile" matches a tracker's
// conversions with a partner's report.
int runBatch(const QStringList& arguments, const CliContext& context);

} // namespace pbw::cli

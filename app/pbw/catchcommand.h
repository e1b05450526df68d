#pragma once

#include <QStringList>

namespace pbw::cli {

struct CliContext;

// pbw catch [--address A] [--port N] [--https | --cert F --key F] [--prefix P] [--answer ID | --status N
//           --body T] [--template URL] [--case ID] [--har F] [--case-file F] [--count N] [--for S]
//           [--trust-proxy A]… [--max-body B] [--max-per-minute N] [--json]
int runCatch(const QStringList& arguments, const CliContext& context);

} // namespace pbw::cli

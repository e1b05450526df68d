#pragma once

#include <QStringList>

namespace pbw::cli {

struct CliContext;

// pbw batch send CALLBACKS.csv --case ID [--dry-run] [--rate N] [--concurrency N] [--stop-after N]
// [--retries N] [--timeout S] [--resend KEY]… [--yes] [--json]: re-fires through the case's ledger.
int runBatchSend(const QStringList& arguments, const CliContext& context);

} // namespace pbw::cli

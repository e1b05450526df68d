#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw batch check TRACKER PARTNER: why each conversion missing at the partner failed (its logged
// callback checked, its logged answer judged), grouped by cause, and the corrected callbacks to re-fire.
struct CliContext;

int batchCheckCommand(const QStringList& arguments, const CliContext& context);

} // namespace pbw::cli

#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw trace URL [--ua PRESET|STRING] [--max-hops N] [--proxy URL] [--timeout S] [--json]
struct CliContext;

int runTrace(const QStringList& arguments, const CliContext& context);
// pbw clickid URL|- [--json]
int runClickId(const QStringList& arguments);

} // namespace pbw::cli

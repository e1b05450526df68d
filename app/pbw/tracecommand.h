#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw trace URL [--ua PRESET|STRING] [--max-hops N] [--proxy URL] [--timeout S] [--json]
int runTrace(const QStringList& arguments);
// pbw clickid URL|- [--json]
int runClickId(const QStringList& arguments);

} // namespace pbw::cli

#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw replay URL [options] | pbw replay --curl 'curl ...' [options]
struct CliContext;

int runReplay(const QStringList& arguments, const CliContext& context);

} // namespace pbw::cli

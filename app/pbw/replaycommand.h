#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw replay URL [options] | pbw replay --curl 'curl ...' [options]
int runReplay(const QStringList& arguments);

} // namespace pbw::cli

#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw rules check FILE [--json] — validates an answer rules file
// pbw rules list [--json]       — the rules in use, the user's first
int runRules(const QStringList& arguments);

} // namespace pbw::cli

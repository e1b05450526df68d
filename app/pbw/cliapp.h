#pragma once

#include <QStringList>

namespace pbw::cli {

// Exit statuses every command shares.
enum ExitStatus { Ok = 0, ProblemFound = 1, BadInput = 2 };

struct CliContext;

int run(const QStringList& arguments, const CliContext& context);

} // namespace pbw::cli

#pragma once

#include <QStringList>

namespace pbw::cli {

// Exit statuses every command shares.
enum ExitStatus { Ok = 0, ProblemFound = 1, BadInput = 2 };

int run(const QStringList& arguments);

} // namespace pbw::cli

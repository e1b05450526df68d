#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw check URL|@file [--template URL|@file] [--fix] [--json]
int runCheck(const QStringList& arguments);

// pbw diff A B [--json]; A and B are URLs or @file (a URL, a raw request or a curl command)
int runDiff(const QStringList& arguments);

} // namespace pbw::cli

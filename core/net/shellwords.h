#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace pbw {

// Splits a command line the way bash reads it: 'single', "double" and $'ANSI-C' quotes,
// backslash escapes and backslash-newline continuations. Nothing is expanded or run.
// On failure the error names the problem in plain words (translated).
Result<QStringList, QString> splitShellWords(const QString& command);

} // namespace pbw

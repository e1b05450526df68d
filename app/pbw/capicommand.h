#pragma once

#include <QStringList>

namespace pbw::cli {

// pbw capi hash FIELD VALUE... [--json]: each value normalised and hashed as Meta requires.
int runCapi(const QStringList& arguments);

} // namespace pbw::cli

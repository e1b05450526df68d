#pragma once

#include <QString>

namespace pbw::cli {

void printOut(const QString& text);
void printError(const QString& text);

} // namespace pbw::cli

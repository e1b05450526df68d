#pragma once

#include <QJsonObject>
#include <QString>

namespace pbw::cli {

void printOut(const QString& text);
void printError(const QString& text);
void printJson(const QJsonObject& object); // indented, for --json

} // namespace pbw::cli

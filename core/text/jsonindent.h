#pragma once

#include <QString>
#include <optional>

namespace pbw {

// A JSON text indented for reading, 4 spaces a level, with nothing changed but the white space
// between tokens: members stay in the partner's order and every string and number stays exactly as
// written (QJsonDocument would sort the keys and write numbers and escapes its own way). Nothing when
// the text is not balanced JSON (a string left open, a bracket that does not close).
std::optional<QString> indentJson(QStringView json);

} // namespace pbw

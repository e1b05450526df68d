#pragma once

#include <QString>

namespace pbw {

// A name to propose when saving something that came from elsewhere (an attachment in a case file, a
// case's title): its last path component only, without characters file systems refuse or shells
// misread (/ \ : * ? " < > | and control characters), without leading dots (no hidden files, no
// "..") or trailing dots and spaces, at most 120 characters. fallback when nothing is left.
QString safeFileName(const QString& proposed, const QString& fallback);

} // namespace pbw

#pragma once

namespace pbw {

// The text that stands where a secret was, in a saved exchange and in anything exported.
inline constexpr char redactedMark[] = "[redacted]";

} // namespace pbw

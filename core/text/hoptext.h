#pragma once

#include "store/casetypes.h"

#include <optional>

namespace pbw {

// A hop of a click's way (an exchange kept as the reference click: a trace's hops) is not a
// postback, and is not judged as one: a 3xx or a page that sends the browser on is "redirect to …",
// the page the way ends on is "reached" when it answered 2xx. Anything else (no answer, a 4xx or
// 5xx) is judged as usual.
struct HopText
{
    QString symbol; // "↪" a redirect, "✓" reached
    QString headline; // "Redirect to https://…" / "Reached: the page answered 200"
    QString summary; // one sentence
    bool redirect = false;
};

std::optional<HopText> hopText(StoredExchange::Role role, const Exchange& exchange);

} // namespace pbw

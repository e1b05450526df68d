#pragma once

#include <QString>

namespace pbw {

struct AnswerView;
struct AnswerOutcome;

// The reason a refusal's body states in the partner's own words, short enough to quote in a
// sentence ("IP not whitelisted", the "message" of a JSON error), as plain text on one line; empty
// when the body states none — empty, a web page without a title, or words that only repeat the
// status ("Forbidden", "404 Not Found", "Error").
QString statedReason(const AnswerView& view, const AnswerOutcome& outcome, const QByteArray& statusReason = {});

} // namespace pbw

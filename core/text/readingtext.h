#pragma once

#include "analysis/answerjudge.h"

#include <QString>

namespace pbw {

// What `pbw rules explain` prints: the answer's words, its outcome member, the concepts found, and
// the steps of the precedence up to the one that decided — for a user writing a rule of their own.
QString readingAsText(const AnswerReading& reading, const Verdict& verdict);

QString stepName(AnswerReading::Step step); // translated: "your rules", "the HTTP status"...

} // namespace pbw

#pragma once

#include "analysis/verdict.h"

namespace pbw {

// What `pbw replay` prints about the verdict, in the user's language.
QString verdictAsText(const Verdict& verdict);
// One line per piece of evidence: "JSON field status: `error`".
QString evidenceAsText(const Evidence& evidence);
// A mark that says the verdict without colour: ✓ accepted, ? not confirmed, ✗ anything else.
QString verdictSymbol(Verdict::Layer layer);
// "Refused by the partner · duplicate · medium confidence"
QString verdictHeadline(const Verdict& verdict);

} // namespace pbw

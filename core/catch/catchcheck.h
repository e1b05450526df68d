#pragma once

#include "analysis/callback.h"
#include "analysis/finding.h"
#include "analysis/templatematch.h"
#include "analysis/verdict.h"
#include "net/exchange.h"

#include <optional>

namespace pbw {

// A caught callback judged as the partner would have read it: the catcher's address and its secret
// prefix taken away (the partner's host from the template put back when there is one), then the
// checker's findings (macros left literal, a '#' that cut the URL, empty values…) and, against the
// partner's template, every parameter filled, missing, literal or renamed. What arrived is all the
// tracker sent: parameters of the template missing at the end of the URL say a '#' (or a cut) in the
// tracker's postback dropped them.
struct CatchCheck
{
    QString url; // the callback as the partner would have received it
    Callback callback;
    QList<Finding> findings;
    std::optional<TemplateMatch> match; // when a template was given

    int errorCount() const;
    bool clean() const { return errorCount() == 0; }
};

// prefix: the catcher's secret prefix (without "/c/"); templateText: the partner's template, or empty.
CatchCheck checkCaught(const Exchange& caught, const QString& prefix, const QString& templateText);

// The verdict a case keeps with a caught callback: the callback's own errors (which outrank any
// answer), else the answer the catcher gave read as the partner's.
Verdict judgeCaught(const Exchange& caught, const CatchCheck& check);

// One line: "✓ Matches the partner's template", "✗ 2 problems: amount missing, {sub1} left literal".
QString catchVerdictLine(const CatchCheck& check);

} // namespace pbw

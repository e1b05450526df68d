#pragma once

#include "analysis/callback.h"
#include "analysis/finding.h"
#include "analysis/paramtable.h"

namespace pbw {

// How one parameter of the partner's template was found in a real callback.
struct MatchRow
{
    enum class State { Filled, Missing, Literal, Renamed, Mismatch, Extra };

    QString key; // the template's name (for Extra: the callback's)
    State state = State::Filled;
    QString expected; // the template's value: a macro or a constant
    QString actual; // the callback's value (decoded)
    QString actualKey; // the callback's name, when Renamed
    int templateIndex = -1; // into the template's params
    int callbackIndex = -1; // into the callback's params

    friend bool operator==(const MatchRow&, const MatchRow&) = default;
};

// A difference in the part of the URL before the query.
struct PartMismatch
{
    QString part; // "scheme", "host", "port", "path"
    QString expected;
    QString actual;
};

struct TemplateMatch
{
    QList<MatchRow> rows; // template order, then extras
    QList<PartMismatch> parts;
    QList<Finding> findings; // one per row or part that is not right, in the user's words
};

QString matchStateKey(MatchRow::State state); // "filled", "missing", ... as in `pbw check --json`
QString matchStateName(MatchRow::State state); // translated

// Matches a real callback against the partner's template: every template parameter filled, missing,
// still literal, renamed or (a constant) different; the callback's extra parameters; and differences
// in scheme, host, port and path (a macro in the template's host or path matches any value).
TemplateMatch matchTemplate(const Callback& templ, const Callback& callback,
                            const ParamTable& table = ParamTable::builtIn());

} // namespace pbw

#pragma once

#include "analysis/callback.h"
#include "analysis/callbackdiff.h"
#include "analysis/finding.h"
#include "analysis/rebuild.h"
#include "analysis/templatematch.h"

namespace pbw {

// What `pbw check` and `pbw diff` print for a person, in the user's language.
QString findingsAsText(const QList<Finding>& findings);
QString checkAsText(const Callback& callback, const QList<Finding>& findings, const TemplateMatch* match,
                    const RebuiltCallback* rebuilt);
QString diffAsText(const QList<DiffRow>& rows, const QList<Finding>& findingsA, const QList<Finding>& findingsB);

// A one-character mark that says the severity without colour: ✗ error, ! warning, i note.
QString severitySymbol(Finding::Severity severity);

} // namespace pbw

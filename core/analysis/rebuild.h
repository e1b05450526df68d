#pragma once

#include "analysis/callback.h"
#include "analysis/finding.h"
#include "analysis/templatematch.h"

namespace pbw {

// A corrected callback proposed from the findings: every change listed, nothing applied silently.
struct RebuiltCallback
{
    struct Change
    {
        QString key;
        QString oldKey; // when the parameter was renamed
        QString before; // decoded; empty when the parameter was added
        QString after; // decoded; empty when it was removed
        QString reason; // translated
    };

    QString url;
    QList<Change> changes;
    QList<Finding> unresolved; // errors a value cannot fix (a macro left literal, a missing value)
};

// Applies the suggested fixes (payout format, encoding, renamed keys, template constants, a '#' that
// cut the URL), encodes every value once and correctly (macros stay readable), and with a template
// puts the parameters in the template's order and adds the ones that are missing.
RebuiltCallback rebuildCallback(const Callback& callback, const QList<Finding>& findings,
                                const Callback* templ = nullptr, const TemplateMatch* match = nullptr);

// Encodes a query key or value once: unreserved characters and ":@/?!$'()*,;" stay, macros stay
// readable, everything else is percent-encoded (UTF-8, upper-case hex).
QString encodedQueryPart(const QString& decoded);

} // namespace pbw

#pragma once

#include "analysis/callback.h"
#include "analysis/callbackdiff.h"
#include "analysis/finding.h"
#include "analysis/rebuild.h"
#include "analysis/templatematch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pbw {

// The JSON that `pbw check --json` and `pbw diff --json` print (keys documented in docs/cli.md).
QJsonArray findingsToJson(const QList<Finding>& findings);
QJsonObject checkToJson(const Callback& callback, const QList<Finding>& findings, const TemplateMatch* match,
                        const RebuiltCallback* rebuilt);
QJsonObject diffToJson(const QList<DiffRow>& rows, const QList<Finding>& findingsA, const QList<Finding>& findingsB);

} // namespace pbw

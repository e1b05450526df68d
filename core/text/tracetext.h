#pragma once

#include "analysis/clickids.h"
#include "trace/paramtimeline.h"
#include "trace/tracer.h"

namespace pbw {

// What pbw prints for a trace: the headline, the hops, every parameter's way.
QString traceAsText(const ClickTrace& trace, const QList<ParamTimeline>& timelines);
QString trackingParamsAsText(const QList<TrackingParam>& params);
// One hop in a line: "2  301  HTTP redirect  https://…  12.3 ms"
QString hopStatusText(const TraceHop& hop);
// What became of a QA click (param=value put into the link) along the trace; empty without one.
QString qaClickText(const ClickTrace& trace, const QList<ParamTimeline>& timelines, const QString& param,
                    const QString& value);

} // namespace pbw

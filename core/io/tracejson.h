#pragma once

#include "analysis/clickids.h"
#include "trace/paramtimeline.h"
#include "trace/tracer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pbw {

// hops (n, url, status, kind, next, ms, evidence), stopped, final_url, error, params (name,
// platform, kind, first_hop, lost_at_hop, changes), headline, click_ids_intact.
QJsonObject traceToJson(const ClickTrace& trace, const QList<ParamTimeline>& timelines);
// name, value, platform, kind, where, shape_ok, shape_note
QJsonArray trackingParamsToJson(const QList<TrackingParam>& params);

} // namespace pbw

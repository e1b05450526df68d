#pragma once

#include "trace/tracer.h"

#include <QJsonObject>

namespace pbw {

// A click trace as data, in no language: what a case keeps so that the trace's story can be told
// again in whatever language the user reads it in (the hops' addresses, answers, kinds and where
// they led; how the trace stopped). Answers' bodies are not kept: the story does not need them.
QJsonObject traceRecordToJson(const ClickTrace& trace);
ClickTrace traceRecordFromJson(const QJsonObject& record);

} // namespace pbw

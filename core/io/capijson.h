#pragma once

#include "capi/capianswer.h"
#include "capi/capivalidation.h"
#include "capi/userdata.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pbw {

QJsonObject userDataValueToJson(const UserDataValue& value);
QJsonArray capiProblemsToJson(const QList<CapiProblem>& problems);
// events_received, messages, fbtrace_id, error {code, subcode, type, message, title, explanation, fix}
QJsonObject capiAnswerToJson(const CapiAnswer& answer);

} // namespace pbw

#pragma once

#include "store/casetypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pbw {

// The objects `pbw case ... --json` prints (keys documented in docs/cli.md).
QJsonObject caseToJson(const CaseRecord& record);
QJsonObject storedExchangeToJson(const StoredExchange& stored); // id, role, note, saved, exchange
QJsonObject noteToJson(const CaseNote& note);
QJsonObject attachmentToJson(const Attachment& attachment); // the file's size and SHA-256, not its bytes
// The evidence's exchange is named by its number in the case (exchanges: the case's).
QJsonArray checklistToJson(const QList<ChecklistStep>& steps, const QList<StoredExchange>& exchanges);

} // namespace pbw

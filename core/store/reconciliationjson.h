#pragma once

#include "store/reconciliationrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace pbw {

// A kept reconciliation as JSON: what the case file holds and `pbw case show --json` prints
// (docs/case-format.md):
// {made, tracker: {file, preset, rows}, partner: {…}, groups: {credited: {rows, tracker_money,
// partner_money}, …}, check: null | {checked, with_callback, with_answer, rebuilt, causes: [{said,
// rows, money, examples}]}}. Money is per currency ("" for none), each amount as text ("49.90").
QJsonObject reconciliationToJson(const ReconciliationRecord& record);

// Why a JSON reconciliation was refused: the field, and whether it was only too long.
struct ReconciliationJsonProblem
{
    QString where; // "groups.credited.rows", relative to the object read
    bool tooLarge = false;
};
// Every field checked; texts (names, click IDs, said's values) of at most maxTextChars.
std::optional<ReconciliationRecord> reconciliationFromJson(const QJsonObject& object, qsizetype maxTextChars,
                                                           ReconciliationJsonProblem* problem);

// The store's columns of the groups and the causes, in the same form.
QJsonObject groupsToJson(const QList<ReconciliationRecord::Group>& groups);
QJsonArray causesToJson(const QList<ReconciliationRecord::Cause>& causes);
std::optional<QList<ReconciliationRecord::Group>> groupsFromJson(const QJsonValue& value);
std::optional<QList<ReconciliationRecord::Cause>> causesFromJson(const QJsonValue& value);

} // namespace pbw

#pragma once

#include "store/reconciliationrecord.h"
#include "store/sendledger.h"

#include <QJsonObject>
#include <QStringList>

namespace pbw {

// A kept reconciliation told in the language of the moment (translated).

// A group's name by its key ("missing" → "Missing at the partner"); an unknown key as it is.
QString groupTitle(const QString& key);
// A cause of the batch check (its said, store/reconciliationrecord.h) in a few words: "HTTP error ·
// key, token or IP", "Not confirmed · no answer logged", "Wrong callback [macro-literal]".
QString causeHeadline(const QJsonObject& said);
// What the partner most likely did, in a sentence or two, and the callback's first error.
QString causeSummary(const QJsonObject& said);
// "tracker.csv (keitaro) × partner.csv": the two files and their presets.
QString reconciledFiles(const ReconciliationRecord& record);
// What pbw case show prints of one: the files, each group, the causes, what could be sent again.
QStringList reconciliationLines(const ReconciliationRecord& record, int number);
// "12 sent (10 accepted, 2 refused), 1 failed, 0 in flight, 3 not sent".
QString ledgerTotalsText(const LedgerTotals& totals);

} // namespace pbw

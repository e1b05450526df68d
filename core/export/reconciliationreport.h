#pragma once

#include "store/casebundle.h"

namespace pbw {

// The partner's report's "Reconciliation" section, in the reader's language: for each batch
// reconcile kept in the case its groups (rows, money) and, when checked, why the missing ones failed
// (count, money, example click IDs); then what the ledger says of the callbacks sent again. Empty
// when the case has neither. Everything read from files (names, click IDs) is escaped.
QString reconciliationSection(const CaseBundle& bundle);

} // namespace pbw

#pragma once

#include "store/casetypes.h"

namespace pbw {

// The user's words for a case's statuses, roles, attachment kinds and checklist layers (translated).
QString caseStatusName(CaseRecord::Status status);
QString roleName(StoredExchange::Role role);
QString attachmentKindName(Attachment::Kind kind);
QString checklistName(ChecklistStep::Layer layer);
QString checklistHint(ChecklistStep::Layer layer); // how the layer is proved, from the method

} // namespace pbw

#pragma once

#include "capi/capianswer.h"
#include "capi/capivalidation.h"

namespace pbw {

// The words pbw prints (and the window copies) for validation problems and Meta's answer.
QString capiProblemAsText(const CapiProblem& problem);
QString capiAnswerAsText(const CapiAnswer& answer);
// Meta says test events are processed as real data: said wherever a test event code is used.
QString capiTestCodeNotice(const QString& testEventCode);

} // namespace pbw

#include "util/logging.h"

namespace pbw {

Q_LOGGING_CATEGORY(lcNet, "pbw.core.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "pbw.core.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "pbw.core.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "pbw.core.store", QtWarningMsg)

} // namespace pbw

#pragma once

#include <QLoggingCategory>

namespace pbw {

// Logs never carry secrets: request bodies and header values are not logged.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace pbw

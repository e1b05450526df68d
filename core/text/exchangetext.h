#pragma once

#include "net/exchange.h"

#include <QString>

namespace pbw {

// The exchange in plain words for a terminal or the clipboard, in the current language.
// The body preview is cut after bodyPreviewChars characters (0: no body).
QString exchangeAsText(const Exchange& exchange, int bodyPreviewChars = 2000);

// A duration in milliseconds with as many decimals as are meaningful ("0.42", "12.5", "310").
QString formatMs(double ms);

// "1.5 KB", "12 bytes" in the current language.
QString formatByteSize(qint64 bytes);

} // namespace pbw

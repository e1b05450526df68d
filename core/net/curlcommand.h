#pragma once

#include "net/exchange.h"
#include "net/inputproblem.h"
#include "net/replayrequest.h"
#include "util/result.h"

namespace pbw {

// A request read from a curl command line, as browsers' "Copy as cURL (bash)" write it.
struct CurlCommand
{
    ReplayRequest request;
    bool compressed = false; // --compressed: accept and decode gzip/deflate
    QStringList ignoredOptions; // options that change nothing about the request (-s, -v, ...)
};

// True when the text looks like a curl command rather than a URL.
bool looksLikeCurlCommand(const QString& text);

Result<CurlCommand, InputProblem> parseCurlCommand(const QString& command);

// A bash curl command that sends the same request again, byte for byte
// (--globoff and --path-as-is keep curl from touching the target). A body bash cannot carry in an
// argument (a NUL, bytes that are not UTF-8) goes through printf and --data-binary @<(…).
QString curlCommandFor(const SentRequest& request, bool followRedirects = false);

} // namespace pbw

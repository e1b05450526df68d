#pragma once

#include "net/exchange.h"

#include <QByteArray>

namespace pbw {

// An answer as a user pastes or saves it: either a whole HTTP response ("HTTP/1.1 200 OK", headers,
// a blank line, the body, as `curl -i` prints it) or the body alone, answered with status and
// contentType. The body is decompressed (Content-Encoding) and decoded with its charset, at most
// maxBodyBytes of it.
ReceivedResponse readRawAnswer(const QByteArray& bytes, int status, const QByteArray& contentType,
                               qint64 maxBodyBytes = 16 * 1024 * 1024);

} // namespace pbw

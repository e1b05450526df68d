#pragma once

#include "net/headers.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace pbw {

// The client a chain of proxies names, read from Forwarded (RFC 7239, its "for=") or else
// X-Forwarded-For: the nearest address, counting from the connection back, that is not one of the
// trusted proxies (each proxy appends the address it saw, so only the trusted ones' entries are
// believed). Empty when the headers name nobody. Call it only for a connection from a trusted proxy.
QString forwardedClientOf(const HeaderList& headers, const QList<QHostAddress>& trusted);

} // namespace pbw

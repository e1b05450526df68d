#pragma once

#include "net/inputproblem.h"
#include "net/wirenote.h"
#include "util/result.h"

#include <QList>
#include <QUrl>

namespace pbw {

// What a typed URL becomes on the wire, and every way that differs from what was typed.
struct WireForm
{
    QUrl url; // what the network layer is given
    QString sentUrl; // scheme://authority + target, fully encoded, no fragment, no user info
    QByteArray target; // path and query exactly as written in the request line
    QList<WireNote> notes;
};

// Reads a typed callback URL. Refuses what cannot be sent (empty, a scheme other than http/https,
// a bad host or port) with a problem the user can act on.
Result<WireForm, InputProblem> wireFormOf(const QString& typed);

// The request target QNetworkAccessManager writes for a URL (mirrors its formatting rules).
QByteArray requestTargetOf(const QUrl& url);

} // namespace pbw

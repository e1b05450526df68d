#pragma once

#include <QByteArray>
#include <QString>

namespace pbw {

// The callback URL to give the tracker instead of the partner's: the partner's template with its
// scheme, host and port replaced by the catcher's address and secret path, macros and all, so the
// tracker fills it as it would fill the real one.
//   https://partner.example/pb?cid={clickid}  →  http://127.0.0.1:8765/c/8fk2q9…/pb?cid={clickid}
// No template: the catcher's address with a '/' after it, for the user to finish.
QString trackerUrlFor(const QString& catchUrl, const QString& templateText);

// The path and query of a caught request without the catcher's "/c/<prefix>": what the partner's
// server would have been asked for ("/c/ab12/pb?x=1" → "/pb?x=1").
QString pathWithoutPrefix(const QByteArray& target, const QString& prefix);

} // namespace pbw

#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace pbw {

// What is wrong with an fbc or fbp value, if anything.
struct ClickCookieCheck
{
    enum class Problem { None, Malformed, Seconds, Future, Old };
    Problem problem = Problem::None;
    QString message; // translated, with the fix
    qint64 creationMs = 0;
};

// fb.<subdomain index>.<creation time in ms>.<fbclid>, built from an fbclid or a landing-page URL
// that carries one (query or fragment). The fbclid is kept exactly as received: its case matters.
struct FbcBuilt
{
    QString fbc;
    QString error; // translated, when there is no fbclid to build from
};
FbcBuilt buildFbc(const QString& fbclidOrUrl, const QDateTime& clickTime, int subdomainIndex = 1);

ClickCookieCheck checkFbc(const QString& fbc, const QDateTime& now);
ClickCookieCheck checkFbp(const QString& fbp, const QDateTime& now);

} // namespace pbw

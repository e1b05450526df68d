#pragma once

#include "net/exchange.h"
#include "secrets/secretnames.h"
#include "util/redactedmark.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pbw {

struct ReplayRequest;

// One secret found in a request, where the user can resend it from: a query parameter of the URL
// as typed, a field of a form body, a request header, or a field of a JSON body. The value is as
// typed (still encoded; for JSON, the value's text with its quotes). A URL's user info is one too:
// its password (name: the user), or the whole of it when it has no password (name empty).
struct FoundSecret
{
    enum class Where { Query, Form, RequestHeader, Json, UserInfo };
    Where where = Where::Query;
    QString name;
    QString value;
    int echoed = 0; // places besides its own the value was removed from (an answer that echoed it)
};

QString secretPlaceKey(FoundSecret::Where where); // "query", "form", "header", "json", "userinfo" (stored)
std::optional<FoundSecret::Where> secretPlaceFromKey(const QString& key);

// A copy of the exchange without its secrets (the request's URL as typed and as sent, its target,
// a form body, credential headers both ways), and the secrets taken out of the request. Then each
// value found is removed wherever else it appears — the answer's body and headers (a server that
// echoes the request), the final URL, the notes — plain, percent-encoded or JSON-escaped.
struct Redacted
{
    Exchange exchange;
    QList<FoundSecret> secrets;
    int echoes = 0; // values removed from the answer and notes besides the request's own places
};
Redacted redact(const Exchange& exchange, const SecretNames& names = {});
inline Exchange redactedExchange(const Exchange& exchange, const SecretNames& names = {})
{
    return redact(exchange, names).exchange;
}

// The same for one URL or request target.
QString redactedUrl(const QString& url, const SecretNames& names = {});

// Puts secrets back where a redacted request has the mark, in order, name by name; a secret with
// no mark left for it is dropped, a mark with no secret stays. Headers are set (replaced).
ReplayRequest withSecrets(ReplayRequest request, const QList<FoundSecret>& secrets);
// The same for an exchange's request: the URL as typed and as sent, the target, the body, headers.
Exchange withSecrets(Exchange exchange, const QList<FoundSecret>& secrets);

} // namespace pbw

#pragma once

#include <QByteArray>
#include <QString>

namespace pbw {

struct Exchange;

// The text that stands where a secret was.
inline constexpr char redactedMark[] = "[redacted]";

// A copy of the exchange without its secrets: values of parameters the parameter table calls auth
// (token, security_token, access_token…) in the URL, the target and a form body, and credential
// headers (Authorization, Cookie, X-Api-Key…). What a store or an export may keep.
Exchange redactedExchange(const Exchange& exchange);

// The same for one URL or request target, and for one form body.
QString redactedUrl(const QString& url);
QByteArray redactedForm(const QByteArray& body);
bool isSecretHeader(const QByteArray& name);

} // namespace pbw

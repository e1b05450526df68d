#include "store/redaction.h"

#include "analysis/callback.h"
#include "analysis/paramtable.h"
#include "net/exchange.h"

namespace pbw {

namespace {

bool isSecretName(const QString& rawKey)
{
    return ParamTable::builtIn().roleOf(percentDecoded(rawKey, true)) == ParamRole::Auth;
}

// key=value pairs joined by '&': the value of a secret key becomes the mark.
QString redactedPairs(const QString& pairs)
{
    QStringList parts = pairs.split(u'&');
    for (QString& part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals > 0 && isSecretName(part.left(equals)))
            part = part.left(equals + 1) + QLatin1String(redactedMark);
    }
    return parts.join(u'&');
}

} // namespace

bool isSecretHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie"
        || lower == "x-api-key" || lower == "api-key" || lower == "x-auth-token" || lower == "x-access-token"
        || isSecretName(QString::fromLatin1(lower).replace(u'-', u'_'));
}

QString redactedUrl(const QString& url)
{
    const qsizetype query = url.indexOf(u'?');
    if (query < 0)
        return url;
    qsizetype end = url.indexOf(u'#', query);
    if (end < 0)
        end = url.size();
    return url.left(query + 1) + redactedPairs(url.mid(query + 1, end - query - 1)) + url.mid(end);
}

QByteArray redactedForm(const QByteArray& body)
{
    if (body.contains('{') || body.contains('\n'))
        return body; // not a form; JSON bodies are handled by the CAPI work
    return redactedPairs(QString::fromUtf8(body)).toUtf8();
}

Exchange redactedExchange(const Exchange& exchange)
{
    Exchange out = exchange;
    SentRequest& request = out.request;
    request.input = redactedUrl(request.input);
    request.url = redactedUrl(request.url);
    request.target = redactedUrl(QString::fromLatin1(request.target)).toLatin1();
    const QByteArray type = headerValue(request.headers, "content-type").toLower();
    if (type.contains("x-www-form-urlencoded"))
        request.body = redactedForm(request.body);
    for (auto& [name, value] : request.headers) {
        if (isSecretHeader(name))
            value = redactedMark;
    }
    if (out.response) {
        out.response->finalUrl = redactedUrl(out.response->finalUrl);
        for (auto& [name, value] : out.response->headers) {
            if (isSecretHeader(name))
                value = redactedMark;
        }
    }
    return out;
}

} // namespace pbw
